import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * `BENCH_PROFILE=<dir>`: the server thread's CPU profile (V8's sampling profiler, as
 * `node --cpu-prof` takes it) around a throughput run, written as <dir>/<name>.cpuprofile (open
 * it in Chrome's DevTools or speedscope) and summed up by where the time went: self time per
 * package or project file, and the functions that cost most.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface CpuProfiler {
  stop(): Promise<string>;
}

export async function startCpuProfile(): Promise<CpuProfiler> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
      session.disconnect();
      return JSON.stringify(profile);
    },
  };
}

/** Where a frame's code lives: a package, a project file, Node's own code, or V8 (GC, idle, program). */
function placeOf(url: string, functionName: string): string {
  if (!url) return `(${functionName || 'anonymous'})`;
  const path = url.replace(/^file:\/\//, '');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inModules) return inModules[1]!;
  if (path.startsWith('node:')) return 'node (internals)';
  const project = /\/(functions|graphql|scripts|web)\/(.*)$/.exec(path);
  return project ? `${project[1]}/${project[2]}` : path;
}

export interface ProfileSummary {
  /** Self time per package or project file, ms. */
  places: [string, number][];
  /** Self time per function, ms. */
  functions: [string, number][];
  /** Time with each package or project file anywhere on the stack (counted once a sample), ms. */
  inclusive: [string, number][];
  totalMs: number;
}

export function summarise(json: string, top = 15): ProfileSummary {
  const profile = JSON.parse(json) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const inclusive = new Map<string, number>();
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const places = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    total += us;
    const place = placeOf(url, functionName);
    places.set(place, (places.get(place) ?? 0) + us);
    const name = `${functionName || '(anonymous)'} ${place}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame && frame.url) onStack.add(placeOf(frame.url, frame.functionName));
    }
    for (const each of onStack) inclusive.set(each, (inclusive.get(each) ?? 0) + us);
  }
  const sorted = (map: Map<string, number>, count = top) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, us]) => [key, us / 1000] as [string, number]);
  return { places: sorted(places), functions: sorted(functions), inclusive: sorted(inclusive, 2 * top), totalMs: total / 1000 };
}

export async function saveProfile(dir: string, name: string, json: string): Promise<string> {
  const file = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`);
  await writeFile(file, json);
  return file;
}
