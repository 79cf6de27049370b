import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import type { ReviewDecision } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import type { Report, ReportingAction } from './api';
import { useReloadMemberStates, useReviewReport } from './api';
import type { QueueItem } from './matrix';
import { ReportBadge, WriteError } from './parts';

/** The coordinators' queue: every submitted report, to accept or to return with a comment. */
export function ReviewQueue({ items }: { items: QueueItem<ReportingAction, Report>[] }) {
  const { t } = useTranslation('member-states');
  const [done, setDone] = useState('');
  // Kept here, not in the item: after a refusal the refreshed queue may no longer hold it
  // (another coordinator reviewed it first).
  const [failure, setFailure] = useState<{ error: unknown; about: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The reviewed report leaves the queue, and its buttons with it: focus stays in the queue.
  const reviewed = (message: string) => {
    setFailure(null);
    setDone(message);
    headingRef.current?.focus();
  };
  const failed = (error: unknown, about: string) => {
    setDone('');
    setFailure({ error, about });
  };
  return (
    <section aria-labelledby="ms-review-heading" className="ms-panel">
      <h2 id="ms-review-heading" ref={headingRef} tabIndex={-1}>
        {t('reviewState.SUBMITTED', { ns: 'common' })}
      </h2>
      <p>{items.length === 0 ? t('review.empty') : t('review.count', { count: items.length })}</p>
      <p role="status" className="ms-done">
        {done}
      </p>
      {failure && <WriteError error={failure.error} about={failure.about} />}
      {items.map((item) => (
        <ReviewItem key={`${item.action.id}|${item.report.country}`} item={item} onReviewed={reviewed} onFailed={failed} />
      ))}
    </section>
  );
}

interface ReviewItemProps {
  item: QueueItem<ReportingAction, Report>;
  onReviewed: (message: string) => void;
  onFailed: (error: unknown, about: string) => void;
}

function ReviewItem({ item, onReviewed, onFailed }: ReviewItemProps) {
  const { t, language } = useTranslation('member-states');
  const reload = useReloadMemberStates();
  const id = useId();
  const { action, report, countryName } = item;
  const heading = t('review.itemHeading', { country: countryName, ref: action.ref });
  const [comment, setComment] = useState('');
  const [commentProblem, setCommentProblem] = useState<string | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const mutationId = useRef<string | null>(null);

  // Once accepted, the report's action and the figures that count reports are read again (api.ts).
  const review = useReviewReport({
    onSuccess: (_result, input) => {
      mutationId.current = null;
      const words = { country: countryName, ref: action.ref };
      onReviewed(input.decision === 'ACCEPT' ? t('review.accepted', words) : t('review.returned', words));
    },
    onError: async (error) => {
      if (!(error instanceof ApiError && error.code === 'NETWORK')) mutationId.current = null;
      onFailed(error, heading);
      await reload();
    },
  });

  function decide(decision: ReviewDecision) {
    if (review.isPending) return;
    const trimmed = comment.trim();
    if (decision === 'RETURN' && !trimmed) {
      setCommentProblem(t('review.commentRequired'));
      commentRef.current?.focus();
      return;
    }
    setCommentProblem(null);
    mutationId.current ??= crypto.randomUUID();
    review.mutate({
      actionId: action.id,
      country: report.country,
      expectedVersion: report.version,
      decision,
      comment: trimmed || null,
      clientMutationId: mutationId.current,
    });
  }

  return (
    <article className="ms-report-card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <p className="ms-action-text" lang="en">
        {action.text}
      </p>
      <dl className="ms-facts">
        <dt>{t('review.status')}</dt>
        <dd>
          <ReportBadge status={report.status} review={report.review?.state ?? null} />
        </dd>
        <dt>{t('review.note')}</dt>
        <dd>{report.note || t('review.noNote')}</dd>
        <dt>{t('review.evidence')}</dt>
        <dd>
          {!report.evidenceUrls || report.evidenceUrls.length === 0 ? (
            t('review.noEvidence')
          ) : (
            <ul className="plain-list">
              {report.evidenceUrls.map((url) => (
                <li key={url}>
                  <a href={url} rel="noreferrer noopener" target="_blank">
                    {url}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {report.reportedAt && (
        <p className="small">{t('review.reportedBy', { by: report.reportedBy ?? '', date: formatDateTime(report.reportedAt, language) })}</p>
      )}
      <form
        className="ms-form"
        aria-label={heading}
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          decide('RETURN');
        }}
      >
        <div className="ms-field">
          <label htmlFor={`${id}-comment`}>{t('review.comment')}</label>
          <span className="small" id={`${id}-comment-hint`}>
            {t('review.commentHint')}
          </span>
          {commentProblem && (
            <span className="ms-field__error" id={`${id}-comment-error`}>
              {commentProblem}
            </span>
          )}
          <textarea
            ref={commentRef}
            id={`${id}-comment`}
            rows={2}
            maxLength={2000}
            value={comment}
            aria-invalid={commentProblem ? true : undefined}
            aria-describedby={[`${id}-comment-hint`, commentProblem && `${id}-comment-error`].filter(Boolean).join(' ')}
            onChange={(event) => {
              mutationId.current = null;
              setComment(event.target.value);
            }}
          />
        </div>
        <div className="ms-buttons">
          <button type="button" className="button" aria-disabled={review.isPending || undefined} onClick={() => decide('ACCEPT')}>
            {review.isPending && review.variables?.decision === 'ACCEPT' ? t('review.saving') : t('review.accept')}
          </button>
          <button type="submit" className="button button--secondary" aria-disabled={review.isPending || undefined}>
            {review.isPending && review.variables?.decision === 'RETURN' ? t('review.saving') : t('review.return')}
          </button>
        </div>
      </form>
    </article>
  );
}
