import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateImport } from '../../app/writes';
import { applyPreview } from './importRequest';

/**
 * The import page's one write (not GraphQL: the workbook goes to /import, importRequest.ts).
 * The rows it applies are action updates and reports, of any number of actions: once applied,
 * every page that shows an action or a report reads it again (app/writes.ts).
 */
export function useApplyImport(token: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, select }: { id: string; select: readonly string[] }) => applyPreview(id, select, { token }),
    onSuccess: () => void invalidateImport(queryClient),
  });
}
