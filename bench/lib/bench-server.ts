/**
 * BENCH_WORKERS=n: the measured server as its own process group — a node:cluster primary and n workers sharing the
 * port, each building the app on the bench database (no background jobs; the bench measures reads). The app itself
 * runs as one process (a QUANZE_WORKERS option was tried and withdrawn, see REPORT-cases.md); this measures what n
 * processes of it behind one port would give. cases.bench.ts imports startBenchServer; the forked program is this
 * same file with QZ_BENCH_SERVER=1.
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
    env: { ...process.env, QZ_BENCH_SERVER: '1', BENCH_SERVER_DB: o.url, BENCH_SERVER_KEY: o.dataKey.toString('hex'), BENCH_SERVER_PORT: String(port), BENCH_SERVER_WORKERS: String(o.workers) },
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

/** The primary: n workers, ready when all listen; SIGTERM stops them. */
async function primary(n: number): Promise<void> {
  const workers = Array.from({ length: n }, () => cluster.fork());
  await Promise.all(workers.map((w) => new Promise<void>((resolve) => w.once('listening', () => resolve()))));
  process.send?.({ ready: true, pids: workers.map((w) => w.process.pid) });
  process.on('SIGTERM', () => {
    for (const w of workers) w.process.kill('SIGTERM');
    void Promise.all(workers.map((w) => (w.isDead() ? Promise.resolve() : new Promise((r) => w.once('exit', r))))).then(() => process.exit(0));
  });
}

async function worker(): Promise<void> {
  const { loadConfig } = await import('../../apps/server/src/platform/config.ts');
  const { buildApp } = await import('../../apps/server/src/app.ts');
  const { createDb } = await import('../../apps/server/src/platform/db.ts');
  const { systemClock } = await import('../../apps/server/src/platform/clock.ts');
  const config = loadConfig({
    DATABASE_URL: process.env.BENCH_SERVER_DB,
    PORT: process.env.BENCH_SERVER_PORT,
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.BENCH_LOG ?? 'silent',
    QUANZE_WEB_DIST: '/nonexistent',
    QUANZE_LOGIN_RATE_PER_MINUTE: '10000',
    QUANZE_DEMO: '1',
  });
  const db = createDb(config.databaseUrl!, Number(process.env.BENCH_APP_POOL ?? 10));
  const app = await buildApp({ db, clock: systemClock, config, dataKey: Buffer.from(process.env.BENCH_SERVER_KEY!, 'hex') });
  process.on('SIGTERM', () => void app.close().then(() => db.$client.end()).then(() => process.exit(0)));
  await app.listen({ port: config.port, host: config.host });
}

if (process.env.QZ_BENCH_SERVER === '1') await (cluster.isPrimary ? primary(Number(process.env.BENCH_SERVER_WORKERS ?? 1)) : worker());
