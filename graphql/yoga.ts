import { createSchema, createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { DEFAULT_HEALTH_CONFIG, type HealthConfig } from '../functions/domain/health.js';
import type { Viewer } from '../functions/domain/model.js';
import { isStoreBusy, type Store } from '../functions/store/store.js';
import { createStateReader } from '../functions/store/state-reader.js';
import type { PeopleService } from '../functions/people/service.js';
import { useAnswerMemo } from './answer-memo.js';
import { createRequestLoaders, type GraphQLContext } from './context.js';
import { createEarlyCheck } from './early-check.js';
import { useContractErrorCodes } from './contract-error-codes.js';
import { corsFor, useRequestBodyLimit } from './front-door.js';
import { serviceUnavailable, unauthenticated } from './errors.js';
import { typeDefs } from './generated/type-defs.js';
import { resolvers } from './resolvers.js';
import { useVariableLimits } from './variable-limits.js';
import { useDocumentNestingLimit } from './document-nesting.js';
import { scalars } from './scalars.js';

/**
 * The one yoga definition. The Lambda handler, the local server and the tests all build
 * their server through `createApp`, with their own store, clock and identity.
 */
export interface AppDependencies {
  store: Store;
  strategyId: string;
  /**
   * Returns the verified viewer for a request, or null when there is none or the token does
   * not verify. Local mode verifies the bearer token; the Lambda reads the claims that API
   * Gateway's JWT authorizer already verified.
   */
  authenticate(request: Request, serverContext: ServerContext): Promise<Viewer | null>;
  /** 'local' enables introspection, field suggestions and GraphiQL; 'cloud' turns them off. */
  mode: 'local' | 'cloud';
  clock?: () => Date;
  healthConfig?: HealthConfig;
  logError?: (message: string, error: unknown) => void;
  /** Yoga's own request logging; off in tests that provoke failures on purpose. */
  logging?: boolean;
  /** Origins answered with CORS headers; none by default (same origin only, see front-door.ts). */
  allowedOrigins?: readonly string[];
  /** People and access (issue 12): the local server and the Lambda pass one; tests of other features need none. */
  people?: PeopleService;
}

/**
 * Query limits (graphql-armor): generous for the dashboard's real queries, fatal for abusive
 * ones. Field suggestions would reveal the schema, so they are blocked outside local mode.
 */
export const QUERY_LIMITS = {
  maxDepth: { n: 10 },
  maxAliases: { n: 15 },
  maxTokens: { n: 2000 },
  maxDirectives: { n: 10 },
  costLimit: { maxCost: 20_000 },
} as const;

function queryLimits(mode: AppDependencies['mode']): Plugin {
  return EnvelopArmorPlugin({ ...QUERY_LIMITS, blockFieldSuggestion: { enabled: mode !== 'local' } });
}

/** What the front door passes along with the request (the Lambda event, the Node request...). */
export type ServerContext = Record<string, unknown>;
export type App = YogaServerInstance<ServerContext, GraphQLContext>;

export function createApp(deps: AppDependencies): App {
  const clock = deps.clock ?? (() => new Date());
  const logError = deps.logError ?? ((message, error) => console.error(message, error));
  const plugins: Plugin[] = [
    useRequestBodyLimit(),
    queryLimits(deps.mode),
    useDocumentNestingLimit(),
    useVariableLimits(),
    useContractErrorCodes(),
    useAnswerMemo() as Plugin,
  ];
  const stateReader = createStateReader(deps.store, deps.strategyId);
  const earlyCheck = createEarlyCheck(stateReader, deps.authenticate);
  plugins.push(earlyCheck.plugin);
  if (deps.mode !== 'local') plugins.push(useDisableIntrospection());

  return createYoga<ServerContext, GraphQLContext>({
    schema: createSchema<ServerContext & GraphQLContext>({ typeDefs, resolvers: [resolvers, scalars] }),
    graphqlEndpoint: '/graphql',
    batching: false,
    logging: deps.logging ?? true,
    graphiql: deps.mode === 'local',
    landingPage: false,
    cors: corsFor(deps.allowedOrigins ?? []),
    plugins,
    maskedErrors: {
      maskError(error, message) {
        // Errors created with a contract code pass through unchanged; a database too busy to
        // answer is SERVICE_UNAVAILABLE (send it again); anything else is logged here and
        // reaches the client as INTERNAL_SERVER_ERROR, with no stack and no detail.
        if (isStoreBusy((error as { originalError?: unknown }).originalError ?? error)) return serviceUnavailable();
        const masked = maskError(error, message, false);
        if (masked !== error) logError('Unexpected error while serving GraphQL', error);
        return masked;
      },
    },
    async context({ request, ...serverContext }) {
      // Authenticated once: on arrival if the instance keeps a state (early-check.ts), else here.
      const viewer = await (earlyCheck.viewerOf(request) ?? deps.authenticate(request, serverContext));
      if (!viewer) throw unauthenticated();
      const loaders = createRequestLoaders(deps.store, deps.strategyId, stateReader, earlyCheck.countOf(request));
      const context: GraphQLContext = {
        viewer,
        store: deps.store,
        strategyId: deps.strategyId,
        now: clock,
        today: clock().toISOString().slice(0, 10),
        healthConfig: deps.healthConfig ?? DEFAULT_HEALTH_CONFIG,
        loaders,
        stateReader,
        ...(deps.people ? { people: deps.people } : {}),
      };
      return context;
    },
  });
}
