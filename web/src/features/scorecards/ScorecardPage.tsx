import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { DateText, HealthBadge, StatusBadge } from '../../components/Badges';
import { PageTitle } from '../../components/PageTitle';
import { Legend } from '../../components/Legend';
import { ScrollRegion } from '../../components/ScrollRegion';
import { LoadError, Loading } from '../../components/Status';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';
import { actorNamer } from '../../i18n/names';
import { useTranslation } from '../../i18n/useTranslation';
import { useScorecardData } from './api';
import { LastUpdate, subjectName } from './parts';
import {
  findSubject,
  MEMBER_STATES_ACTOR,
  percentOf,
  scorecardOf,
  type ConfirmationReporting,
  type RoundReporting,
  type Scorecard,
  type ScorecardAction,
  type ScorecardData,
} from './scorecard';
import './scorecards.css';

export default function ScorecardPage() {
  const { actorId = '' } = useParams();
  const { t } = useTranslation('scorecards');
  const query = useScorecardData();
  const data = query.data;
  const subject = data ? findSubject(data, actorId) : undefined;
  const card = useMemo(() => (data && subject ? scorecardOf(subject, data) : undefined), [data, subject]);

  if (query.isPending) {
    return (
      <>
        <PageTitle>{t('list.title')}</PageTitle>
        <Loading>{t('load.loading')}</Loading>
      </>
    );
  }
  if (query.isError || !data) {
    return (
      <>
        <PageTitle>{t('list.title')}</PageTitle>
        <h1>{t('list.title')}</h1>
        <LoadError what={t('load.what')} error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!card) return <ScorecardNotFound id={actorId} />;
  return <ScorecardView card={card} data={data} />;
}

function ScorecardNotFound({ id }: { id: string }) {
  const { t } = useTranslation('scorecards');
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <h1>{t('notFound.title')}</h1>
      <p role="alert">{t('notFound.body', { id })}</p>
      <p>
        <Link to={paths.scorecards}>{t('notFound.back')}</Link>
      </p>
    </>
  );
}

function ScorecardView({ card, data }: { card: Scorecard; data: ScorecardData }) {
  const { t, language } = useTranslation('scorecards');
  const { subject, figures, reporting } = card;
  const name = subjectName(subject, language);
  const ownerName = actorNamer(data.actors, language);
  const number = (value: number) => formatNumber(value, language);
  const kind =
    subject.kind === 'COUNTRY'
      ? t('page.kindCountry')
      : subject.id === MEMBER_STATES_ACTOR
        ? t('page.kindMemberStates')
        : subject.owningBody
          ? t('page.kindOwningBody')
          : t('page.kindActor');
  const addressedToMemberStates = subject.kind === 'COUNTRY' || subject.id === MEMBER_STATES_ACTOR;
  const figureRows: [string, number][] = [
    [t('page.actions'), figures.actions],
    [t('health.DONE', { ns: 'common' }), figures.done],
    [t('health.OVERDUE', { ns: 'common' }), figures.overdue],
    [t('health.AT_RISK', { ns: 'common' }), figures.atRisk],
    [t('health.ON_TRACK', { ns: 'common' }), figures.onTrack],
  ];

  return (
    <>
      <PageTitle>{name}</PageTitle>
      <p className="scorecard__back">
        <Link to={paths.scorecards}>{t('page.allScorecards')}</Link>
      </p>
      <h1>{name}</h1>
      <p className="lead">{kind}</p>

      <section className="scorecard__section" aria-labelledby="scorecard-figures">
        <h2 id="scorecard-figures">{t('page.figuresTitle')}</h2>
        <table className="data-table scorecard__figures">
          <caption>{t('page.figuresCaption', { date: formatDate(data.asOf, language, 'long') })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('page.figure')}</th>
              <th scope="col" className="scorecards-table__number">
                {t('page.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {figureRows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="scorecards-table__number">{number(value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {subject.kind === 'COUNTRY' && <p className="small">{t('page.countryHealthNote', { name })}</p>}
      </section>

      <section className="scorecard__section" aria-labelledby="scorecard-reporting">
        <h2 id="scorecard-reporting">{t('page.reportingTitle')}</h2>
        {reporting.kind === 'CONFIRMATION' ? <Confirmations reporting={reporting} /> : <RoundReports reporting={reporting} />}
      </section>

      <Legend stale />

      <section className="scorecard__section" aria-labelledby="scorecard-owned">
        <h2 id="scorecard-owned">{t('page.ownedTitle')}</h2>
        {card.owned.length === 0 ? (
          <p>{t('page.ownedNone', { name })}</p>
        ) : (
          <ScrollRegion labelledBy="scorecard-owned">
            <table className="data-table scorecard-actions">
              <caption>{addressedToMemberStates ? t('page.memberStateActionsCaption') : t('page.ownedCaption', { name })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="scorecard-actions__ref">
                    {t('page.ref')}
                  </th>
                  <th scope="col">{t('page.action')}</th>
                  <th scope="col">{t('page.deadline')}</th>
                  <th scope="col">{t('page.status')}</th>
                  <th scope="col">{t('page.health')}</th>
                  {subject.kind === 'COUNTRY' ? (
                    <>
                      <th scope="col">{t('page.report', { name })}</th>
                      <th scope="col">{t('page.review')}</th>
                    </>
                  ) : (
                    <th scope="col">{t('page.lastConfirmed')}</th>
                  )}
                </tr>
              </thead>
              <tbody>
                {card.owned.map(({ action, health, report }) => (
                  <tr key={action.id}>
                    <ActionCells action={action} />
                    <td>
                      <StatusBadge status={action.status} />
                    </td>
                    <td>
                      <HealthBadge health={health} />
                    </td>
                    {subject.kind === 'COUNTRY' ? (
                      <>
                        <td>{report ? t(`reportStatus.${report.status}`, { ns: 'common' }) : t('reportStatus.NOT_REPORTED', { ns: 'common' })}</td>
                        <td>{report?.review ? t(`reviewState.${report.review.state}`, { ns: 'common' }) : ''}</td>
                      </>
                    ) : (
                      <td>{action.lastConfirmedAt ? <DateText date={action.lastConfirmedAt} /> : t('never')}</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      <section className="scorecard__section" aria-labelledby="scorecard-partner">
        <h2 id="scorecard-partner">{t('page.partnerTitle')}</h2>
        {card.partnered.length === 0 ? (
          <p>{t('page.partnerNone', { name })}</p>
        ) : (
          <ScrollRegion labelledBy="scorecard-partner">
            <table className="data-table scorecard-actions">
              <caption>{addressedToMemberStates ? t('page.memberStatesPartnerCaption') : t('page.partnerCaption', { name })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="scorecard-actions__ref">
                    {t('page.ref')}
                  </th>
                  <th scope="col">{t('page.action')}</th>
                  <th scope="col">{t('page.deadline')}</th>
                  <th scope="col">{t('page.owners')}</th>
                  <th scope="col">{t('page.status')}</th>
                  <th scope="col">{t('page.health')}</th>
                </tr>
              </thead>
              <tbody>
                {card.partnered.map((action) => (
                  <tr key={action.id}>
                    <ActionCells action={action} />
                    <td>{action.owners.map(ownerName).join('; ')}</td>
                    <td>
                      <StatusBadge status={action.status} />
                    </td>
                    <td>
                      <HealthBadge health={action.health} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </>
  );
}

/** The reference (linking to the action's page), the strategy's words and the deadline. */
function ActionCells({ action }: { action: ScorecardAction }) {
  const { t } = useTranslation('scorecards');
  return (
    <>
      <th scope="row" className="scorecard-actions__ref">
        <Link to={paths.action(action.id)}>{action.ref}</Link>
      </th>
      <td lang="en">{action.text}</td>
      <td>{action.deadline ? <DateText date={action.deadline} /> : t('page.noDeadline')}</td>
    </>
  );
}

function Share({ part, whole }: { part: number; whole: number }) {
  const { t, language } = useTranslation('scorecards');
  if (whole === 0) return <>{t('page.ofNone')}</>;
  return (
    <>
      {t('page.ofActions', {
        part: formatNumber(part, language),
        whole: formatNumber(whole, language),
        percent: formatPercent(percentOf(part, whole) ?? 0, language),
      })}
    </>
  );
}

function Confirmations({ reporting }: { reporting: ConfirmationReporting }) {
  const { t } = useTranslation('scorecards');
  return (
    <dl className="scorecard__reporting">
      <dt>{t('page.confirmedRecently')}</dt>
      <dd>
        <Share part={reporting.fresh} whole={reporting.actions} />
      </dd>
      <dt>{t('page.confirmedEver')}</dt>
      <dd>
        <Share part={reporting.confirmed} whole={reporting.actions} />
      </dd>
      <dt>{t('page.lastConfirmed')}</dt>
      <dd>
        <LastUpdate at={reporting.last} daysAgo={reporting.daysSinceLast} />
      </dd>
    </dl>
  );
}

function RoundReports({ reporting }: { reporting: RoundReporting }) {
  const { t, language } = useTranslation('scorecards');
  const { round } = reporting;
  const number = (value: number) => formatNumber(value, language);
  return (
    <dl className="scorecard__reporting">
      <dt>{t('page.round')}</dt>
      <dd>
        {round
          ? round.open
            ? t('page.roundOpen', { name: round.name, date: formatDate(round.closes, language) })
            : t('page.roundClosed', { name: round.name, date: formatDate(round.closedAt ?? round.closes, language) })
          : t('page.noRound')}
      </dd>
      <dt>{t('page.reported')}</dt>
      <dd>
        {reporting.expected === 0
          ? t('page.noneExpected')
          : t('page.ofActions', {
              part: number(reporting.reported),
              whole: number(reporting.expected),
              percent: formatPercent(reporting.percentReported ?? 0, language),
            })}
      </dd>
      <dt>{t('page.accepted')}</dt>
      <dd>
        {reporting.expected === 0
          ? t('page.noneExpected')
          : t('page.acceptedCount', { part: number(reporting.accepted), whole: number(reporting.expected) })}
      </dd>
      <dt>{t('page.lastReport')}</dt>
      <dd>
        <LastUpdate at={reporting.last} daysAgo={reporting.daysSinceLast} />
      </dd>
    </dl>
  );
}
