import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useTranslation } from '../../i18n/useTranslation';
import { rowKey, type ImportRow } from './importRequest';

/** How a row names its action: the reference, and the country of a member state's report. */
export const rowLabel = (row: ImportRow<string>) => (row.country ? `${row.ref} (${row.country})` : row.ref);

/**
 * The spreadsheet's rows, one a line: where the row is, its action, what happened to it and
 * the details; the preview and the result both show them so. The preview adds a first column
 * to choose the rows to apply.
 */
export function RowsTable<Outcome extends string>({
  captionId,
  caption,
  rows,
  outcome,
  details,
  choice,
}: {
  captionId: string;
  caption: string;
  rows: readonly ImportRow<Outcome>[];
  /** The outcome, in words. */
  outcome: (row: ImportRow<Outcome>) => string;
  details: (row: ImportRow<Outcome>) => ReactNode;
  /** The "apply" column's cell, when rows are to be chosen. */
  choice?: (row: ImportRow<Outcome>) => ReactNode;
}) {
  const { t } = useTranslation('import');
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="import-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {choice && <th scope="col">{t('column.apply')}</th>}
            <th scope="col">{t('column.row')}</th>
            <th scope="col">{t('column.action')}</th>
            <th scope="col">{t('column.outcome')}</th>
            <th scope="col">{t('column.details')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={`import-row import-row--${row.outcome.toLowerCase()}`}>
              {choice && <td>{choice(row)}</td>}
              <td>
                {row.sheet}, {t('column.rowNumber', { row: row.row })}
              </td>
              <th scope="row">
                <Link to={paths.action(row.ref)}>{rowLabel(row)}</Link>
              </th>
              <td>{outcome(row)}</td>
              <td>{details(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
