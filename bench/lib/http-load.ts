/**
 * The HTTP load generator of cases.bench.ts, run as a child process (`fork` with IPC) so that the server's process
 * pays for none of the client's CPU and shares no event loop with it. One keep-alive agent for the child's life
 * (BENCH_CONCURRENCY connections, opened once and reused by every measure).
 *
 * Two kinds of load, asked for by message and answered with every request's latency (ms):
 *  - closed loop: `connections` workers, each sends its next request when its previous one is answered (50 in
 *    flight all the time; latency ≈ in flight / throughput);
 *  - open loop: requests scheduled at a fixed `rate` (req/s) whatever the answers do, sent on the first free
 *    connection (at most `connections` in flight, the rest wait in the agent's queue). Latency counts from the
 *    scheduled instant, not from the send, so time spent waiting for a connection is included (no coordinated
 *    omission: a slow server cannot slow the offered load down).
 * autocannon (a devDependency) was not used: its latency percentiles have no p95 and its rate mode measures from the
 * send, not from the schedule.
 */
import http from 'node:http';

export interface LoadRequest {
  kind: 'closed' | 'open';
  /** Paths, cycled. */
  urls: string[];
  requests: number;
  /** Open loop only: requests per second offered. */
  rate?: number;
}

export interface LoadResult {
  latencies: number[];
  seconds: number;
  errors: string[];
  /** Open loop: requests that found every connection busy and waited in the queue. */
  queued: number;
}

export interface LoadInit {
  port: number;
  host: string;
  cookie: string;
  connections: number;
}

function client(init: LoadInit) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: init.connections, maxFreeSockets: init.connections });
  const get = (path: string) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request({ host: init.host, port: init.port, path, method: 'GET', agent, headers: { cookie: init.cookie } }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  const busy = () => Object.values(agent.requests).reduce((a, q) => a + (q?.length ?? 0), 0);
  return { get, busy, close: () => agent.destroy() };
}

async function closedLoop(c: ReturnType<typeof client>, init: LoadInit, r: LoadRequest): Promise<LoadResult> {
  const latencies: number[] = [];
  const errors: string[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: init.connections }, async () => {
      for (let i = next++; i < r.requests; i = next++) {
        const url = r.urls[i % r.urls.length]!;
        const t = performance.now();
        const status = await c.get(url).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
        latencies.push(performance.now() - t);
        if (status !== 200 && errors.length < 5) errors.push(`${url}: ${status}`);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - t0) / 1000, errors, queued: 0 };
}

async function openLoop(c: ReturnType<typeof client>, r: LoadRequest): Promise<LoadResult> {
  const rate = r.rate ?? 100;
  const latencies: number[] = [];
  const errors: string[] = [];
  const pending: Promise<void>[] = [];
  let queued = 0;
  const t0 = performance.now();
  let sent = 0;
  // A 1 ms tick sends every request whose instant has come; a late tick sends them at once, still timed from
  // their scheduled instant.
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < r.requests && t0 + (sent * 1000) / rate <= now) {
        const scheduled = t0 + (sent * 1000) / rate;
        const url = r.urls[sent % r.urls.length]!;
        if (c.busy() > 0) queued++;
        pending.push(
          c.get(url).then(
            (status) => {
              latencies.push(performance.now() - scheduled);
              if (status !== 200 && errors.length < 5) errors.push(`${url}: ${status}`);
            },
            (e: unknown) => {
              latencies.push(performance.now() - scheduled);
              if (errors.length < 5) errors.push(`${url}: ${e instanceof Error ? e.message : String(e)}`);
            },
          ),
        );
        sent++;
      }
      if (sent < r.requests) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  await Promise.all(pending);
  return { latencies, seconds: (performance.now() - t0) / 1000, errors, queued };
}

// Child side: { init } once, then { id, load } messages, each answered with { id, result }.
if (process.send) {
  let c: ReturnType<typeof client> | null = null;
  let init: LoadInit | null = null;
  process.on('message', (m: { init?: LoadInit; id?: number; load?: LoadRequest; exit?: true }) => {
    if (m.init) {
      init = m.init;
      c = client(m.init);
      process.send!({ ready: true });
    } else if (m.load && c && init) {
      const run = m.load.kind === 'open' ? openLoop(c, m.load) : closedLoop(c, init, m.load);
      void run.then((result) => process.send!({ id: m.id, result }));
    } else if (m.exit) {
      c?.close();
      process.disconnect();
    }
  });
}
