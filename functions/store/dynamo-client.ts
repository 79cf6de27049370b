import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';

/**
 * The DynamoDB client every part of the product uses (the Lambda handlers and local mode).
 *
 * The SDK's HTTP handler sets no timeout of its own: a request that DynamoDB or the network
 * never answers waits for ever, and since the requests of a server instance share one
 * check of the revision (functions/store/state-reader.ts), one such request held every reader of the
 * instance until the Lambda timed out (15 s) or, locally, for good. `npm run soak` showed it
 * (docs/RELIABILITY.md). So each attempt gets 1 s to connect and 3 s to be answered, and the
 * SDK makes at most 3 attempts (its retries back off, and a transaction keeps its
 * ClientRequestToken, so DynamoDB applies it once): a call that cannot succeed fails within
 * about 10 s, inside the API function's 15 s.
 */
export const DYNAMODB_CLIENT_SETTINGS = {
  maxAttempts: 3,
  requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000, throwOnRequestTimeout: true },
} as const satisfies DynamoDBClientConfig;

export function createDynamoClient(config: DynamoDBClientConfig = {}): DynamoDBClient {
  return new DynamoDBClient({ ...DYNAMODB_CLIENT_SETTINGS, ...config });
}
