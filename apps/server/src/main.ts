/**
 * Starts Quanze: configuration → database (embedded PostgreSQL unless DATABASE_URL) → migrations → first-start
 * data → HTTP server. Stops the database cleanly on SIGINT/SIGTERM.
 * With QUANZE_WORKERS > 1 this process does the first four once and then forks that many HTTP workers
 * (platform/cluster.ts says what they share and how); each worker only builds the app and listens.
 */
import { buildApp } from './app.ts';
import { systemClock } from './platform/clock.ts';
import { ClusterRateLimitStore, forkWorkers, isClusterWorker, workerSlot, type Workers } from './platform/cluster.ts';
import { ConfigError, loadConfig, type AppConfig } from './platform/config.ts';
import { createFieldCipher } from './platform/crypto.ts';
import { resolveDataKey } from './platform/data-key.ts';
import { createDb } from './platform/db.ts';
import type { EmbeddedDatabase } from './platform/embedded-postgres.ts';
import { runMigrations } from './platform/migrate.ts';
import { seedIfEmpty } from './seed/seed.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-data.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  if (isClusterWorker()) return worker(config);
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    console.log(`[quanze] 启动内置 PostgreSQL（数据目录 ${config.dataDir}）…`);
    // Loaded only when used: the embedded-postgres package hooks SIGTERM/SIGINT (async-exit-hook) and ends the
    // process with 143/130 once its own cleanup is done. With an external database — and always in cluster
    // workers — the handlers below alone stop the server, after the requests in flight (and the workers) finish.
    const { startEmbeddedPostgres } = await import('./platform/embedded-postgres.ts');
    embedded = await startEmbeddedPostgres(config.dataDir);
    url = embedded.url;
  }
  const db = createDb(url);
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  let workers: Workers | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await workers?.stop().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await db.$client.end().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  try {
    await runMigrations(db);
    const dataKey = resolveDataKey(config);
    const seeded = await seedIfEmpty(db, systemClock, createFieldCipher(dataKey), config.demo);
    if (config.workers > 1) {
      // The workers reach the same database (the embedded one's URL included) and read the data key as resolved here.
      workers = forkWorkers(config.workers, { DATABASE_URL: url }, (m) => console.error(`[quanze] ${m}`));
      await workers.ready;
    } else {
      app = await buildApp({ db, clock: systemClock, config, dataKey, logger: { level: config.logLevel }, jobs: true });
      await app.listen({ port: config.port, host: config.host });
    }
    console.log(`\n[quanze] 权责平台已启动：http://localhost:${config.port}  （公众门户 /portal，接口文档 /api/docs）${config.workers > 1 ? `，${config.workers} 个工作进程` : ''}`);
    if (seeded.seeded && config.demo) {
      console.log(`[quanze] 已载入演示数据「示例市司法局」。演示账号（密码均为 ${DEMO_PASSWORD}）：${DEMO_USERS.map((u) => u.username).join('、')}`);
    }
    if (seeded.initialAdminPassword) {
      console.log(`[quanze] 初始系统管理员 sysadmin 的一次性密码：${seeded.initialAdminPassword}  （仅显示这一次，首次登录须修改）`);
    }
  } catch (e) {
    console.error(`[quanze] 启动失败：${e instanceof Error ? e.message : String(e)}`);
    await stop(1);
  }
}

/** A cluster worker: the app on the shared port; jobs in slot 0 only; rate limits counted by the primary. */
async function worker(config: AppConfig): Promise<void> {
  const db = createDb(config.databaseUrl!);
  const app = await buildApp({
    db,
    clock: systemClock,
    config,
    dataKey: resolveDataKey(config),
    logger: { level: config.logLevel },
    jobs: workerSlot() === 0,
    rateLimitStore: ClusterRateLimitStore,
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close().catch(() => undefined);
    await db.$client.end().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  await app.listen({ port: config.port, host: config.host });
}

main().catch((e: unknown) => {
  // StartupError (platform/embedded-postgres.ts) by name: that module is loaded only with the embedded database.
  if (e instanceof ConfigError || (e instanceof Error && e.constructor.name === 'StartupError')) console.error(`[quanze] ${e.message}`);
  else console.error('[quanze] 启动失败：', e);
  process.exit(1);
});
