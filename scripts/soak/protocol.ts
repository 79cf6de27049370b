import type { FaultCounts } from '../local/faults.js';

/** The messages between the soak and its server process. */
export type ToServer = { type: 'faults'; enabled: boolean } | { type: 'memory' } | { type: 'stop' };

export type FromServer =
  | { type: 'ready'; url: string; pid: number }
  | { type: 'failed'; message: string }
  | { type: 'faults'; enabled: boolean; counts: FaultCounts }
  | { type: 'memory'; rss: number; heapUsed: number };
