export const SIGN_IN_PATH = '/sign-in';
/** Where Cognito's hosted sign-in sends the browser back with the authorization code. */
export const SIGN_IN_CALLBACK_PATH = '/auth/callback';
export const HOME_PATH = '/overview';
/** Where signing in lands: "Your tasks" when something asks the person to act, otherwise the overview (features/tasks/LandingPage). */
export const LANDING_PATH = '/';

/** Every page of the signed-in app, so links are built in one place. */
export const paths = {
  tasks: '/tasks',
  overview: '/overview',
  actions: '/actions',
  action: (id: string) => `/actions/${encodeURIComponent(id)}`,
  memberStates: '/member-states',
  scorecards: '/scorecards',
  scorecard: (actorId: string) => `/scorecards/${encodeURIComponent(actorId)}`,
  changes: '/changes',
  forecast: '/forecast',
  report: '/report',
  present: '/present',
  people: '/people',
  account: '/account',
  import: '/import',
} as const;

/** Where to go after signing in: back where the visitor was sent from, if that was a page of this app; else the landing. */
export function returnPath(state: unknown): string {
  const from = typeof state === 'object' && state !== null && 'from' in state ? state.from : undefined;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith(SIGN_IN_PATH)) {
    return LANDING_PATH;
  }
  return from;
}
