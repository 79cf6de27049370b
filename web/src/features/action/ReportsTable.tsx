import { useId } from 'react';
import { ScrollRegion } from '../../components/ScrollRegion';
import type { ActionPageFieldsFragment } from './api.generated';
import { formatDateTime } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';

type Report = ActionPageFieldsFragment['memberStateReports'][number];

/** Each country's current report on an action addressed to the member states. */
export function ReportsTable({ reports, countryName }: { reports: readonly Report[]; countryName: (code: string) => string }) {
  const { t, language } = useTranslation('action');
  const { t: common } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  const rows = [...reports].sort((a, b) => countryName(a.country).localeCompare(countryName(b.country), language));

  return (
    <section className="action-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reports.heading')}</h2>
      {rows.length === 0 ? (
        <p>{t('reports.none')}</p>
      ) : (
        <ScrollRegion labelledBy={captionId}>
          <table className="data-table">
            <caption id={captionId}>{t('reports.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.country')}</th>
                <th scope="col">{t('reports.status')}</th>
                <th scope="col">{t('reports.review')}</th>
                <th scope="col">{t('reports.comment')}</th>
                <th scope="col">{t('reports.when')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((report) => (
                <tr key={report.country}>
                  <th scope="row">{countryName(report.country)}</th>
                  <td>{common(`reportStatus.${report.status}`)}</td>
                  <td>{report.review ? common(`reviewState.${report.review.state}`) : t('reports.notReviewed')}</td>
                  <td>{report.contentWithheld ? t('reports.withheld') : (report.review?.comment ?? t('reports.noComment'))}</td>
                  <td>
                    {report.reportedAt && <time dateTime={report.reportedAt}>{formatDateTime(report.reportedAt, language)}</time>}
                    {report.reportedBy && <span className="small">{t('reports.by', { name: report.reportedBy })}</span>}
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
