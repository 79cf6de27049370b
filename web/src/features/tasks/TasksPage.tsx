import { useId } from 'react';
// The health rule's threshold the API serves: the days after which an action is stale (issue 14).
import { DEFAULT_HEALTH_CONFIG } from '../../../../functions/domain/health';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useShell } from '../../app/shellQuery';
import { HealthBadge } from '../../components/Badges';
import { PageTitle } from '../../components/PageTitle';
import { LoadError, Loading } from '../../components/Status';
import { formatDate, formatDateTime } from '../../i18n/format';
import { actorNamer, countryNamer } from '../../i18n/names';
import { useTranslation } from '../../i18n/useTranslation';
import { useMyTasks } from './api';
import { reasonsOf, sectionsOf, type AttentionItem, type SectionKey, type Tasks } from './tasks';
import './tasks.css';

/**
 * "Your tasks" (issue 14): what asks for the signed-in person's attention, most pressing
 * first: a report returned to them, what their country has still to report in the open round,
 * the reports waiting for a coordinator's review, and the actions overdue or stale.
 */
export default function TasksPage() {
  const { t, language } = useTranslation('tasks');
  const query = useMyTasks();
  const shell = useShell();
  const role = shell.data?.me?.role;
  const tasks = query.data;

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <h1>{t('title')}</h1>
      {query.isPending ? (
        <Loading>{t('loading')}</Loading>
      ) : query.isError || !tasks ? (
        <LoadError what={t('what')} error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p className="lead">
            {tasks.actionable > 0 ? t('lead.some', { count: tasks.actionable }) : role === 'VIEWER' ? t('lead.viewer') : t('lead.none')}{' '}
            <span className="small">{t('lead.asOf', { date: formatDate(tasks.asOf, language, 'long') })}</span>
          </p>
          {sectionsOf(tasks).map((key) => (
            <TaskSection key={key} section={key} tasks={tasks} coordinator={role === 'COORDINATOR'} />
          ))}
          <p>
            <Link to={paths.overview}>{t('toOverview')}</Link>
          </p>
        </>
      )}
    </>
  );
}

function TaskSection({ section, tasks, coordinator }: { section: SectionKey; tasks: Tasks; coordinator: boolean }) {
  const { t } = useTranslation('tasks');
  const headingId = useId();
  const heading = section === 'attention' ? t(coordinator ? 'attention.headingCoordinator' : 'attention.heading') : t(`${section}.heading`);
  return (
    <section className="tasks-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {section === 'returned' && <Returned tasks={tasks} />}
      {section === 'toReport' && <ToReport tasks={tasks} />}
      {section === 'toReview' && <ToReview tasks={tasks} />}
      {section === 'attention' && <Attention items={tasks.attention} coordinator={coordinator} />}
    </section>
  );
}

function ActionText({ text }: { text: string }) {
  return (
    <p className="tasks-item__text" lang="en">
      {text}
    </p>
  );
}

function Returned({ tasks }: { tasks: Tasks }) {
  const { t, language } = useTranslation('tasks');
  const { t: common } = useTranslation();
  return (
    <>
      <p>{tasks.openRound ? t('returned.lead') : t('returned.leadNoRound')}</p>
      <ul className="tasks-list">
        {tasks.returned.map((report) => (
          <li key={report.actionId} className="tasks-item">
            <p className="tasks-item__title">
              <Link to={paths.action(report.actionId)}>{t('actionRef', { ref: report.ref })}</Link>{' '}
              <span className="small">{t('returned.yourStatus', { status: common(`reportStatus.${report.status}`) })}</span>
            </p>
            <ActionText text={report.text} />
            <p className="tasks-comment">
              {report.review.reviewedAt
                ? t('returned.by', { name: report.review.reviewedBy ?? '—', when: formatDateTime(report.review.reviewedAt, language) })
                : t('returned.byUnknown')}
            </p>
            {report.review.comment && <blockquote className="tasks-comment__text">{report.review.comment}</blockquote>}
            {tasks.openRound && (
              <p>
                <Link to={paths.memberStates}>{t('returned.revise')}</Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function ToReport({ tasks }: { tasks: Tasks }) {
  const { t, language } = useTranslation('tasks');
  const round = tasks.openRound;
  return (
    <>
      {round && <p>{t('toReport.lead', { round: round.name, count: tasks.toReport.length, date: formatDate(round.closes, language, 'long') })}</p>}
      <ul className="tasks-list">
        {tasks.toReport.map((action) => (
          <li key={action.actionId} className="tasks-item">
            <p className="tasks-item__title">
              <Link to={paths.action(action.actionId)}>{t('actionRef', { ref: action.ref })}</Link>
            </p>
            <ActionText text={action.text} />
          </li>
        ))}
      </ul>
      <p>
        <Link to={paths.memberStates}>{t('toReport.go')}</Link>
      </p>
    </>
  );
}

function ToReview({ tasks }: { tasks: Tasks }) {
  const { t, language } = useTranslation('tasks');
  const { t: common } = useTranslation();
  const shell = useShell();
  const nameOf = countryNamer(shell.data?.memberStates, language);
  return (
    <>
      <p>{t('toReview.lead', { count: tasks.toReview.length })}</p>
      <ul className="tasks-list">
        {tasks.toReview.map((report) => (
          <li key={`${report.actionId}|${report.country}`} className="tasks-item">
            <p className="tasks-item__title">
              {t('toReview.item', { country: nameOf(report.country) })}{' '}
              <Link to={paths.action(report.actionId)}>{t('actionRef', { ref: report.ref })}</Link>
            </p>
            <p className="small">
              {common(`reportStatus.${report.status}`)}
              {report.reportedAt &&
                ` · ${t('toReview.reported', { name: report.reportedBy ?? '—', when: formatDateTime(report.reportedAt, language) })}`}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link to={paths.memberStates}>{t('toReview.go')}</Link>
      </p>
    </>
  );
}

function Attention({ items, coordinator }: { items: AttentionItem[]; coordinator: boolean }) {
  const { t, language } = useTranslation('tasks');
  const shell = useShell();
  const actorName = actorNamer(shell.data?.strategy.actors ?? [], language);
  return (
    <>
      <p>{t(coordinator ? 'attention.leadCoordinator' : 'attention.lead', { count: items.length, days: DEFAULT_HEALTH_CONFIG.staleAfterDays })}</p>
      <ul className="tasks-list">
        {items.map((item) => (
          <li key={item.actionId} className="tasks-item">
            <p className="tasks-item__title">
              <Link to={paths.action(item.actionId)}>{t('actionRef', { ref: item.ref })}</Link> <HealthBadge health={item.health} />
            </p>
            <ul className="tasks-reasons">
              {reasonsOf(item).map((reason) => (
                <li key={reason.kind}>
                  {reason.kind === 'overdue'
                    ? t('attention.overdue', { count: reason.days, date: formatDate(item.deadline, language, 'long') })
                    : reason.since
                      ? t('attention.stale', { date: formatDate(reason.since, language, 'long') })
                      : t('attention.neverConfirmed')}
                </li>
              ))}
            </ul>
            {coordinator && <p className="small">{t('attention.owners', { owners: item.owners.map(actorName).join(', ') })}</p>}
            <ActionText text={item.text} />
          </li>
        ))}
      </ul>
    </>
  );
}
