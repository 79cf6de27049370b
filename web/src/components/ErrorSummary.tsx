import type { MouseEvent } from 'react';

export interface SummaryProblem {
  /** The id of the field the problem is about: the link's anchor, and what takes focus. */
  fieldId: string;
  text: string;
}

/**
 * The problems of a form listed above it, each a link to its field (issue 14): following one
 * moves the focus into the field, where its problem is read with it (Field's aria-describedby).
 */
export function ErrorSummary({ heading, problems }: { heading: string; problems: readonly SummaryProblem[] }) {
  if (problems.length === 0) return null;
  const focus = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView?.({ block: 'center' });
  };
  return (
    <div className="form-summary" role="alert">
      <p>{heading}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.fieldId}-${index}`}>
            <a href={`#${problem.fieldId}`} onClick={(event) => focus(event, problem.fieldId)}>
              {problem.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
