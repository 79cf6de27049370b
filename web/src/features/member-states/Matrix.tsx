import { useId } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useTranslation } from '../../i18n/useTranslation';
import type { Coverage, Report, ReportingAction } from './api';
import type { MatrixRow } from './matrix';
import { ReportBadge, useCoverageText } from './parts';

interface MatrixProps {
  actions: ReportingAction[];
  rows: MatrixRow<ReportingAction, Report>[];
  coverage: Coverage;
  /** The signed-in contact's country, whose row is marked. */
  ownCountry: string | null;
  /** Coordinators only: the countries that have no active national contact (issue 12), marked in their row. */
  withoutContact?: ReadonlySet<string>;
}

/**
 * Countries × actions addressed to the member states. Each cell is read with its row
 * (the country) and column (the action) headers, and says the status and the review state in words.
 */
export function Matrix({ actions, rows, coverage, ownCountry, withoutContact }: MatrixProps) {
  const { t } = useTranslation('member-states');
  const coverageOf = useCoverageText();
  const byCountry = new Map(coverage.byCountry.map((entry) => [entry.country, entry]));
  const byAction = new Map(coverage.byAction.map((entry) => [entry.actionId, entry]));
  const captionId = useId();
  const explainId = useId();

  return (
    <>
      <p id={explainId}>{t('matrix.explain')}</p>
      <ScrollRegion labelledBy={captionId}>
        <table className="data-table ms-matrix" aria-describedby={explainId}>
          <caption id={captionId}>{coverage.roundName ? t('matrix.captionRound', { name: coverage.roundName }) : t('matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.country')}</th>
              {actions.map((action) => (
                <th scope="col" key={action.id}>
                  <Link to={paths.action(action.id)}>{action.ref}</Link>
                </th>
              ))}
              <th scope="col">{t('matrix.coverage')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const own = row.country === ownCountry;
              return (
                <tr key={row.country} className={own ? 'ms-matrix__own' : undefined}>
                  <th scope="row">
                    {row.name}
                    {own && <span className="ms-matrix__own-label"> ({t('matrix.yourCountry')})</span>}
                    {withoutContact?.has(row.country) && <span className="ms-matrix__own-label"> ({t('matrix.noContact')})</span>}
                  </th>
                  {row.cells.map((cell) => (
                    <td key={cell.action.id}>
                      <ReportBadge status={cell.status} review={cell.review} />
                      {cell.earlierRound && <span className="small">{t('matrix.earlierRound')}</span>}
                    </td>
                  ))}
                  <td className="ms-matrix__coverage">{coverageOf(byCountry.get(row.country))}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('matrix.actionCoverage')}</th>
              {actions.map((action) => (
                <td key={action.id} className="ms-matrix__coverage">
                  {coverageOf(byAction.get(action.id))}
                </td>
              ))}
              <td className="ms-matrix__coverage">{coverageOf(coverage)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </>
  );
}
