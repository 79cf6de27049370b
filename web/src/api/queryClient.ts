import { QueryClient } from '@tanstack/react-query';
import { FINAL_ERROR_CODES } from '../../../functions/domain/error-codes';
import { ApiError } from './client';

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && FINAL_ERROR_CODES.has(error.code)) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
