import type { Plugin } from 'graphql-yoga';
import type { Viewer } from '../functions/domain/model.js';
import type { Count, StateReader } from '../functions/store/state-reader.js';

/**
 * Starts a request's check of the revision as soon as it arrives (issue 11: action(id) within
 * 1.2× its floors). A request for one action reached its resolver, and only then asked for the
 * check, about 0.3 ms after it arrived, most of it reading the body; the check then spent about
 * 0.25 ms in the SDK and 0.7 ms on the wire. Started on arrival, the check is on the wire while
 * the body is read and parsed: action(id) measured 1.51–1.55 ms at the median against
 * 1.65–1.74 ms (three alternating runs of 2,500 requests each on a quiet machine; started once
 * the document is parsed instead, it gained nothing: the body is read by then). It still starts
 * after the request arrived, so the answer is as current as before.
 *
 * What starts is only the check's first half, the read of the published count: before the body
 * is read nobody knows whether the request is a query, and a mutation spends this one small
 * read (shared with the requests that arrive with it) and nothing more. The counters are read,
 * if the count moved, only when a resolver asks for the state. That waste is measured: the
 * integration tests, mostly mutations and refused requests one at a time, took 61 s against 52
 * s. So nothing starts where there is no body to overlap (the Lambda: `bodyOnTheSocket`), for a
 * request without a valid token (an anonymous flood reads nothing), nor on an instance that
 * keeps no state (where action(id) reads its item without a check). The viewer verified here is
 * the one the context uses: a request is still authenticated once.
 */
export interface EarlyCheck {
  plugin: Plugin;
  /** The viewer of a request the plugin authenticated, if it did (else undefined: authenticate it). */
  viewerOf(request: Request): Promise<Viewer | null> | undefined;
  /** The count read a request started on arrival, if it did. */
  countOf(request: Request): Promise<Count> | undefined;
}

/**
 * Whether the request came through the Node front door (the local server), whose adapter
 * passes the Node request (`req`) and reads the body from the socket after this hook: what the
 * early check overlaps. Behind API Gateway the body is already in the Lambda's event, read in
 * microseconds, while a round trip to DynamoDB takes milliseconds: starting early there would
 * gain nothing and spend a read on every mutation.
 */
const bodyOnTheSocket = (serverContext: unknown) => typeof serverContext === 'object' && serverContext !== null && 'req' in serverContext;

export function createEarlyCheck(
  reader: StateReader,
  authenticate: (request: Request, serverContext: Record<string, unknown>) => Promise<Viewer | null>,
): EarlyCheck {
  const viewers = new WeakMap<Request, Promise<Viewer | null>>();
  const counts = new WeakMap<Request, Promise<Count>>();
  const plugin: Plugin = {
    onRequest({ request, serverContext }) {
      if (!bodyOnTheSocket(serverContext) || !reader.holdsState() || (request.method !== 'POST' && request.method !== 'GET')) return;
      const viewer = authenticate(request, serverContext as Record<string, unknown>);
      const counted = viewer.then((verified) => {
        if (!verified) throw new Error('Not signed in: nothing read.');
        return reader.count();
      });
      // Awaited (and their failures reported) by the context and the resolvers, if the request
      // gets that far: a request refused before (a body too large, a query refused at
      // validation) awaits neither.
      viewer.catch(() => undefined);
      counted.catch(() => undefined);
      viewers.set(request, viewer);
      counts.set(request, counted);
    },
  };
  return { plugin, viewerOf: (request) => viewers.get(request), countOf: (request) => counts.get(request) };
}
