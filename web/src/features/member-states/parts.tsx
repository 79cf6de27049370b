import { useCallback } from 'react';
import type { ReviewState } from '../../gql/graphql';
import { formatPercent } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { writeProblem } from './errors';
import { coverageText, type CellStatus, type CoverageEntry } from './matrix';

/** A refused or failed write, in words: announced as soon as it appears. */
export function WriteError({ error, about }: { error: unknown; about?: string }) {
  const { t } = useTranslation('member-states');
  const { key, message } = writeProblem(error);
  return (
    <div role="alert" className="message message--error">
      {about && (
        <p>
          <strong>{about}</strong>
        </p>
      )}
      <p>{t(key, { message: message || t('error.fallback', { ns: 'common' }) })}</p>
    </div>
  );
}

/** Shapes that tell the review states apart without colour; the state is always written beside them. */
const REVIEW_SYMBOLS: Record<ReviewState, string> = { SUBMITTED: '○', ACCEPTED: '✓', RETURNED: '↩' };

/** A report's status and review state, written out; the tint and the shape only help scanning. */
export function ReportBadge({ status, review }: { status: CellStatus; review: ReviewState | null }) {
  const { t } = useTranslation();
  return (
    <span className={`ms-report ms-report--${modifier(status)}`}>
      <span className="ms-report__status">{t(`reportStatus.${status}`)}</span>
      {review && (
        <>
          <span className="visually-hidden">, </span>
          <span className={`ms-review ms-review--${modifier(review)}`}>
            <span aria-hidden="true">{REVIEW_SYMBOLS[review]}</span> {t(`reviewState.${review}`)}
          </span>
        </>
      )}
    </span>
  );
}

/** "2 of 4 reported (50%), 1 accepted", or that there is no round yet. */
export function useCoverageText(): (entry: CoverageEntry | undefined) => string {
  const { t, language } = useTranslation('member-states');
  return useCallback(
    (entry) => {
      const text = coverageText(entry);
      if (text.key === 'coverage.noRound') return t(text.key);
      return t(text.key, {
        reported: text.reported,
        expected: text.expected,
        count: text.accepted,
        percent: formatPercent(text.percent, language),
      });
    },
    [t, language],
  );
}

function modifier(value: string): string {
  return value.toLowerCase().replaceAll('_', '-');
}
