import type { OverviewDashboardQuery } from './api.generated';
import { formatNumber } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';

type Progress = OverviewDashboardQuery['dashboard']['memberStateProgress'];

/**
 * What the member states' accepted reports say (issue 14): counted where the figures count,
 * beside the actions' own figures and never in them, since an action's status is its owners'.
 * Each country's current report on each action addressed to the member states counts once a
 * coordinator has accepted it, by the status the country reported.
 */
export function MemberStateProgress({ progress }: { progress: Progress }) {
  const { t, language } = useTranslation('overview');
  const number = (value: number) => formatNumber(value, language);
  const headingId = 'overview-member-state-progress';
  const rows = progress.byStatus.filter((entry) => entry.count > 0);
  return (
    <section className="overview-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('memberStateProgress.title')}</h2>
      {progress.accepted === 0 ? (
        <p>{t('memberStateProgress.none', { actions: number(progress.actions) })}</p>
      ) : (
        <>
          <p>
            {t('memberStateProgress.summary', {
              countries: number(progress.countriesReporting),
              total: number(progress.countries),
              accepted: number(progress.accepted),
              expected: number(progress.expected),
              actions: number(progress.actions),
            })}
          </p>
          <table className="data-table overview-table overview-ms-progress">
            <caption>{t('memberStateProgress.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('memberStateProgress.status')}</th>
                <th scope="col" className="numeric">
                  {t('memberStateProgress.reports')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((entry) => (
                <tr key={entry.status}>
                  <th scope="row">{t(`reportStatus.${entry.status}`, { ns: 'common' })}</th>
                  <td className="numeric">{number(entry.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {progress.underReview > 0 && (
        <p>{t('memberStateProgress.underReview', { count: progress.underReview, formattedCount: number(progress.underReview) })}</p>
      )}
      <p className="small">{t('memberStateProgress.ownStatus')}</p>
    </section>
  );
}
