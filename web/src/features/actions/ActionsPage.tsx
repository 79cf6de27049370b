import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { Legend } from '../../components/Legend';
import { PageTitle } from '../../components/PageTitle';
import { LoadError, Loading } from '../../components/Status';
import { formatNumber } from '../../i18n/format';
import { actorName } from '../../i18n/names';
import { useTranslation } from '../../i18n/useTranslation';
import { ActionsFilters } from './ActionsFilters';
import { ActionsTable } from './ActionsTable';
import type { ActionCatalogue } from './catalogue';
import { useActionCatalogue } from './api';
import { filterActions, indexActions, sortActions } from './filter';
import { owningActors } from './format';
import type { ActionsView, SortKey } from './view';
import { parseView, sortBy, viewToParams } from './view';
import './actions.css';

export function ActionsPage() {
  const { t } = useTranslation('actions');
  const catalogue = useActionCatalogue();

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {catalogue.isPending ? (
        <Loading>{t('loading')}</Loading>
      ) : catalogue.isError ? (
        <LoadError what={t('what')} error={catalogue.error} onRetry={() => void catalogue.refetch()} />
      ) : catalogue.data.actions.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ActionsBrowser catalogue={catalogue.data} />
      )}
    </>
  );
}
export default ActionsPage;

/** Today in the reader's own calendar, YYYY-MM-DD: "due in the next 90 days" counts from their today. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Marks the history entries that the form wrote, so that the page does not read its own writes back. */
const OWN_WRITE = { actionsView: true } as const;

function isOwnWrite(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'actionsView' in state;
}

function ActionsBrowser({ catalogue }: { catalogue: ActionCatalogue }) {
  const { t, language } = useTranslation('actions');
  const [searchParams, setSearchParams] = useSearchParams();
  const [today] = useState(localToday);
  const { actions, strategy } = catalogue;

  // Worked out once per catalogue: what the filters offer, and each action's search text and rank.
  const index = useMemo(() => indexActions(actions), [actions]);
  const sections = useMemo(() => {
    const withActions = new Set(actions.map((action) => action.section));
    return strategy.sections
      .filter((section) => withActions.has(section.id))
      .map((section) => ({ id: section.id, title: `${section.id} ${section.title}` }));
  }, [actions, strategy.sections]);
  const owners = useMemo(
    () => owningActors(strategy.actors, actions).map((actor) => ({ id: actor.id, title: actorName(actor.id, language, actor.name) })),
    [actions, strategy.actors, language],
  );
  const vocabulary = useMemo(
    () => ({ sections: new Set(sections.map((section) => section.id)), owners: new Set(owners.map((owner) => owner.id)) }),
    [sections, owners],
  );

  // The view lives here and goes into the address as well: the router applies an address
  // change in a transition, too late for a checkbox that must show its new state at once.
  // The address wins when someone else changed it (a link, the back button).
  const location = useLocation();
  const query = searchParams.toString();
  const addressView = useMemo(() => parseView(new URLSearchParams(query), vocabulary), [query, vocabulary]);
  const [view, setView] = useState(addressView);
  const [seenLocation, setSeenLocation] = useState(location.key);
  if (location.key !== seenLocation) {
    setSeenLocation(location.key);
    if (!isOwnWrite(location.state)) setView(addressView);
  }
  // The form answers each keystroke at once; the table follows when React has time.
  const shownView = useDeferredValue(view);
  const rows = useMemo(() => sortActions(filterActions(index, shownView, today), shownView.sort, shownView.direction), [index, shownView, today]);

  const change = useCallback(
    (next: ActionsView) => {
      setView(next);
      setSearchParams(viewToParams(next), { replace: true, state: OWN_WRITE });
    },
    [setSearchParams],
  );
  const sort = useCallback((key: SortKey) => change(sortBy(view, key)), [change, view]);

  return (
    <>
      <ActionsFilters view={view} onChange={change} sections={sections} owners={owners} />
      <p className="figures" role="status">
        {t('count', { count: actions.length, shown: formatNumber(rows.length, language), total: formatNumber(actions.length, language) })}
      </p>
      <Legend />
      <ActionsTable rows={rows} strategy={strategy} view={shownView} onSort={sort} />
    </>
  );
}
