/**
 * BENCH_WORKERS=n: the measured server as its own process group — a node:cluster primary and n workers, started
 * with the app's own cluster code (apps/server/src/platform/cluster.ts, as QUANZE_WORKERS=n does in main.ts), on
 * the bench database, without the background jobs (the bench measures reads). cases.bench.ts imports
 * startBenchServer; the forked program is this same file with QZ_BENCH_SERVER=1.
 */
import cluster from 'node:cluster';
import { fork } from 'node:child_process';
import net from 'node:net';

interface Started {
  port: number;
  pids: () => number[];
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

export async function startBenchServer(o: { url: string; dataKey: Buffer; workers: number; log: (m: string) => void }): Promise<Started> {
  const port = await freePort();
  const child = fork(new URL(import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, QZ_BENCH_SERVER: '1', BENCH_SERVER_DB: o.url, BENCH_SERVER_KEY: o.dataKey.toString('hex'), BENCH_SERVER_PORT: String(port), QUANZE_WORKERS: String(o.workers) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let workerPids: number[] = [];
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
    child.on('message', (m: { ready?: boolean; pids?: number[] }) => {
      if (m.ready) {
        workerPids = m.pids ?? [];
        resolve();
      }
    });
  });
  o.log(`server: ${o.workers} workers on port ${port} (primary ${child.pid}, workers ${workerPids.join(', ')})`);
  return {
    port,
    pids: () => [child.pid!, ...workerPids],
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function serve(): Promise<void> {
  const { ClusterRateLimitStore, forkWorkers } = await import('../../apps/server/src/platform/cluster.ts');
  const { loadConfig } = await import('../../apps/server/src/platform/config.ts');
  const config = loadConfig({
    DATABASE_URL: process.env.BENCH_SERVER_DB,
    PORT: process.env.BENCH_SERVER_PORT,
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.BENCH_LOG ?? 'silent',
    QUANZE_WEB_DIST: '/nonexistent',
    QUANZE_LOGIN_RATE_PER_MINUTE: '10000',
    QUANZE_DEMO: '1',
    QUANZE_WORKERS: process.env.QUANZE_WORKERS,
  });
  if (cluster.isPrimary) {
    const workers = forkWorkers(config.workers, {}, (m) => console.error(`[bench-server] ${m}`));
    await workers.ready;
    process.send?.({ ready: true, pids: workers.pids() });
    process.on('SIGTERM', () => void workers.stop().then(() => process.exit(0)));
    return;
  }
  const { buildApp } = await import('../../apps/server/src/app.ts');
  const { createDb } = await import('../../apps/server/src/platform/db.ts');
  const { systemClock } = await import('../../apps/server/src/platform/clock.ts');
  const db = createDb(config.databaseUrl!, Number(process.env.BENCH_APP_POOL ?? 10));
  const app = await buildApp({ db, clock: systemClock, config, dataKey: Buffer.from(process.env.BENCH_SERVER_KEY!, 'hex'), rateLimitStore: ClusterRateLimitStore });
  process.on('SIGTERM', () => void app.close().then(() => db.$client.end()).then(() => process.exit(0)));
  await app.listen({ port: config.port, host: config.host });
}

if (process.env.QZ_BENCH_SERVER === '1') await serve();
