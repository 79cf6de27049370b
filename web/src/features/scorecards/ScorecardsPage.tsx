import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { Legend } from '../../components/Legend';
import { PageTitle } from '../../components/PageTitle';
import { LoadError, Loading } from '../../components/Status';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDate, formatNumber } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { useScorecardData } from './api';
import { LastUpdate, Percent, reportingComplete, subjectName } from './parts';
import { allScorecards, currentRound, type Scorecard } from './scorecard';
import './scorecards.css';

export default function ScorecardsPage() {
  const { t, language } = useTranslation('scorecards');
  const query = useScorecardData();
  const data = query.data;
  const cards = useMemo(() => (data ? allScorecards(data) : undefined), [data]);
  const round = data ? currentRound(data.rounds) : null;

  return (
    <>
      <PageTitle>{t('list.title')}</PageTitle>
      <h1>{t('list.title')}</h1>
      {query.isPending ? (
        <Loading>{t('load.loading')}</Loading>
      ) : query.isError || !data || !cards ? (
        <LoadError what={t('load.what')} error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p className="lead">{t('list.lead', { date: formatDate(data.asOf, language, 'long') })}</p>
          <Legend stale />
          <SummaryTable caption={t('list.actorsCaption')} nameHeader={t('list.actor')} cards={cards.actors} />
          <p className="small scorecards__note">{t('list.actorsNote')}</p>
          <SummaryTable caption={t('list.countriesCaption')} nameHeader={t('list.country')} cards={cards.countries} />
          <p className="small scorecards__note">
            {round ? t('list.countriesRound', { name: round.name }) : t('list.noRound')} {t('list.countriesNote')}
          </p>
        </>
      )}
    </>
  );
}

/** One row per scorecard, its name linking to the scorecard's page. */
function SummaryTable({ caption, nameHeader, cards }: { caption: string; nameHeader: string; cards: Scorecard[] }) {
  const { t, language } = useTranslation('scorecards');
  const captionId = useId();
  const number = (value: number) => formatNumber(value, language);
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="data-table scorecards-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col" className="scorecards-table__number">
              {t('list.actions')}
            </th>
            <th scope="col" className="scorecards-table__number">
              {t('health.DONE', { ns: 'common' })}
            </th>
            <th scope="col" className="scorecards-table__number">
              {t('health.OVERDUE', { ns: 'common' })}
            </th>
            <th scope="col" className="scorecards-table__number">
              {t('health.AT_RISK', { ns: 'common' })}
            </th>
            <th scope="col" className="scorecards-table__number">
              {t('health.ON_TRACK', { ns: 'common' })}
            </th>
            <th scope="col" className="scorecards-table__number">
              {t('list.reportingComplete')}
            </th>
            <th scope="col">{t('list.lastUpdate')}</th>
          </tr>
        </thead>
        <tbody>
          {cards.map(({ subject, figures, reporting }) => (
            <tr key={subject.id}>
              <th scope="row">
                <Link to={paths.scorecard(subject.id)}>{subjectName(subject, language)}</Link>
              </th>
              <td className="scorecards-table__number">{number(figures.actions)}</td>
              <td className="scorecards-table__number">{number(figures.done)}</td>
              <td className="scorecards-table__number">{number(figures.overdue)}</td>
              <td className="scorecards-table__number">{number(figures.atRisk)}</td>
              <td className="scorecards-table__number">{number(figures.onTrack)}</td>
              <td className="scorecards-table__number">
                <Percent value={reportingComplete(reporting)} />
              </td>
              <td>
                <LastUpdate at={reporting.last} daysAgo={reporting.daysSinceLast} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
