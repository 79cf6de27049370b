import { memo, useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { DateText, HealthBadge, StatusBadge } from '../../components/Badges';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDate, formatPercent, quoteMarks } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import type { ActionCatalogue, CatalogueAction } from './catalogue';
import type { IndexedAction } from './filter';
import { runsBy } from './filter';
import { describeDeadline, ownerNames } from './format';
import type { SortKey, ActionsView } from './view';

type Actors = ActionCatalogue['strategy']['actors'];

const COLUMNS = 7;

/**
 * The actions in the view's order. In strategy order they are grouped under their section;
 * in any other order a section heading between rows would only mislead, so there is none.
 */
export function ActionsTable({
  rows,
  strategy,
  view,
  onSort,
}: {
  rows: readonly IndexedAction<CatalogueAction>[];
  strategy: ActionCatalogue['strategy'];
  view: Pick<ActionsView, 'sort' | 'direction'>;
  onSort: (key: SortKey) => void;
}) {
  const { t } = useTranslation('actions');
  const captionId = useId();
  const sortId = useId();
  const titles = new Map(strategy.sections.map((section) => [section.id, section.title]));
  const groups = view.sort === 'ref' ? runsBy(rows, (row) => row.action.section) : [{ key: 'all', items: rows as IndexedAction<CatalogueAction>[] }];

  const header = (key: SortKey | null, label: string, className?: string) => {
    if (key === null) {
      return (
        <th scope="col" className={className}>
          {label}
        </th>
      );
    }
    const sorted = view.sort === key;
    return (
      <th scope="col" className={className} aria-sort={sorted ? (view.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button type="button" className="sort-button" onClick={() => onSort(key)}>
          {label}
          <span aria-hidden="true" className="sort-button__icon">
            {sorted ? (view.direction === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <ScrollRegion labelledBy={captionId}>
      <p id={sortId} className="small actions-sort-note">
        {t('table.sortedBy', { context: view.direction, column: t(`table.sortColumn.${view.sort}`) })}
      </p>
      <table className="data-table actions-table" aria-describedby={sortId}>
        <caption id={captionId}>{t('table.caption')}</caption>
        <thead>
          <tr>
            {header('ref', t('table.ref'), 'actions-table__ref')}
            {header(null, t('table.action'))}
            {header(null, t('table.owners'), 'actions-table__owners')}
            {header('deadline', t('table.deadline'), 'actions-table__deadline')}
            {header('status', t('table.status'), 'actions-table__status')}
            {header('health', t('table.health'), 'actions-table__status')}
            {header('progress', t('table.progress'), 'actions-table__progress')}
          </tr>
        </thead>
        {rows.length === 0 ? (
          <tbody>
            <tr>
              <td colSpan={COLUMNS}>{t('noMatch')}</td>
            </tr>
          </tbody>
        ) : (
          groups.map((group, index) => (
            <tbody key={`${group.key}-${index}`}>
              {view.sort === 'ref' && (
                <tr className="data-table__group">
                  <th scope="rowgroup" colSpan={COLUMNS}>
                    {group.key} {titles.has(group.key) ? <span lang="en">{titles.get(group.key)}</span> : t('table.section', { id: group.key })}
                  </th>
                </tr>
              )}
              {group.items.map((row) => (
                <ActionRow key={row.action.id} action={row.action} actors={strategy.actors} />
              ))}
            </tbody>
          ))
        )}
      </table>
    </ScrollRegion>
  );
}

const ActionRow = memo(function ActionRow({ action, actors }: { action: CatalogueAction; actors: Actors }) {
  const { language } = useTranslation('actions');
  const owners = ownerNames(action.owners, actors, language);
  return (
    <tr>
      <th scope="row" className="actions-table__ref">
        <Link to={paths.action(action.id)}>{action.ref}</Link>
      </th>
      <td lang="en">
        {action.leadIn && <span className="small">{action.leadIn}</span>}
        <span className="actions-table__text">{action.text}</span>
      </td>
      <td>
        {owners.length === 1 ? (
          owners[0]
        ) : (
          <ul className="plain-list">
            {owners.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <Deadline action={action} />
      </td>
      <td>
        <StatusBadge status={action.status} />
      </td>
      <td>
        <HealthBadge health={action.health} />
      </td>
      <td className="actions-table__progress">
        {formatPercent(action.progress, language, 0)}
        <span className="progress-bar" aria-hidden="true">
          <span className="progress-bar__done" style={{ width: `${Math.max(0, Math.min(100, action.progress))}%` }} />
        </span>
      </td>
    </tr>
  );
});

function Deadline({ action }: { action: CatalogueAction }) {
  const { t, language } = useTranslation('actions');
  const deadline = describeDeadline(action);
  const notes: ReactNode[] = [];
  if (deadline.kind === 'date' && deadline.reviewDate) {
    notes.push(t('deadline.reviewDate'));
  } else if (deadline.phrase) {
    const [open, close] = quoteMarks(language);
    notes.push(
      <>
        {open}
        <span lang="en">{deadline.phrase}</span>
        {close}
      </>,
    );
  }
  if (deadline.kind === 'date' && deadline.revisedFrom) {
    notes.push(t('deadline.revisedFrom', { date: formatDate(deadline.revisedFrom, language) }));
  }
  return (
    <>
      {deadline.kind === 'date' ? <DateText date={deadline.date} /> : t('deadline.none')}
      {notes.map((note, index) => (
        <span key={index} className="small">
          {note}
        </span>
      ))}
    </>
  );
}
