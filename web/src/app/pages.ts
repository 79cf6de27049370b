import type { ComponentType } from 'react';
import { SIGN_IN_CALLBACK_PATH, SIGN_IN_PATH } from './paths';
import type { PagePreload, PreloadContext } from './preload';

/**
 * The app's pages: each address pattern with the chunk that draws it, the text namespaces it
 * shows besides the common text, and, for some, a small module that starts its data
 * (preload.ts). routes.tsx turns the table into routes; main.tsx reads it at start to fetch what
 * the opened address needs. It holds no React Router, which stays out of the first script.
 */
export interface PageEntry {
  /** A React Router path pattern: static segments and `:param` segments, or `*`. */
  path: string;
  namespaces: readonly string[];
  load: () => Promise<{ default: ComponentType }>;
  data?: () => Promise<{ preload: PagePreload }>;
}

const page = (path: string, namespaces: string | readonly string[], load: PageEntry['load'], data?: PageEntry['data']): PageEntry => ({
  path,
  namespaces: typeof namespaces === 'string' ? [namespaces] : namespaces,
  load,
  data,
});

/** Pages shown to anyone. */
export const publicPages = [
  page(SIGN_IN_PATH, [], () => import('../features/sign-in/SignInPage')),
  page(SIGN_IN_CALLBACK_PATH, [], () => import('../features/sign-in/SignInCallbackPage')),
];

/** The slides take the whole screen: no header, no menu. */
export const presentationPage = page('/present', 'presentation', () => import('../features/presentation/PresentationPage'));

/** The signed-in pages inside the header and menu; the first is the landing. */
export const appPages = [
  page('/', 'tasks', () => import('../features/tasks/LandingPage')),
  page('/tasks', 'tasks', () => import('../features/tasks/TasksPage')),
  page(
    '/overview',
    // The late-records note is the effective-dates feature's.
    ['overview', 'effective'],
    () => import('../features/overview/OverviewPage'),
    () => import('../features/overview/preload'),
  ),
  page('/actions', 'actions', () => import('../features/actions/ActionsPage')),
  page('/actions/:actionId', 'action', () => import('../features/action/ActionPage')),
  page('/member-states', 'member-states', () => import('../features/member-states/MemberStatesPage')),
  page('/scorecards', 'scorecards', () => import('../features/scorecards/ScorecardsPage')),
  page('/scorecards/:actorId', 'scorecards', () => import('../features/scorecards/ScorecardPage')),
  page('/changes', 'changes', () => import('../features/changes/ChangesPage')),
  page('/forecast', 'forecast', () => import('../features/forecast/ForecastPage')),
  page('/report', 'report', () => import('../features/report/ReportPage')),
  page('/people', 'people', () => import('../features/people/PeoplePage')),
  page('/account', 'account', () => import('../features/account/AccountPage')),
  page('/import', 'import', () => import('../features/import/ImportPage')),
];

export const notFoundPage = page('*', [], () => import('./NotFoundPage'));

/**
 * Whether a pathname is one of a pattern's addresses, as React Router matches the table's
 * patterns (pages.test.ts holds the two to the same answers): segment by segment, a `:param`
 * taking any one non-empty segment, letters in any case, a trailing slash allowed.
 */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const segments = (path: string) => path.split('/').filter(Boolean);
  const want = segments(pattern);
  const have = segments(pathname);
  return (
    want.length === have.length && want.every((segment, index) => segment.startsWith(':') || segment.toLowerCase() === have[index]!.toLowerCase())
  );
}

/** The page an address opens, if it is one of the table's (the not-found page aside). */
export function pageOf(pathname: string): PageEntry | undefined {
  return [...publicPages, presentationPage, ...appPages].find((entry) => matchesPattern(entry.path, pathname));
}

/**
 * Asks for a page's data, for a signed-in visitor, at start: its preload module (small, so
 * first in line) then what that asks for, with the query options the page reads, so the page
 * later finds the data in the cache or on its way.
 */
export function preloadData(page: PageEntry | undefined, context: PreloadContext): void {
  page
    ?.data?.()
    .then(({ preload }) => preload(context))
    .catch(() => undefined);
}

/** Fetches a page's chunk ahead of its render: the browser keeps the module, so the page's own import later finds it loaded. */
export function preloadChunk(page: PageEntry | undefined): void {
  page?.load().catch(() => undefined);
}
