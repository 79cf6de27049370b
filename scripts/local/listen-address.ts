import { isIP } from 'node:net';
import { hostname } from 'node:os';

/**
 * Where local mode listens and which Host headers it answers. Local sign-in hands anyone who can
 * reach the server a coordinator's token, so by default the server listens on loopback only and
 * answers only to loopback names: a web page whose name is rebound to 127.0.0.1 (DNS rebinding)
 * sends its own name in Host and is refused.
 */
export const LOOPBACK_HOST = '127.0.0.1';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host.toLowerCase()) || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The host part of a Host header (`name`, `name:port`, `[v6]:port`), lower-cased; undefined when malformed. */
function hostPart(header: string): string | undefined {
  try {
    return new URL(`http://${header}`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * The Host headers the server answers: always the loopback names, with or without a port. When
 * HOST opts in to another address, also any IP address (reaching the server by its address
 * cannot be a rebinding, which needs a name), the HOST name itself and this machine's name.
 */
export function hostHeaderCheck(listenHost: string): (header: string | undefined) => boolean {
  const names = new Set(LOOPBACK_NAMES);
  const exposed = !isLoopback(listenHost);
  if (exposed) {
    if (!isIP(listenHost)) names.add(listenHost.toLowerCase());
    names.add(hostname().toLowerCase());
  }
  return (header) => {
    if (!header || /[\s/?#@\\]/.test(header)) return false;
    const host = hostPart(header);
    if (host === undefined) return false;
    if (names.has(host)) return true;
    return exposed && isIP(host.replace(/^\[(.*)\]$/, '$1')) !== 0;
  };
}

export function exposureWarning(listenHost: string, port: number): string {
  return [
    `WARNING: HOST=${listenHost} makes Strategy Tracker listen beyond this machine on port ${port}.`,
    'Local sign-in (/auth/local) gives anyone who can reach it a coordinator token, with no password.',
    'Use it only on a network you trust; unset HOST to listen on 127.0.0.1 only.',
  ].join('\n');
}
