/**
 * `npm run people:first-coordinator -- <e-mail> "<name>"`: invites a new deployment's first
 * coordinator through the product's own people service (Cognito sends the invitation; the table
 * records the person and the invitation), with the operator's AWS credentials. TABLE_NAME and
 * USER_POOL_ID name the stage's table and pool (docs/DEPLOY.md shows where to read them).
 * Does nothing once the stage has a coordinator: they invite everyone else from the People page.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createCognitoDirectory } from '../functions/people/cognito-directory.js';
import { ensureFirstCoordinator } from '../functions/people/first-coordinator.js';
import { createPeopleService } from '../functions/people/service.js';
import { createDynamoClient } from '../functions/store/dynamo-client.js';
import { createDynamoStore } from '../functions/store/dynamo-store.js';
import { createPeopleStore } from '../functions/store/people-store.js';
import { catalogue } from '../functions/domain/strategy-catalogue.js';

async function main() {
  const [email, name] = process.argv.slice(2);
  const tableName = process.env.TABLE_NAME;
  const userPoolId = process.env.USER_POOL_ID;
  if (!email || !name || !tableName || !userPoolId) {
    console.error('Usage: TABLE_NAME=<table> USER_POOL_ID=<pool> npm run people:first-coordinator -- <e-mail> "<name>"');
    process.exit(2);
  }
  const documentClient = DynamoDBDocumentClient.from(createDynamoClient(), { marshallOptions: { removeUndefinedValues: true } });
  const store = createDynamoStore({ documentClient, tableName });
  const people = createPeopleStore({ documentClient, tableName });
  const service = createPeopleService({
    people,
    directory: createCognitoDirectory({ client: new CognitoIdentityProviderClient({}), userPoolId }),
    bindings: async () => (await store.getStrategy(catalogue.strategy.id)) ?? { actors: [], memberStates: [] },
  });
  const result = await ensureFirstCoordinator(service, () => people.list(), { email, name });
  if ('existing' in result) console.log(`Nothing done: ${result.existing.name} is already a coordinator. Invite people from the People page.`);
  else console.log(`Invited ${result.invited.name} <${result.invited.email}> as coordinator: Cognito e-mails the temporary password.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
