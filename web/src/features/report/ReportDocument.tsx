import type { ReactNode } from 'react';
import { DemoBanner } from '../../components/DemoBanner';
import { HealthBadge, StatusBadge } from '../../components/Badges';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDate, formatDateTime, formatNumber, formatPercent, withColon } from '../../i18n/format';
import { actorName, countryName } from '../../i18n/names';
import { useTranslation } from '../../i18n/useTranslation';
import { BurnUpChart, HealthChart, HeadlineFigures, PriorityChart } from './ReportFigures';
import { LateRecordsNote } from '../effective/LateRecordsNote';
import type { AnnexModel, ChangeInput, ReportActionRow, ReportModel, ReportSection } from './report-model';

/**
 * The report itself, drawn from the view model only: what is on screen is what prints. The
 * controls around it (choice of state, freezing, printing) live outside this element.
 */
export function ReportDocument({ model, annex }: { model: ReportModel; annex: ReactNode }) {
  return (
    <article className="report" aria-labelledby="report-title">
      <Cover model={model} />
      <section className="report-part" aria-labelledby="report-figures">
        <h2 id="report-figures">
          <FiguresHeading />
        </h2>
        <PriorityChart model={model} />
        <HealthChart model={model} />
        <BurnUpChart model={model} />
      </section>
      {model.sections.map((section) => (
        <SectionActions key={section.id} section={section} />
      ))}
      <Matrix model={model} />
      {annex}
    </article>
  );
}

function FiguresHeading() {
  const { t } = useTranslation('report');
  return <>{t('figures.heading')}</>;
}

function Cover({ model }: { model: ReportModel }) {
  const { t, language } = useTranslation('report');
  const { round, source } = model;
  return (
    <header className="report-cover">
      <DemoBanner print />
      <p className="report-cover__kicker">{t('cover.kicker')}</p>
      <h1 id="report-title" className="report-cover__title">
        <span className="report-cover__reference">{model.strategy.reference}</span> <span lang="en">{model.strategy.title}</span>
      </h1>
      <dl className="report-cover__facts">
        <div>
          <dt>{t('cover.asOf')}</dt>
          <dd>
            <time dateTime={model.asOf}>{formatDate(model.asOf, language, 'long')}</time>
          </dd>
        </div>
        <div>
          <dt>{t('cover.round')}</dt>
          <dd>
            {round
              ? t(round.open ? 'cover.roundOpen' : 'cover.roundClosed', {
                  name: round.name,
                  opens: formatDate(round.opens, language),
                  closes: formatDate(round.closes, language),
                })
              : t('cover.noRound')}
          </dd>
        </div>
        <div>
          <dt>{t('cover.review')}</dt>
          <dd>{formatDate(model.strategy.reviewDate, language, 'long')}</dd>
        </div>
        <div>
          <dt>{t('cover.generated')}</dt>
          <dd className="report-cover__generated">
            {source.kind === 'snapshot'
              ? t('cover.generatedSnapshot', { name: source.name, at: formatDateTime(model.generatedAt, language, 'UTC'), by: source.frozenBy })
              : t('cover.generatedLive', { at: formatDateTime(model.generatedAt, language, 'UTC') })}
          </dd>
        </div>
      </dl>
      {/* The figures officials quote first, on the page they see first. */}
      <HeadlineFigures model={model} />
      {/* A frozen snapshot is what was known when it was frozen; live figures say when they include late records (issue 13). */}
      {source.kind !== 'snapshot' && <LateRecordsNote asOf={model.asOf} />}
    </header>
  );
}

function SectionActions({ section }: { section: ReportSection }) {
  const { t, language } = useTranslation('report');
  const headingId = `report-section-${section.id.replaceAll('.', '-')}`;
  return (
    <section className="report-part report-part--actions" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {section.id} <span lang="en">{section.title}</span>
      </h2>
      <ScrollRegion labelledBy={`${headingId}-caption`}>
        <table className="data-table report-table report-actions">
          <caption id={`${headingId}-caption`}>
            {t('actions.caption', { id: section.id, count: section.actions.length, formattedCount: formatNumber(section.actions.length, language) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('actions.ref')}</th>
              <th scope="col">{t('actions.text')}</th>
              <th scope="col">{t('actions.owners')}</th>
              <th scope="col">{t('actions.status')}</th>
              <th scope="col">{t('actions.health')}</th>
              <th scope="col">{t('actions.baseline')}</th>
              <th scope="col">{t('actions.revised')}</th>
              <th scope="col" className="numeric">
                {t('actions.slippage')}
              </th>
            </tr>
          </thead>
          <tbody>
            {section.actions.map((action) => (
              <ActionRows key={action.id} action={action} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

const ACTION_COLUMNS = 8;

/** An action's row, then (when it has any) its note and evidence links in a row of their own beneath it. */
function ActionRows({ action }: { action: ReportActionRow }) {
  const { t, language } = useTranslation('report');
  const date = (value: string) => <time dateTime={value}>{formatDate(value, language)}</time>;
  const hasDetail = action.note !== null || action.evidenceUrls.length > 0;
  return (
    <>
      <tr className={hasDetail ? 'report-actions__row report-actions__row--with-detail' : 'report-actions__row'}>
        <th scope="row" className="report-actions__ref" rowSpan={hasDetail ? 2 : undefined}>
          {action.ref}
        </th>
        <td lang="en" className="report-actions__text">
          {action.text}
        </td>
        <td>{action.ownerIds.map((id, index) => actorName(id, language, action.owners[index])).join(', ')}</td>
        <td>
          <StatusBadge status={action.status} /> <span className="report-actions__progress">{formatPercent(action.progress, language, 0)}</span>
        </td>
        <td>
          <HealthBadge health={action.health} />
        </td>
        <td>{date(action.baselineDeadline)}</td>
        <td>{action.revisedDeadline ? date(action.revisedDeadline) : t('actions.notRevised')}</td>
        <td className="numeric">
          {action.slippageDays === 0
            ? t('actions.noSlippage')
            : t('actions.slippageDays', { count: action.slippageDays, formattedCount: formatNumber(action.slippageDays, language) })}
        </td>
      </tr>
      {hasDetail && (
        <tr className="report-actions__detail">
          <td colSpan={ACTION_COLUMNS - 1}>
            {action.note !== null && (
              <p className="report-actions__note">
                <span className="report-actions__label">{t('actions.note')}</span> <span className="report-actions__note-text">{action.note}</span>
              </p>
            )}
            {action.evidenceUrls.length > 0 && (
              <p className="report-actions__evidence">
                <span className="report-actions__label">{t('actions.evidence', { count: action.evidenceUrls.length })}</span>{' '}
                {action.evidenceUrls.map((url, index) => (
                  <span key={url}>
                    {index > 0 && ' · '}
                    <a href={url} rel="noopener noreferrer">
                      {url}
                    </a>
                  </span>
                ))}
              </p>
            )}
          </td>
        </tr>
      )}
    </>
  );
}

/**
 * What the countries' accepted reports say (issue 14): counted beside the actions' figures, by
 * the status each country reported, never changing an action's own status.
 */
function AcceptedReports({ progress }: { progress: ReportModel['dashboard']['memberStateProgress'] }) {
  const { t, language } = useTranslation('report');
  if (progress.accepted === 0) return <p>{t('matrix.acceptedNone')}</p>;
  const statuses = progress.byStatus
    .filter((entry) => entry.count > 0)
    .map((entry) =>
      t('matrix.acceptedStatus', { status: t(`reportStatus.${entry.status}`, { ns: 'common' }), count: formatNumber(entry.count, language) }),
    )
    .join(', ');
  return (
    <p>
      {t('matrix.accepted', {
        countries: formatNumber(progress.countriesReporting, language),
        total: formatNumber(progress.countries, language),
        accepted: formatNumber(progress.accepted, language),
        statuses,
      })}
    </p>
  );
}

function Matrix({ model }: { model: ReportModel }) {
  const { t, language } = useTranslation('report');
  const { matrix } = model;
  return (
    <section className="report-part report-matrix" aria-labelledby="report-matrix">
      <h2 id="report-matrix">{t('matrix.heading')}</h2>
      <p>
        {model.round
          ? t('matrix.lead', {
              round: model.round.name,
              reported: formatNumber(model.dashboard.coverage.reported, language),
              expected: formatNumber(model.dashboard.coverage.expected, language),
              percent: formatPercent(model.dashboard.coverage.percentReported, language),
            })
          : t('matrix.noRound')}
      </p>
      <AcceptedReports progress={model.dashboard.memberStateProgress} />
      {matrix.actions.length === 0 ? (
        <p>{t('matrix.noActions')}</p>
      ) : (
        <ScrollRegion labelledBy="report-matrix-caption">
          <table className="data-table report-table report-matrix__table">
            <caption id="report-matrix-caption">
              {t('matrix.caption', { count: matrix.actions.length, formattedCount: formatNumber(matrix.actions.length, language) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('matrix.country')}</th>
                {matrix.actions.map((action) => (
                  <th scope="col" key={action.id}>
                    {action.ref}
                  </th>
                ))}
                <th scope="col" className="numeric">
                  {t('matrix.reported')}
                </th>
              </tr>
            </thead>
            <tbody>
              {matrix.countries.map((country) => (
                <tr key={country.code}>
                  <th scope="row">
                    {countryName(country.code, language, country.name)} ({country.code})
                  </th>
                  {country.cells.map((cell, index) => (
                    <td
                      key={matrix.actions[index]!.id}
                      className={cell ? `report-matrix__cell report-matrix__cell--${cell.status.toLowerCase()}` : 'report-matrix__cell'}
                    >
                      {cell ? (
                        <>
                          {t(`reportStatus.${cell.status}`, { ns: 'common' })}
                          {cell.review && <span className="report-matrix__review">{t(`reviewState.${cell.review}`, { ns: 'common' })}</span>}
                        </>
                      ) : (
                        <span className="report-matrix__none">{t('reportStatus.NOT_REPORTED', { ns: 'common' })}</span>
                      )}
                    </td>
                  ))}
                  <td className="numeric">
                    {formatNumber(country.reported, language)}/{formatNumber(matrix.actions.length, language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

/** The annex's title and body; the date input that chooses its start lives with the controls. */
export function Annex({ annex, state, error }: { annex: AnnexModel | null; state: 'loading' | 'error' | 'ready'; error?: string }) {
  const { t, language } = useTranslation('report');
  return (
    <section className="report-part report-annex" aria-labelledby="report-annex">
      <h2 id="report-annex">{annex ? t('annex.heading', { date: formatDate(annex.from, language, 'long') }) : t('annex.headingPending')}</h2>
      {state === 'loading' && <p>{t('annex.loading')}</p>}
      {state === 'error' && <p role="alert">{t('annex.error', { message: error })}</p>}
      {annex && (
        <>
          <p>
            {t('annex.lead', {
              count: annex.changes.length,
              formattedCount: formatNumber(annex.changes.length, language),
              from: formatDate(annex.from, language),
              to: formatDate(annex.to, language),
            })}
            {!annex.complete && ` ${t('annex.incomplete')}`}
          </p>
          {annex.counts.length > 0 && (
            <ul className="report-annex__counts">
              {annex.counts.map(({ kind, count }) => (
                <li key={kind}>
                  {withColon(t(`kind.${kind}`), language)} {formatNumber(count, language)}
                </li>
              ))}
            </ul>
          )}
          {annex.changes.length > 0 && (
            <ScrollRegion labelledBy="report-annex-caption">
              <table className="data-table report-table report-annex__table">
                <caption id="report-annex-caption">{t('annex.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('annex.when')}</th>
                    <th scope="col">{t('annex.subject')}</th>
                    <th scope="col">{t('annex.change')}</th>
                    <th scope="col">{t('annex.details')}</th>
                    <th scope="col">{t('annex.by')}</th>
                  </tr>
                </thead>
                <tbody>
                  {annex.changes.map((change) => (
                    <tr key={change.eventId}>
                      <td>
                        <time dateTime={change.at}>{formatDate(change.at.slice(0, 10), language)}</time>
                      </td>
                      <th scope="row">{[change.ref, change.country].filter(Boolean).join(' · ') || '—'}</th>
                      <td>{t(`kind.${change.kind}`)}</td>
                      <td>
                        <ChangeDetails change={change} />
                      </td>
                      <td>{change.author.name}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </>
      )}
    </section>
  );
}

function ChangeDetails({ change }: { change: ChangeInput }) {
  const { t, language } = useTranslation('report');
  const status = (value: string) => t(`status.${value}`, { ns: 'common' });
  const progress = (value: number) => formatPercent(value, language, 0);
  const parts: string[] = [];
  if (change.fromStatus && change.toStatus && change.fromStatus !== change.toStatus)
    parts.push(`${status(change.fromStatus)} → ${status(change.toStatus)}`);
  if (change.fromProgress !== null && change.toProgress !== null && change.fromProgress !== change.toProgress) {
    parts.push(`${progress(change.fromProgress)} → ${progress(change.toProgress)}`);
  }
  if (change.toDeadline)
    parts.push(`${change.fromDeadline ? formatDate(change.fromDeadline, language) : '—'} → ${formatDate(change.toDeadline, language)}`);
  if (change.reportStatus) parts.push(t(`reportStatus.${change.reportStatus}`, { ns: 'common' }));
  if (change.reviewState) parts.push(t(`reviewState.${change.reviewState}`, { ns: 'common' }));
  return <>{parts.join('; ') || '—'}</>;
}
