export const SIGN_IN_PATH = '/sign-in';
export const HOME_PATH = '/actions';

/** Where to go after signing in: back where the visitor was sent from, if that was a page of this app. */
export function returnPath(state: unknown): string {
  const from = typeof state === 'object' && state !== null && 'from' in state ? state.from : undefined;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith(SIGN_IN_PATH)) {
    return HOME_PATH;
  }
  return from;
}
