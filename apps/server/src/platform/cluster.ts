/**
 * QUANZE_WORKERS > 1: one primary process and N node:cluster workers sharing the listening port (the primary hands
 * each new connection to the next worker). What a worker may not do alone, the primary does once:
 *  - the embedded PostgreSQL, migrations and first-start data (main.ts, before forking);
 *  - the per-IP rate limits (@fastify/rate-limit): counted here for all workers, asked over the cluster's IPC
 *    channel, so a client spreading its connections over the workers still gets the configured limit, not N times it;
 *  - the background jobs run in worker slot 0 only (their advisory locks would also keep a second runner out).
 * Everything else a worker keeps in memory is already safe with several app nodes: sessions, CSRF tokens, login
 * lockout, uploads and imports live in PostgreSQL or the shared file store; the calendar re-checks its revision
 * every 2 s; the library and actor-facts caches of the case page expire within 10 s (views only; actions read
 * afresh); the coverage cache follows the change log.
 */
import cluster, { type Worker } from 'node:cluster';
import type { FastifyRateLimitStore } from '@fastify/rate-limit';

/** The slot (0 … N−1) the primary gave this worker; kept when a worker is replaced. */
export const WORKER_SLOT_ENV = 'QUANZE_WORKER_SLOT';

export const isClusterWorker = (): boolean => cluster.isWorker;

/** This process's slot when it is a worker; null in a single process or the primary. */
export function workerSlot(): number | null {
  return cluster.isWorker ? Number(process.env[WORKER_SLOT_ENV] ?? 0) : null;
}

export interface Workers {
  /** Resolves when every worker listens. */
  ready: Promise<void>;
  pids: () => number[];
  /** Graceful: each worker closes its server (finishing the requests in flight) and exits. */
  stop: () => Promise<void>;
}

/**
 * Forks `n` workers running this same program with `env`. A worker that exits unexpectedly is started again in its
 * slot after a second (a crash loop is logged once per restart, never spun).
 */
export function forkWorkers(n: number, env: Record<string, string>, log: (m: string) => void): Workers {
  const slots = new Map<number, Worker>();
  let stopping = false;
  const rateLimits = serveRateLimits();
  let listening = 0;
  let readyResolve: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  const start = (slot: number) => {
    const w = cluster.fork({ ...env, [WORKER_SLOT_ENV]: String(slot) });
    slots.set(slot, w);
    w.on('message', (m: unknown) => rateLimits(w, m));
    w.once('listening', () => {
      if (++listening === n) readyResolve();
    });
    w.once('exit', (code, signal) => {
      if (stopping || slots.get(slot) !== w) return;
      log(`工作进程 ${slot}（pid ${w.process.pid}）退出（${signal ?? code}），1 秒后重启`);
      setTimeout(() => !stopping && start(slot), 1_000);
    });
  };
  for (let slot = 0; slot < n; slot++) start(slot);
  return {
    ready,
    pids: () => [...slots.values()].flatMap((w) => (w.process.pid ? [w.process.pid] : [])),
    stop: async () => {
      stopping = true;
      await Promise.all(
        [...slots.values()].map(
          (w) =>
            new Promise<void>((resolve) => {
              if (w.isDead()) return resolve();
              w.once('exit', () => resolve());
              w.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

// ---- rate limits counted in the primary -------------------------------------------------------------------------

interface RateLimitAsk {
  qzRateLimit: { id: number; op: 'incr' | 'read'; route: string; key: string; timeWindow: number; max: number };
}
interface RateLimitAnswer {
  qzRateLimitAnswer: { id: number; current: number; ttl: number };
}

/**
 * Fixed windows per (route, key), the same arithmetic as @fastify/rate-limit's LocalStore (the options that change
 * it, continueExceeding and exponentialBackoff, are not used by this app). Expired windows are pruned as they grow.
 */
export function rateLimitCounter(now: () => number = Date.now) {
  const windows = new Map<string, { current: number; start: number; timeWindow: number }>();
  const prune = () => {
    const t = now();
    for (const [k, w] of windows) if (w.start + w.timeWindow <= t) windows.delete(k);
  };
  return (op: 'incr' | 'read', key: string, timeWindow: number): { current: number; ttl: number } => {
    const t = now();
    let w = windows.get(key);
    if (w && w.start + timeWindow <= t) w = undefined;
    if (op === 'read') return w ? { current: w.current, ttl: w.start + timeWindow - t } : { current: 0, ttl: 0 };
    if (!w) {
      if (windows.size >= 50_000) prune();
      w = { current: 0, start: t, timeWindow };
      windows.set(key, w);
    }
    w.current++;
    return { current: w.current, ttl: w.start + timeWindow - t };
  };
}

function serveRateLimits(): (w: Worker, m: unknown) => void {
  const count = rateLimitCounter();
  return (w, m) => {
    if (typeof m !== 'object' || m === null || !('qzRateLimit' in m)) return;
    const a = (m as RateLimitAsk).qzRateLimit;
    const r = count(a.op, `${a.route}\u0000${a.key}`, a.timeWindow);
    const answer: RateLimitAnswer = { qzRateLimitAnswer: { id: a.id, ...r } };
    if (w.isConnected()) w.send(answer);
  };
}

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
const asked = new Map<number, Callback>();
let nextAsk = 0;
let listeningForAnswers = false;

/**
 * The @fastify/rate-limit store of a worker: every count is kept by the primary (one IPC round trip, on the
 * rate-limited routes only — login and the public portal). Pass it as buildApp's rateLimitStore.
 */
export class ClusterRateLimitStore implements FastifyRateLimitStore {
  constructor(
    _options?: unknown,
    private readonly route = 'global',
  ) {
    if (!listeningForAnswers) {
      listeningForAnswers = true;
      process.on('message', (m: unknown) => {
        if (typeof m !== 'object' || m === null || !('qzRateLimitAnswer' in m)) return;
        const a = (m as RateLimitAnswer).qzRateLimitAnswer;
        asked.get(a.id)?.(null, { current: a.current, ttl: a.ttl });
        asked.delete(a.id);
      });
    }
  }

  private ask(op: 'incr' | 'read', key: string, cb: Callback, timeWindow: number, max: number): void {
    if (!process.send) return cb(new Error('ClusterRateLimitStore outside a cluster worker'));
    const id = ++nextAsk;
    // No answer within 2 s (the primary is going away): an error, which the limiter turns into a 500, not a pass.
    const timer = setTimeout(() => {
      if (asked.delete(id)) cb(new Error('rate limit: no answer from the primary'));
    }, 2_000);
    asked.set(id, (e, r) => {
      clearTimeout(timer);
      cb(e, r);
    });
    const ask: RateLimitAsk = { qzRateLimit: { id, op, route: this.route, key, timeWindow, max } };
    process.send(ask);
  }

  incr(key: string, cb: Callback, timeWindow: number, max: number): void {
    this.ask('incr', key, cb, timeWindow, max);
  }

  read(key: string, cb: Callback, timeWindow: number, max: number): void {
    this.ask('read', key, cb, timeWindow, max);
  }

  /**
   * One counter space per route: the plugin calls this for each rate-limited route with its merged options, the
   * route itself under `routeInfo` (typed as route options by the plugin's declarations).
   */
  child(params: object): ClusterRateLimitStore {
    const r = (params as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
    const method = Array.isArray(r?.method) ? r.method.join(',') : (r?.method ?? '');
    return new ClusterRateLimitStore(undefined, r?.url ? `${method} ${r.url}` : this.route);
  }
}
