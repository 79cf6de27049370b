import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Checksum, SourceData } from '@smithy/types';
import type { ListUsersInGroup, ListUsersInGroupOutput } from './directory.js';

/**
 * Cognito's ListUsersInGroup over its JSON protocol, signed with the SDK's own SigV4 signer.
 * Interim: `@aws-sdk/client-cognito-identity-provider` is not a dependency yet. Once it is,
 * this file becomes `(input) => client.send(new ListUsersInGroupCommand(input))`.
 */
const toBytes = (data: SourceData): Uint8Array =>
  typeof data === 'string'
    ? Buffer.from(data, 'utf8')
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

class NodeSha256 implements Checksum {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.create();
  }
  private create() {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', toBytes(this.secret));
  }
  update(data: Uint8Array): void {
    this.hash.update(data);
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
  reset(): void {
    this.hash = this.create();
  }
}

export interface CognitoUsersApiOptions {
  region: string;
  /** Overrides `https://cognito-idp.<region>.amazonaws.com` (tests). */
  endpoint?: string;
  credentials?: ConstructorParameters<typeof SignatureV4>[0]['credentials'];
  fetch?: typeof fetch;
}

export function createListUsersInGroup({ region, endpoint, credentials, fetch: fetchImpl = fetch }: CognitoUsersApiOptions): ListUsersInGroup {
  const url = new URL(endpoint ?? `https://cognito-idp.${region}.amazonaws.com/`);
  const signer = new SignatureV4({
    service: 'cognito-idp',
    region,
    credentials: credentials ?? defaultProvider(),
    sha256: NodeSha256,
  });

  return async (input) => {
    const body = JSON.stringify(input);
    const signed = await signer.sign({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query: {},
      headers: {
        host: url.host,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.ListUsersInGroup',
      },
      body,
    });
    const { host: _host, ...headers } = signed.headers;
    const response = await fetchImpl(url, { method: 'POST', headers, body });
    const payload = (await response.json().catch(() => ({}))) as ListUsersInGroupOutput & { __type?: string; message?: string };
    if (!response.ok) {
      const type = payload.__type?.split('#').pop() ?? `HTTP ${response.status}`;
      throw new Error(`Cognito ListUsersInGroup failed: ${type}${payload.message ? `: ${payload.message}` : ''}`);
    }
    return { Users: payload.Users, NextToken: payload.NextToken };
  };
}
