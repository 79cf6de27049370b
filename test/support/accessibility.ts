import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The rules every page is held to: WCAG 2.1 levels A and AA. */
const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's findings on the page as it stands, one line each: "rule: selector, selector".
 *
 * axe-core's own `axe.run` in the page, put there once per document. @axe-core/playwright's
 * `analyze()` did the same run at about twice the cost (docs/PERFORMANCE.md, "The test
 * suite"): it evaluated axe's 550 kB script into the page twice at every call and, to allow
 * for cross-origin frames, ran axe in parts and joined them in a new blank page, where it
 * evaluated the script again. The app has no frames; on the pages measured the results (every
 * violation, pass and incomplete) were the same.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object'))) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, WCAG_A_AA);
}

/**
 * Every box on the page whose content overflows it and can be scrolled, described when a keyboard
 * cannot reach it (not focusable and holding nothing focusable) or a screen reader cannot name it.
 * The same defect axe's scrollable-region-focusable reports, checked here on its own so that it
 * does not depend on which axe or Chromium version finds it.
 */
export function unreachableScrollBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(element);
      const scrolls = (axis: 'x' | 'y') => ['auto', 'scroll'].includes(axis === 'x' ? style.overflowX : style.overflowY);
      const overflows =
        (scrolls('x') && element.scrollWidth > element.clientWidth + 1) || (scrolls('y') && element.scrollHeight > element.clientHeight + 1);
      if (!overflows || element.getClientRects().length === 0) continue;
      const describe = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
      if (element.tabIndex < 0) found.push(`${describe}: not focusable`);
      const labelledBy = element.getAttribute('aria-labelledby');
      const name = element.getAttribute('aria-label') ?? (labelledBy ? document.getElementById(labelledBy)?.textContent : null);
      if (!name?.trim()) found.push(`${describe}: no name`);
    }
    return found;
  });
}
