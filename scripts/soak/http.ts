import { Agent, request } from 'node:http';

/**
 * The soak's HTTP client: keep-alive, loopback only, and a guard on every request, so that a
 * request the server never answers is counted as a hang instead of stalling the run.
 */
export type Answer =
  { kind: 'answer'; status: number; text: string; ms: number } | { kind: 'no-answer'; reason: 'TIMEOUT' | 'NETWORK'; detail: string; ms: number };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function assertLoopback(url: string): void {
  const { hostname } = new URL(url);
  if (!LOOPBACK.has(hostname)) throw new Error(`The soak runs against loopback only, not ${hostname}.`);
}

export function createHttp(options: { maxSockets: number; guardMs: number }) {
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets });

  function post(url: URL, body: string, token?: string): Promise<Answer> {
    const started = performance.now();
    return new Promise((resolve) => {
      let settled = false;
      const settle = (answer: Answer) => {
        if (settled) return;
        settled = true;
        clearTimeout(guard);
        resolve(answer);
      };
      const outgoing = request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            settle({
              kind: 'answer',
              status: response.statusCode ?? 0,
              text: Buffer.concat(chunks).toString('utf8'),
              ms: performance.now() - started,
            }),
          );
          response.on('error', (error) => settle({ kind: 'no-answer', reason: 'NETWORK', detail: String(error), ms: performance.now() - started }));
        },
      );
      const guard = setTimeout(() => {
        settle({ kind: 'no-answer', reason: 'TIMEOUT', detail: `no answer within ${options.guardMs} ms`, ms: performance.now() - started });
        outgoing.destroy();
      }, options.guardMs);
      outgoing.on('error', (error) => settle({ kind: 'no-answer', reason: 'NETWORK', detail: String(error), ms: performance.now() - started }));
      outgoing.end(body);
    });
  }

  return { post, close: () => agent.destroy() };
}

export type Http = ReturnType<typeof createHttp>;
