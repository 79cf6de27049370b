import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GraphQLClient } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { afterWrite } from '../../app/afterWrite';
import type { WriteCallbacks } from '../../app/writes';
import type { InvitePersonInput, UpdatePersonInput } from '../../gql/graphql';
import {
  DirectoryMismatchesDocument,
  DisablePersonDocument,
  EnablePersonDocument,
  InvitePersonDocument,
  PeopleDocument,
  PersonHistoryDocument,
  ReconcilePersonDocument,
  UpdatePersonDocument,
  type InvitePersonMutation,
  type PeopleQueryVariables,
  type ReconcilePersonMutation,
  type UpdatePersonMutation,
} from './api.generated';
import { peopleKeys } from './keys';

/**
 * The People page's data access: documents in api.graphql (typed in api.generated.ts), keys in
 * keys.ts; here the reads and the writes, each of which refreshes the people lists, the
 * national contacts and that person's account once the API has accepted it (app/writes.ts).
 */
export { peopleKeys };
export type { PersonFieldsFragment } from './api.generated';

export function peopleOptions(client: GraphQLClient, variables: PeopleQueryVariables) {
  return queryOptions({ queryKey: peopleKeys.list(variables), queryFn: ({ signal }) => client.request(PeopleDocument, variables, { signal }) });
}

export function usePeople(variables: PeopleQueryVariables) {
  return useQuery(peopleOptions(useGraphQLClient(), variables));
}

export function usePersonHistory(id: string) {
  const client = useGraphQLClient();
  return useQuery({ queryKey: peopleKeys.history(id), queryFn: ({ signal }) => client.request(PersonHistoryDocument, { id }, { signal }) });
}

/** Where the directory (Cognito) and the product's records disagree. */
export function useDirectoryMismatches() {
  const client = useGraphQLClient();
  return useQuery({ queryKey: peopleKeys.mismatches(), queryFn: ({ signal }) => client.request(DirectoryMismatchesDocument, {}, { signal }) });
}

/** A write about one person: the form's callbacks first, then what the write changed is read again. */
function usePersonWrite<TResult extends object, TInput>(
  write: (client: GraphQLClient, input: TInput) => Promise<TResult>,
  personOf: (result: TResult) => string,
  callbacks: WriteCallbacks<TResult, TInput>,
) {
  const client = useGraphQLClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) => write(client, input),
    onSuccess: async (result, input) => {
      callbacks.onSuccess?.(result, input);
      await (await afterWrite()).invalidatePersonWrite(queryClient, personOf(result));
    },
    onError: (error) => callbacks.onError?.(error),
  });
}

export function useInvitePerson(callbacks: WriteCallbacks<InvitePersonMutation, InvitePersonInput> = {}) {
  return usePersonWrite(
    (client, input: InvitePersonInput) => client.request(InvitePersonDocument, { input }),
    (result) => result.invitePerson.id,
    callbacks,
  );
}

export function useUpdatePerson(callbacks: WriteCallbacks<UpdatePersonMutation, UpdatePersonInput> = {}) {
  return usePersonWrite(
    (client, input: UpdatePersonInput) => client.request(UpdatePersonDocument, { input }),
    (result) => result.updatePerson.id,
    callbacks,
  );
}

/** Disables (signs the person out at once) or enables a person. */
export function useSetPersonEnabled(callbacks: WriteCallbacks<{ id: string }, { id: string; enabled: boolean }> = {}) {
  return usePersonWrite(
    async (client, { id, enabled }: { id: string; enabled: boolean }) =>
      enabled
        ? (await client.request(EnablePersonDocument, { id })).enablePerson
        : (await client.request(DisablePersonDocument, { id })).disablePerson,
    (result) => result.id,
    callbacks,
  );
}

export function useReconcilePerson(callbacks: WriteCallbacks<ReconcilePersonMutation, string> = {}) {
  return usePersonWrite(
    (client, id: string) => client.request(ReconcilePersonDocument, { id }),
    (result) => result.reconcilePerson.id,
    callbacks,
  );
}
