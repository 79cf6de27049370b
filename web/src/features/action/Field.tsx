import type { ReactNode } from 'react';

/**
 * A labelled form field with its hint and its problem tied to it (aria-describedby), so a
 * screen reader reads both when the field takes focus.
 */
export function Field({
  id,
  label,
  hint,
  problem,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  problem?: string | undefined;
  children: (described: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [problem ? problemId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={`form-field${problem ? ' form-field--invalid' : ''}`}>
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-field__hint" id={hintId}>
          {hint}
        </span>
      )}
      {problem && (
        <span className="form-field__problem" id={problemId}>
          {problem}
        </span>
      )}
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(problem ? { 'aria-invalid': true as const } : {}) })}
    </div>
  );
}
