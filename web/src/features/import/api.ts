import { useQueryClient } from '@tanstack/react-query';
import { afterWrite } from '../../app/afterWrite';
import { applyPreview, type ImportResult } from './importRequest';

/**
 * The import page's one write (not GraphQL: the workbook goes to /import, importRequest.ts).
 * The rows it applies are action updates and reports, of any number of actions: once applied,
 * every page that shows an action or a report reads it again (app/writes.ts). The page keeps
 * its own steps (reading, preview, applying, result), so this is a plain function rather than
 * a useMutation, whose state it would not read.
 */
export function useApplyImport(token: string | null) {
  const queryClient = useQueryClient();
  return async (id: string, select: readonly string[]): Promise<ImportResult> => {
    const result = await applyPreview(id, select, { token });
    void afterWrite().then((writes) => writes.invalidateImport(queryClient));
    return result;
  };
}
