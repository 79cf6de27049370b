/**
 * Loads the demo year once into a local server's table: on the first start of a demo data
 * folder the server's clock runs on the plan's times while the year is recorded, then follows
 * the real clock; a marker file in the folder says the year is there, so later starts serve it
 * as it is.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue, catalogueActions } from '../../functions/domain/strategy-catalogue.js';
import { writePrivateFile } from '../local/private-files.js';
import type { LocalServer } from '../local/server.js';
import { DEMO_SEED, planDemoYear } from './plan.js';
import { recordDemoYear, type RecordedDemo } from './record.js';

export const DEMO_MARKER = 'demo.json';

export interface DemoClock {
  now: () => Date;
  set(at: Date): void;
  /** From now on, the real time. */
  release(): void;
}

/** The server's clock in demo mode: the adoption's morning while the year is to be recorded, else the real time. */
export function demoClock(recording: boolean): DemoClock {
  let fixed: Date | undefined = recording ? new Date(`${catalogue.strategy.adopted}T08:00:00.000Z`) : undefined;
  return {
    now: () => (fixed ? new Date(fixed) : new Date()),
    set(at) {
      fixed = at;
    },
    release() {
      fixed = undefined;
    },
  };
}

/** Records the demo year unless the folder's marker says it is there; answers what was recorded, or null. */
export async function recordDemoOnce({
  server,
  dataDir,
  clock,
}: {
  server: Pick<LocalServer, 'url'>;
  dataDir: string;
  clock: DemoClock;
}): Promise<RecordedDemo | null> {
  const marker = join(dataDir, DEMO_MARKER);
  if (existsSync(marker)) return null;
  const steps = planDemoYear({ catalogue, actions: catalogueActions(), seed: DEMO_SEED });
  try {
    const recorded = await recordDemoYear({ url: server.url, steps, setClock: (at) => clock.set(at) });
    await writePrivateFile(marker, JSON.stringify({ seed: DEMO_SEED, ...recorded, recordedOn: new Date().toISOString() }, null, 2));
    return recorded;
  } finally {
    clock.release();
  }
}
