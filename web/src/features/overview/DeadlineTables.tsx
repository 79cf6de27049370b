import { Link } from 'react-router';
import { ScrollRegion } from '../../components/ScrollRegion';
import { DateText, HealthBadge, StatusBadge } from '../../components/Badges';
import type { OverviewDashboardItemFragment } from './api.generated';
import { formatDate, formatNumber } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { paths } from '../../app/paths';

interface DeadlineTableProps {
  kind: 'upcoming' | 'overdue';
  items: readonly OverviewDashboardItemFragment[];
  /** How many there are in all; the API sends at most the first hundred. */
  total: number;
  asOf: string;
  ownerName: (id: string) => string;
}

/** The actions falling due soon, or past their deadline: each links to its action page. */
export function DeadlineTable({ kind, items, total, asOf, ownerName }: DeadlineTableProps) {
  const { t, language } = useTranslation('overview');
  const date = formatDate(asOf, language, 'long');
  const headingId = `overview-${kind}`;
  return (
    <section className="overview-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`${kind}.title`)}</h2>
      {items.length === 0 ? (
        <p>{t(`${kind}.empty`, { date })}</p>
      ) : (
        <>
          {items.length < total && (
            <p className="small">{t('list.shown', { shown: formatNumber(items.length, language), total: formatNumber(total, language) })}</p>
          )}
          <ScrollRegion labelledBy={headingId}>
            <table className="data-table overview-table overview-deadlines">
              <caption>{t(`${kind}.caption`, { date })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('list.ref')}</th>
                  <th scope="col">{t('list.action')}</th>
                  <th scope="col">{t('list.owners')}</th>
                  <th scope="col">{t('list.deadline')}</th>
                  <th scope="col" className="numeric">
                    {t(kind === 'overdue' ? 'overdue.daysLate' : 'upcoming.daysLeft')}
                  </th>
                  <th scope="col">{t('list.status')}</th>
                  <th scope="col">{t('list.health')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.actionId}>
                    <th scope="row">
                      <Link to={paths.action(item.actionId)}>{item.ref}</Link>
                    </th>
                    <td lang="en">{item.text}</td>
                    <td>{item.owners.map(ownerName).join(', ')}</td>
                    <td>
                      <DateText date={item.deadline} />
                    </td>
                    <td className="numeric">{formatNumber(kind === 'overdue' ? item.daysLate : -item.daysLate, language)}</td>
                    <td>
                      <StatusBadge status={item.status} />
                    </td>
                    <td>
                      <HealthBadge health={item.health} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
