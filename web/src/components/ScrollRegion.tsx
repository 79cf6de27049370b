import type { ReactNode } from 'react';

interface ScrollRegionProps {
  /** The id of what names the content: the table's caption, or the heading of its section. */
  labelledBy: string;
  children: ReactNode;
}

/**
 * The one box in the app whose content scrolls sideways: a data table keeps its columns on a
 * narrow screen (WCAG 1.4.10 exempts data tables from reflow) and scrolls in this box instead.
 * The box takes focus, so a keyboard user can scroll it with the arrow keys (WCAG 2.1.1), and it
 * is a region named after its content, so a screen reader says what the focus landed on. The
 * linter refuses the `table-scroll` class anywhere else, so no scrolling box can miss either.
 */
export function ScrollRegion({ labelledBy, children }: ScrollRegionProps) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
