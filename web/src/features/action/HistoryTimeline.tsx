import { useId } from 'react';
import { LoadError, Loading } from '../../components/Status';
import type { ActionHistoryQuery as ActionHistoryResult } from './api.generated';
import { useActionHistory } from './api';
import { formatDate, formatDateTime, quoteMarks } from '../../i18n/format';
import { recordedLate } from './effective';
import { useTranslation } from '../../i18n/useTranslation';
import { noteShown, summariseEvent, type EventSummary } from './history';
import { fieldLabel, valueWords } from './words';

type HistoryEvent = NonNullable<ActionHistoryResult['action']>['history']['edges'][number]['node'];

/** The action's history, newest first, a page at a time. */
export function HistoryTimeline({ actionId, countryName }: { actionId: string; countryName: (code: string) => string }) {
  const { t, language } = useTranslation('action');
  const headingId = useId();
  const history = useActionHistory(actionId);
  const events = history.data?.pages.flatMap((page) => page.action?.history.edges.map((edge) => edge.node) ?? []) ?? [];

  return (
    <section className="action-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.heading')}</h2>
      {history.isPending ? (
        <Loading>{t('history.loading')}</Loading>
      ) : history.isError ? (
        <LoadError what={t('history.what')} error={history.error} onRetry={() => void history.refetch()} />
      ) : events.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <>
          <ol className="timeline">
            {events.map((event) => (
              <li key={event.id} className="timeline__event">
                {recordedLate(event) ? (
                  // Recorded after the day it took effect (issue 13): both dates, the day it happened first.
                  <p className="timeline__when">
                    <time dateTime={event.effectiveOn}>
                      {t(completes(event) ? 'effective.completedOn' : 'effective.happenedOn', { date: formatDate(event.effectiveOn, language) })}
                    </time>
                    {', '}
                    {t('effective.recorded', {
                      when: formatDate(event.recordedAt, language),
                      name: event.author.name,
                      role: roleName(event.author.role),
                    })}
                  </p>
                ) : (
                  <p className="timeline__when">
                    <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
                    {' · '}
                    {t('history.by', { name: event.author.name, role: roleName(event.author.role) })}
                  </p>
                )}
                <EventText event={event} countryName={countryName} />
              </li>
            ))}
          </ol>
          {history.hasNextPage && (
            <p>
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={history.isFetchingNextPage || undefined}
                onClick={() => {
                  if (!history.isFetchingNextPage) void history.fetchNextPage();
                }}
              >
                {history.isFetchingNextPage ? t('history.loadingMore') : t('history.more')}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );

  function completes(event: HistoryEvent) {
    const after = event.after as { status?: unknown } | null;
    return event.type === 'ACTION_UPDATED' && after?.status === 'COMPLETED';
  }

  function roleName(role: string) {
    return t(`role.${role}`, { ns: 'common', defaultValue: role });
  }
}

function EventText({ event, countryName }: { event: HistoryEvent; countryName: (code: string) => string }) {
  const { t, language } = useTranslation('action');
  const { t: common } = useTranslation();
  const words = valueWords(t, common, language);
  const summary: EventSummary = summariseEvent(event, words);
  return (
    <>
      <p className="timeline__type">{t(`history.type.${event.type}`, { defaultValue: event.type })}</p>
      {summary.kind === 'changes' && (
        <ul className="timeline__changes">
          {summary.lines.map((line) => (
            <li key={line.field}>{t('history.change', { field: fieldLabel(t, line.field), before: line.before, after: line.after })}</li>
          ))}
        </ul>
      )}
      {summary.kind === 'confirmed' && <p>{t('history.confirmed')}</p>}
      {summary.kind === 'deadline' && (
        <p>
          {t('history.deadline', { previous: words.value('previousDate', summary.previous), date: words.value('newDate', summary.date) })}
          {summary.reason && (
            <>
              <br />
              {t('responsibility.reason')} {summary.reason}
            </>
          )}
        </p>
      )}
      {summary.kind === 'report' && <p>{reportLine(summary)}</p>}
      {summary.kind === 'review' && (
        <p>
          {t('history.review', { country: countryName(summary.country), state: summary.state ? common(`reviewState.${summary.state}`) : words.none })}
          {summary.comment && ` — ${quoteMarks(language)[0]}${summary.comment}${quoteMarks(language)[1]}`}
        </p>
      )}
      {event.note && !noteShown(summary, event.note) && (
        <p>
          {t('history.note')} {event.note}
        </p>
      )}
      {event.contentWithheld && <p className="small">{t('history.withheld')}</p>}
    </>
  );

  function reportLine(report: Extract<EventSummary, { kind: 'report' }>) {
    const country = countryName(report.country);
    if (!report.status) return report.resubmitted ? t('history.reportAgainUnchanged', { country }) : t('history.reportNoStatus', { country });
    return t(report.resubmitted ? 'history.reportAgain' : 'history.report', { country, status: common(`reportStatus.${report.status}`) });
  }
}
