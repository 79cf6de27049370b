import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';

/**
 * The floors `action(id)` is measured against (issue 11), run in the same benchmark run on the
 * same machine as the product:
 *   - a bare graphql-yoga server answering `{ hello }`: the same graphql-yoga version and the
 *     same node:http front door as the local server, with none of the product's plugins,
 *     context, authentication or data;
 *   - one bare DynamoDB Local GetItem of an action's item (the SDK's document client, as the
 *     product's store uses it), sent by the load generator's thread straight to DynamoDB Local.
 * A request for one action cannot be cheaper than one HTTP GraphQL round trip plus one read of
 * its item: the budget compares the product with their sum.
 */
export interface HelloServer {
  url: string;
  close(): Promise<void>;
}

export async function startHelloServer(): Promise<HelloServer> {
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
    graphqlEndpoint: '/graphql',
    logging: false,
    graphiql: false,
    landingPage: false,
  });
  const server: Server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const HELLO = '{ hello }';
