import { ApiError } from '../../api/client';
import { errorMessage } from '../../api/errorMessage';

export type WriteProblemKey = 'write.conflict' | 'write.forbidden' | 'write.badInput' | 'write.notFound' | 'write.failed';

/**
 * Which sentence explains a refused write, and the server's own words to go with it.
 * CONFLICT means someone saved first: the page reloads the latest and keeps what was typed.
 */
export function writeProblem(error: unknown): { key: WriteProblemKey; message: string } {
  const message = errorMessage(error, '');
  const code = error instanceof ApiError ? error.code : undefined;
  switch (code) {
    case 'CONFLICT':
      return { key: 'write.conflict', message };
    case 'FORBIDDEN':
      return { key: 'write.forbidden', message };
    case 'BAD_USER_INPUT':
      return { key: 'write.badInput', message };
    case 'NOT_FOUND':
      return { key: 'write.notFound', message };
    default:
      return { key: 'write.failed', message };
  }
}
