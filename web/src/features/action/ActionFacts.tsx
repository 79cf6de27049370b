import { useId } from 'react';
// The API's health rule and its threshold (graphql/yoga.ts serves DEFAULT_HEALTH_CONFIG): the days the stale warning names.
import { DEFAULT_HEALTH_CONFIG } from '../../../../functions/domain/health';
import { DateText, HealthBadge, StatusBadge } from '../../components/Badges';
import type { ActionPageFieldsFragment } from './api.generated';
import { formatDate, formatDateTime, formatPercent, quoteMarks, withColon } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { reportsSummary } from './standing';

type Action = ActionPageFieldsFragment;

/** The strategy's words, who acts and by when, and where the action stands. */
export function ActionFacts({ action, actorName }: { action: Action; actorName: (id: string) => string }) {
  const { t, language } = useTranslation('action');
  const textId = useId();
  const whoId = useId();
  const stateId = useId();
  const progressId = useId();
  const revisions = action.deadlineRevisions;

  return (
    <>
      <section className="action-panel" aria-labelledby={textId}>
        <h2 id={textId}>{t('text.heading')}</h2>
        {action.subheading && (
          <p className="action-text__subheading" lang="en">
            {action.subheading}
          </p>
        )}
        <blockquote className="action-text" lang="en" aria-label={t('text.quote')}>
          {action.leadIn && <p className="action-text__lead-in">{action.leadIn}</p>}
          <p className="action-text__body">{action.text}</p>
        </blockquote>
      </section>

      <section className="action-panel" aria-labelledby={whoId}>
        <h2 id={whoId}>{t('responsibility.heading')}</h2>
        <dl className="facts">
          <dt>{t('responsibility.owners')}</dt>
          <dd>
            <NameList names={action.owners.map(actorName)} />
          </dd>
          <dt>{t('responsibility.partners')}</dt>
          <dd>{action.partners.length > 0 ? <NameList names={action.partners.map(actorName)} /> : t('responsibility.noPartners')}</dd>
          <dt>{t('responsibility.deadline')}</dt>
          <dd>
            {action.deadline ? <DateText date={action.deadline} style="long" /> : '—'}
            {action.recurring && <span className="small">{t('responsibility.recurring')}</span>}
          </dd>
          <dt>{t('responsibility.baseline')}</dt>
          <dd>
            <DateText date={action.baselineDeadline} style="long" />
            <span className="small">
              {action.deadlineSource === 'REVIEW_DATE' || !action.deadlinePhrase ? (
                t('responsibility.noPhrase')
              ) : (
                <>
                  {withColon(t('responsibility.phrase'), language)} {quoteMarks(language)[0]}
                  <span lang="en">{action.deadlinePhrase}</span>
                  {quoteMarks(language)[1]}
                </>
              )}
            </span>
          </dd>
          {revisions.length > 0 && (
            <>
              <dt>{t('responsibility.revisions')}</dt>
              <dd>
                <ol className="revisions">
                  {revisions.map((revision) => (
                    <li key={revision.revisedAt}>
                      {t('responsibility.revision', {
                        date: formatDate(revision.date, language, 'long'),
                        previous: formatDate(revision.previous, language, 'long'),
                        by: revision.revisedBy,
                        when: formatDateTime(revision.revisedAt, language),
                      })}
                      <span className="small">
                        {t('responsibility.reason')} {revision.reason}
                      </span>
                    </li>
                  ))}
                </ol>
              </dd>
            </>
          )}
          <dt>{t('responsibility.slippage')}</dt>
          <dd>
            {revisions.length === 0
              ? t('responsibility.noSlippage')
              : t(action.slippageDays >= 0 ? 'responsibility.moved' : 'responsibility.earlier', {
                  count: Math.abs(action.slippageDays),
                  times: t('responsibility.times', { count: revisions.length }),
                })}
          </dd>
        </dl>
      </section>

      <section className="action-panel" aria-labelledby={stateId}>
        <h2 id={stateId}>{t('state.heading')}</h2>
        {action.stale && <p className="message message--warning">{t('state.staleFor', { count: DEFAULT_HEALTH_CONFIG.staleAfterDays })}</p>}
        {action.healthDisagreement && action.declaredHealth && (
          <p className="message message--warning">
            {t('state.disagreement', {
              declared: t(`health.${action.declaredHealth}`, { ns: 'common' }),
              computed: t(`health.${action.health}`, { ns: 'common' }),
            })}
          </p>
        )}
        <dl className="facts">
          <dt>{t('state.status')}</dt>
          <dd>
            <StatusBadge status={action.status} />
          </dd>
          <dt id={progressId}>{t('state.progress')}</dt>
          <dd className="progress-fact">
            <progress max={100} value={action.progress} aria-labelledby={progressId} />{' '}
            <span>{t('state.progressValue', { percent: formatPercent(action.progress, language, 0) })}</span>
          </dd>
          <dt>{t('state.health')}</dt>
          <dd>
            <HealthBadge health={action.health} />
          </dd>
          <dt>{t('state.declared')}</dt>
          <dd>
            {action.declaredHealth ? <HealthBadge health={action.declaredHealth} /> : t('state.notDeclared')}
            {action.declaredHealth && action.declaredHealthBy && (
              <span className="small">{t('state.declaredBy', { name: action.declaredHealthBy })}</span>
            )}
          </dd>
          <dt>{t('state.forecast')}</dt>
          <dd>{action.forecastDate ? <DateText date={action.forecastDate} style="long" /> : t('state.noForecast')}</dd>
          <dt>{t('state.lastConfirmed')}</dt>
          <dd>
            {action.lastConfirmedAt ? (
              <time dateTime={action.lastConfirmedAt}>{formatDateTime(action.lastConfirmedAt, language)}</time>
            ) : (
              t('state.neverConfirmed')
            )}
          </dd>
          <dt>{t('state.note')}</dt>
          <dd className="facts__note">{action.note ?? t('state.noNote')}</dd>
          <dt>{t('state.evidence')}</dt>
          <dd>
            {action.evidenceUrls.length > 0 ? (
              <ul className="plain-list">
                {action.evidenceUrls.map((url) => (
                  <li key={url}>
                    <a href={url} rel="noopener noreferrer">
                      {url}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              t('state.noEvidence')
            )}
          </dd>
          {action.memberStateReporting && (
            <>
              <dt>{t('state.reports')}</dt>
              <dd>
                <ReportsSummaryText reports={action.memberStateReports} />
              </dd>
            </>
          )}
        </dl>
      </section>
    </>
  );
}

/** The countries' accepted reports in one sentence (issue 14): they do not change the action's own status. */
function ReportsSummaryText({ reports }: { reports: Action['memberStateReports'] }) {
  const { t } = useTranslation('action');
  const summary = reportsSummary(reports);
  const statuses = summary.byStatus
    .map(({ status, count }) => t('state.reportsStatus', { status: t(`reportStatus.${status}`, { ns: 'common' }), count }))
    .join(', ');
  return (
    <>
      {summary.countries > 0 ? t('state.reportsSummary', { count: summary.countries, statuses }) : t('state.reportsNone')}
      {summary.underReview > 0 && <> {t('state.reportsUnderReview', { count: summary.underReview })}</>}
      <span className="small">{t('state.reportsOwnStatus')}</span>
    </>
  );
}

function NameList({ names }: { names: readonly string[] }) {
  if (names.length === 1) return <>{names[0]}</>;
  return (
    <ul className="plain-list">
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}
