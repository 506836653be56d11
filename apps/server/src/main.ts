/**
 * Starts Quanze: configuration → database (embedded PostgreSQL unless DATABASE_URL) → migrations → first-start
 * data → HTTP server. Stops the database cleanly on SIGINT/SIGTERM.
 */
import path from 'node:path';
import { buildApp } from './app.ts';
import { systemClock } from './platform/clock.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { createFieldCipher } from './platform/crypto.ts';
import { createFileStore } from './platform/files/file-store.ts';
import { resolveDataKey } from './platform/data-key.ts';
import { createDb } from './platform/db.ts';
import { startEmbeddedPostgres, StartupError, type EmbeddedDatabase } from './platform/embedded-postgres.ts';
import { runMigrations } from './platform/migrate.ts';
import { seedIfEmpty } from './seed/seed.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-data.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    console.log(`[quanze] 启动内置 PostgreSQL（数据目录 ${config.dataDir}）…`);
    embedded = await startEmbeddedPostgres(config.dataDir);
    url = embedded.url;
  }
  const db = createDb(url);
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // embedded-postgres stops its cluster on the same signal (async-exit-hook) while we do; whichever stop comes
    // second fails inside that package's own un-awaited promise. That failure must not turn a clean stop into exit 1.
    process.on('unhandledRejection', (e) => console.error(`[quanze] 停止过程中：${e instanceof Error ? e.message : String(e)}`));
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
    // One file store for the seed (the demo case file's documents) and the app.
    const files = createFileStore(path.join(config.dataDir, 'files'));
    const seeded = await seedIfEmpty(db, systemClock, createFieldCipher(dataKey), config.demo, files);
    app = await buildApp({ db, clock: systemClock, config, dataKey, files, logger: { level: config.logLevel }, jobs: true });
    await app.listen({ port: config.port, host: config.host });
    console.log(`\n[quanze] 权责平台已启动：http://localhost:${config.port}  （公众门户 /portal，接口文档 /api/docs）`);
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

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof StartupError) console.error(`[quanze] ${e.message}`);
  else console.error('[quanze] 启动失败：', e);
  process.exit(1);
});
