import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';

/**
 * Events as AWS delivers them, field for field, so that the handlers are tested on the shapes
 * they will receive. API Gateway's JWT authorizer hands every claim over as a string, arrays
 * included ("[OWNER VIEWER]").
 */
export interface HttpApiRequest {
  method: 'GET' | 'POST';
  rawQueryString?: string;
  body?: string;
  isBase64Encoded?: boolean;
  headers?: Record<string, string>;
  cookies?: string[];
  /** Omit to model a request that reached the function without verified claims. */
  claims?: Record<string, string>;
}

const API_ID = 'a1b2c3d4e5';
const DOMAIN = `${API_ID}.execute-api.eu-west-1.amazonaws.com`;

export function httpApiEvent(request: HttpApiRequest): APIGatewayProxyEventV2WithJWTAuthorizer {
  const routeKey = `${request.method} /graphql`;
  const now = new Date();
  const event = {
    version: '2.0',
    routeKey,
    rawPath: '/graphql',
    rawQueryString: request.rawQueryString ?? '',
    ...(request.cookies ? { cookies: request.cookies } : {}),
    headers: {
      accept: 'application/graphql-response+json, application/json',
      'accept-encoding': 'gzip, deflate, br',
      'content-length': String(request.body ? Buffer.byteLength(request.body) : 0),
      host: DOMAIN,
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64)',
      'x-amzn-trace-id': 'Root=1-6565a1b2-0123456789abcdef01234567',
      'x-forwarded-for': '203.0.113.7',
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
      ...(request.method === 'POST' ? { 'content-type': 'application/json' } : {}),
      ...(request.claims ? { authorization: 'Bearer eyJraWQiOi...' } : {}),
      ...request.headers,
    },
    ...(request.rawQueryString ? { queryStringParameters: Object.fromEntries(new URLSearchParams(request.rawQueryString)) } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: API_ID,
      ...(request.claims ? { authorizer: { jwt: { claims: request.claims, scopes: null } } } : {}),
      domainName: DOMAIN,
      domainPrefix: API_ID,
      http: { method: request.method, path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' },
      requestId: `Kx${now.getTime()}=`,
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(request.body !== undefined ? { body: request.body } : {}),
    isBase64Encoded: request.isBase64Encoded ?? false,
  };
  return event as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
}

/** The claims of a Cognito ID token, as the JWT authorizer passes them on. */
export function cognitoClaims(user: { sub: string; name: string; groups: string[]; actor?: string; country?: string }): Record<string, string> {
  return {
    sub: user.sub,
    'cognito:groups': `[${user.groups.join(' ')}]`,
    'cognito:username': user.sub,
    email_verified: 'true',
    iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123',
    aud: '1example23456789',
    token_use: 'id',
    auth_time: '1391731200',
    exp: '1391734800',
    iat: '1391731200',
    name: user.name,
    email: `${user.sub}@example.eu`,
    ...(user.actor ? { 'custom:actor': user.actor } : {}),
    ...(user.country ? { 'custom:country': user.country } : {}),
  };
}

export function lambdaContext(functionName: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-west-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2014/02/07/[$LATEST]abcdef',
    getRemainingTimeInMillis: () => 15_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
