import { formatDate } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { Field } from './Field';
import type { EffectiveBounds, EffectiveProblem } from './effective';

/**
 * "When did this happen?": a date input, today by default, with the days allowed shown and
 * enforced (min, max). Its words are under `effective` in the namespace of the page it is on
 * (`action`, `member-states`), which that page has already loaded: the field never suspends it.
 */
export function EffectiveDateField({
  id,
  value,
  bounds,
  problem,
  onChange,
  namespace = 'action',
}: {
  id: string;
  value: string;
  bounds: EffectiveBounds;
  problem: EffectiveProblem | null;
  onChange: (value: string) => void;
  namespace?: 'action' | 'member-states';
}) {
  const { t, language } = useTranslation(namespace);
  return (
    <Field
      id={id}
      label={t('effective.label')}
      hint={t('effective.hint', { earliest: formatDate(bounds.earliest, language), latest: formatDate(bounds.latest, language) })}
      problem={effectiveProblemText(t, language, problem)}
    >
      {(props) => (
        <input
          {...props}
          type="date"
          required
          min={bounds.earliest}
          max={bounds.latest}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export function effectiveProblemText(
  t: (key: string, values?: Record<string, unknown>) => string,
  language: string,
  problem: EffectiveProblem | null,
): string | undefined {
  if (!problem) return undefined;
  if (!('values' in problem)) return t(`effective.${problem.code}`);
  return t(`effective.${problem.code}`, {
    earliest: formatDate(problem.values.earliest, language),
    latest: formatDate(problem.values.latest, language),
  });
}
