/**
 * Load loops and the summary table of cases.bench.ts. The raw-SQL side runs in the bench process with these loops;
 * the HTTP side runs in the child process of http-load.ts with the same two kinds of loop.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { LoadInit, LoadRequest, LoadResult } from './http-load.ts';

export const ms = (t0: number) => performance.now() - t0;

export const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? NaN;
  return { n: s.length, p50: +q(0.5).toFixed(1), p95: +q(0.95).toFixed(1), p99: +q(0.99).toFixed(1), max: +(s.at(-1) ?? NaN).toFixed(1) };
};

/** Closed loop: `n` calls of `fn(i)` with `concurrency` in flight; the latency of each, in ms. */
export async function closedLoad(n: number, concurrency: number, fn: (i: number) => Promise<void>): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < n; i = next++) {
        const t = performance.now();
        await fn(i);
        latencies.push(ms(t));
      }
    }),
  );
  return { latencies, seconds: ms(t0) / 1000 };
}

/**
 * Open loop: call i starts at t0 + i / rate whatever the earlier ones do; its latency counts from that instant. The
 * pool passed in `fn` bounds what runs at once (its queue is the wait for a connection, as the agent's is for HTTP).
 */
export async function openLoad(n: number, rate: number, fn: (i: number) => Promise<void>): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const t0 = performance.now();
  let sent = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < n && t0 + (sent * 1000) / rate <= now) {
        const scheduled = t0 + (sent * 1000) / rate;
        pending.push(fn(sent).then(() => void latencies.push(performance.now() - scheduled)));
        sent++;
      }
      if (sent < n) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  await Promise.all(pending);
  return { latencies, seconds: ms(t0) / 1000 };
}

/** The HTTP load generator in its own process (bench/lib/http-load.ts). */
export async function startLoadProcess(init: LoadInit): Promise<{ run: (r: LoadRequest) => Promise<LoadResult>; close: () => void }> {
  const child: ChildProcess = fork(new URL('./http-load.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map<number, (r: LoadResult) => void>();
  let seq = 0;
  let failed: ((e: Error) => void) | null = null;
  child.on('message', (m: { ready?: true; id?: number; result?: LoadResult }) => {
    if (m.id !== undefined && m.result) {
      waiting.get(m.id)?.(m.result);
      waiting.delete(m.id);
    }
  });
  child.on('exit', (code) => failed?.(new Error(`load process exited (${code})`)));
  await new Promise<void>((resolve, reject) => {
    failed = reject;
    child.once('message', () => resolve());
    child.send({ init });
  });
  return {
    run: (load) =>
      new Promise<LoadResult>((resolve, reject) => {
        failed = reject;
        const id = ++seq;
        waiting.set(id, resolve);
        child.send({ id, load });
      }),
    close: () => {
      failed = null;
      if (child.connected) child.send({ exit: true });
    },
  };
}

export interface Measured {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
  /** CPU per request of the server process(es) (API) or of the bench process as the pg client (SQL), ms. */
  cpuMsPerRequest: number;
  /** CPU per request of the PostgreSQL backends of the bench database, ms. */
  pgCpuMsPerRequest: number;
  loadAverage: [number, number];
  /** API, in-process server: statements sent per request during the measure, session lookup included. */
  statementsPerRequest?: number;
  /** API, cluster server: CPU per request of each of its processes, primary first. */
  serverCpuMsPerRequestByProcess?: number[];
  offeredRate?: number;
  errors?: string[];
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

/**
 * The table the lead reads after a run: per kind (list / detail) and load (closed loop, each open-loop rate), the SQL
 * and API percentiles side by side, the ratios, the throughput, CPU per request and the load average.
 */
export function summaryTable(rows: { kind: string; load: string; sql: Measured; api: Measured }[]): string {
  const head = `${'kind'.padEnd(7)}${'load'.padEnd(16)}${pad('SQL p50', 8)}${pad('SQL p95', 8)}${pad('API p50', 8)}${pad('API p95', 8)}${pad('×p50', 7)}${pad('×p95', 7)}${pad('SQL/s', 7)}${pad('API/s', 7)}${pad('srv ms', 7)}${pad('pg ms', 7)}${pad('sqlpg', 7)}${pad('stmt', 6)}${pad('load', 11)}`;
  const lines = rows.map(({ kind, load, sql, api }) =>
    [
      kind.padEnd(7),
      load.padEnd(16),
      pad(sql.p50, 8),
      pad(sql.p95, 8),
      pad(api.p50, 8),
      pad(api.p95, 8),
      pad((api.p50 / sql.p50).toFixed(2), 7),
      pad((api.p95 / sql.p95).toFixed(2), 7),
      pad(sql.perSecond, 7),
      pad(api.perSecond, 7),
      pad(api.cpuMsPerRequest.toFixed(2), 7),
      pad(api.pgCpuMsPerRequest.toFixed(2), 7),
      pad(sql.pgCpuMsPerRequest.toFixed(2), 7),
      pad(api.statementsPerRequest?.toFixed(1) ?? '–', 6),
      pad(`${api.loadAverage[0]}–${api.loadAverage[1]}`, 11),
    ].join(''),
  );
  const legend =
    'ms; ×p50/×p95 = API / SQL; srv ms = server CPU per API request (all its processes); pg ms / sqlpg = PostgreSQL backend CPU per API / SQL request; stmt = statements per API request (session lookup included; in-process server only); load = 1-min load average before–after the API measure';
  return [head, ...lines, legend].join('\n');
}
