import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { paths } from '../../app/paths';
import { shellQueryKey, useShell } from '../../app/shellQuery';
import { PageTitle } from '../../components/PageTitle';
import { LoadError, Loading } from '../../components/Status';
import type { ActionPageFieldsFragment, ActionPageQuery as ActionPageResult } from '../../gql/graphql';
import { actorNamer, countryNamer } from '../../i18n/names';
import { useTranslation } from '../../i18n/useTranslation';
import { Legend } from '../../components/Legend';
import { ActionFacts } from './ActionFacts';
import { DeadlineForm } from './DeadlineForm';
import { HistoryTimeline, historyQueryKey } from './HistoryTimeline';
import { permissions } from './permissions';
import { ActionPageQuery } from './queries';
import { ReportsTable } from './ReportsTable';
import { updatersOf } from './standing';
import { UpdateForm } from './UpdateForm';
import './action.css';

type Action = ActionPageFieldsFragment;
const actionQueryKey = (id: string) => ['action', id] as const;

export default function ActionPage() {
  const { actionId = '' } = useParams();
  const { t, language } = useTranslation('action');
  const client = useGraphQLClient();
  const queryClient = useQueryClient();
  const shell = useShell();
  const key = actionQueryKey(actionId);
  const page = useQuery({ queryKey: key, queryFn: ({ signal }) => client.request(ActionPageQuery, { id: actionId }, { signal }) });

  const names = shell.data;
  const actorName = actorNamer(names?.strategy.actors ?? [], language);
  const countryName = countryNamer(names?.memberStates, language);

  if (page.isPending) return <Loading>{t('loading')}</Loading>;
  // An unknown reference is answered NOT_FOUND: say so and lead back to the list, not "Try again" (issue 14).
  const unknown = page.isError && page.error instanceof ApiError && page.error.code === 'NOT_FOUND';
  if (page.isError && !unknown) return <LoadError what={t('what')} error={page.error} onRetry={() => void page.refetch()} />;
  const action = page.data?.action;
  if (!page.data || !action) {
    return (
      <>
        <PageTitle>{t('notFound.title')}</PageTitle>
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.body', { id: actionId })}</p>
        <p>
          <Link to={paths.actions}>{t('notFound.list')}</Link>
        </p>
      </>
    );
  }

  const allowed = permissions(names?.me, action);

  /** A write's answer is the new action: show it, refresh the history and let other pages re-read. */
  const saved = (next: Action) => {
    queryClient.setQueryData<ActionPageResult>(key, (current) => current && { ...current, action: next });
    void queryClient.invalidateQueries({ queryKey: historyQueryKey(action.id) });
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== shellQueryKey[0] && query.queryKey[0] !== 'action' });
  };
  const loadLatest = async () => {
    const latest = await queryClient.fetchQuery({
      queryKey: key,
      queryFn: ({ signal }) => client.request(ActionPageQuery, { id: actionId }, { signal }),
      staleTime: 0,
    });
    void queryClient.invalidateQueries({ queryKey: historyQueryKey(action.id) });
    return latest.action;
  };
  const section = page.data.strategy.sections.find((candidate) => candidate.id === action.section);

  return (
    <>
      <PageTitle>{t('pageTitle', { ref: action.ref })}</PageTitle>
      <p className="action-back">
        <Link to={paths.actions}>{t('back')}</Link>
      </p>
      <h1>{t('pageTitle', { ref: action.ref })}</h1>
      <p className="action-section">
        {t('sectionLabel', { id: action.section })}
        {section && (
          <>
            {': '}
            <span lang="en">{section.title}</span>
          </>
        )}
      </p>
      <ActionFacts action={action} actorName={actorName} />
      <Legend stale />
      {allowed.update ? (
        <UpdateForm key={action.id} action={action} adopted={page.data.strategy.adopted} onSaved={saved} loadLatest={loadLatest} />
      ) : (
        names?.me && (
          <ReadOnlyNote
            updaters={updatersOf(action.owners, page.data.strategy.actors).map(actorName)}
            reportsOnMemberStatesPage={action.memberStateReporting && names.me.role === 'MEMBER_STATE'}
          />
        )
      )}
      {allowed.reviseDeadline && (
        <DeadlineForm key={`${action.id}-deadline`} action={action} adopted={page.data.strategy.adopted} onSaved={saved} onConflict={loadLatest} />
      )}
      <HistoryTimeline actionId={action.id} countryName={countryName} />
      {action.memberStateReporting && <ReportsTable reports={action.memberStateReports} countryName={countryName} />}
    </>
  );
}

/** Where the form would be, for someone who may not update the action: who can (issue 14). */
function ReadOnlyNote({ updaters, reportsOnMemberStatesPage }: { updaters: string[]; reportsOnMemberStatesPage: boolean }) {
  const { t } = useTranslation('action');
  return (
    <p className="message message--info action-read-only">
      {updaters.length > 0 ? t('readOnly.owners', { owners: updaters.join(', ') }) : t('readOnly.coordinator')}
      {reportsOnMemberStatesPage && (
        <>
          {' '}
          <Link to={paths.memberStates}>{t('readOnly.memberState')}</Link>
        </>
      )}
    </p>
  );
}
