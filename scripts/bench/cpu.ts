import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * CPU accounting for a load run: this Node process (server thread, load-generator thread, the
 * SDK and GC), the server thread's event-loop utilisation, and the DynamoDB Local JVM (read
 * from /proc; Linux only, otherwise reported as unknown).
 */
export interface CpuSample {
  nodeMs: number;
  javaMs: number | undefined;
  loop: ReturnType<typeof performance.eventLoopUtilization>;
}

export interface CpuUsage {
  nodeMs: number;
  javaMs: number | undefined;
  /** Share of the wall time the server's event loop (this thread) was busy, 0–1. */
  serverLoop: number;
}

/** The pid of the DynamoDB Local JVM listening on `port`, found by its command line. */
export function findJavaPid(port: number): number | undefined {
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
        if (argv.some((arg) => arg.endsWith('DynamoDBLocal.jar')) && argv.includes(String(port))) return Number(entry);
      } catch {
        // The process ended meanwhile.
      }
    }
  } catch {
    // No /proc.
  }
  return undefined;
}

function javaCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, in clock ticks (USER_HZ, 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

export function sampleCpu(javaPid: number | undefined): CpuSample {
  const { user, system } = process.cpuUsage();
  return { nodeMs: (user + system) / 1000, javaMs: javaCpuMs(javaPid), loop: performance.eventLoopUtilization() };
}

export function cpuSince(start: CpuSample, javaPid: number | undefined): CpuUsage {
  const end = sampleCpu(javaPid);
  return {
    nodeMs: end.nodeMs - start.nodeMs,
    javaMs: end.javaMs !== undefined && start.javaMs !== undefined ? end.javaMs - start.javaMs : undefined,
    serverLoop: performance.eventLoopUtilization(end.loop, start.loop).utilization,
  };
}
