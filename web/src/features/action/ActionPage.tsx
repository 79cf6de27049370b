import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { paths } from '../../app/paths';
import { useShell } from '../../app/shellQuery';
import { PageTitle } from '../../components/PageTitle';
import { LoadError, Loading } from '../../components/Status';
import { actorNamer, countryNamer } from '../../i18n/names';
import { useTranslation } from '../../i18n/useTranslation';
import { Legend } from '../../components/Legend';
import { ActionFacts } from './ActionFacts';
import { DeadlineForm } from './DeadlineForm';
import { useActionPage, useLoadLatestAction } from './api';
import { HistoryTimeline } from './HistoryTimeline';
import { permissions } from './permissions';
import { ReportsTable } from './ReportsTable';
import { updatersOf } from './standing';
import { UpdateForm } from './UpdateForm';
import './action.css';

export default function ActionPage() {
  const { actionId = '' } = useParams();
  const { t, language } = useTranslation('action');
  const shell = useShell();
  const page = useActionPage(actionId);
  const loadLatest = useLoadLatestAction(actionId);

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
        <UpdateForm key={action.id} action={action} adopted={page.data.strategy.adopted} loadLatest={loadLatest} />
      ) : (
        names?.me && (
          <ReadOnlyNote
            updaters={updatersOf(action.owners, page.data.strategy.actors).map(actorName)}
            reportsOnMemberStatesPage={action.memberStateReporting && names.me.role === 'MEMBER_STATE'}
          />
        )
      )}
      {allowed.reviseDeadline && (
        <DeadlineForm key={`${action.id}-deadline`} action={action} adopted={page.data.strategy.adopted} onConflict={loadLatest} />
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
