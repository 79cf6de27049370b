/**
 * What each write refreshes (app/writes.ts, with every feature's query keys), loaded once a
 * write has succeeded rather than with every page that could write: reading a page never
 * downloads it.
 */
export const afterWrite = () => import('./writes');
