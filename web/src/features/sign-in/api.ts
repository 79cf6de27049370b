import { queryOptions, useQuery } from '@tanstack/react-query';
import { discoverSignInMethod } from '../../auth/signInMethods';
import { signInKeys } from './keys';

/** The sign-in page's data access: not GraphQL (nobody is signed in yet), but keyed like every other read (keys.ts). */
export { signInKeys };

/** How this deployment signs people in: the local users to choose from, or the hosted sign-in. */
export function signInMethodOptions() {
  return queryOptions({ queryKey: signInKeys.method(), queryFn: ({ signal }) => discoverSignInMethod(fetch, signal) });
}

export function useSignInMethod(enabled: boolean) {
  return useQuery({ ...signInMethodOptions(), enabled });
}
