/**
 * Benchmarks of issue 4 (not part of `npm test`): run with `npx tsx bench/coverage-search.bench.ts`.
 * Uses DATABASE_URL (a database `quanze_bench` is created on it) or starts the embedded PostgreSQL in a temp dir.
 *
 * 1. Coverage over 5,000 powers and 15,000 officers: full recompute (load + compute), the first request through
 *    the cache, the incremental update after ONE certificate changes, an unchanged request, and the HTTP request
 *    (GET /api/powers/coverage, one page) with a warm cache.
 * 2. Article search over 100,000 generated articles: 2-character and 4-character terms (and 1-character scans for
 *    information), p50 / p95 / max of the read model and of the id query alone.
 * Prints a JSON summary; bench/README.md records a run.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { buildApp } from '../apps/server/src/app.ts';
import { systemClock } from '../apps/server/src/platform/clock.ts';
import { loadConfig } from '../apps/server/src/platform/config.ts';
import { createDb } from '../apps/server/src/platform/db.ts';
import { startEmbeddedPostgres } from '../apps/server/src/platform/embedded-postgres.ts';
import { runMigrations } from '../apps/server/src/platform/migrate.ts';
import { computeCoverage, DEFAULT_OFFICER_RULES } from '@quanze/domain';
import { coverageCacheFor } from '../apps/server/src/modules/powers/index.ts';
import { searchArticleIds, searchCondition } from '../apps/server/src/modules/legal-basis/article-search.ts';
import { generate, PASSWORD, type Scale } from './lib/generate.ts';

const SCALE: Scale = { documents: 1_000, articlesPerDocument: 100, departments: 30, postsPerDepartment: 50, powers: 5_000, officers: 15_000 };
const TWO = ['罚款', '律师', '警告', '执业', '公证', '鉴定', '责令', '违法', '证书', '监督'];
const FOUR = ['律师事务', '没收违法', '停业整顿', '执业证书', '司法鉴定', '法律援助', '商业秘密', '监督检查'];
const ONE = ['罚', '律', '证'];

const ms = (t0: number) => performance.now() - t0;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { n: s.length, p50: +q(0.5).toFixed(1), p95: +q(0.95).toFixed(1), max: +s.at(-1)!.toFixed(1) };
};

function machine() {
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? os.cpus()[0]?.model;
  return { nproc: os.cpus().length, memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1), cpu, node: process.version };
}

async function main() {
  const log = (m: string) => console.error(`[bench] ${m}`);
  let adminUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  let tmp: string | null = null;
  if (!adminUrl) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quanze-bench-'));
    fs.chmodSync(tmp, 0o755);
    const embedded = await startEmbeddedPostgres(tmp);
    adminUrl = embedded.url;
    stop = () => embedded.stop();
  }
  const dbName = `quanze_bench_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const db = createDb(u.toString(), 10);
  const out: Record<string, unknown> = { machine: machine(), scale: SCALE };
  try {
    await runMigrations(db);
    out.postgres = (await db.execute<{ v: string }>(sql`select version() as v`)).rows[0]!.v;
    const now = systemClock.now();
    const t0 = performance.now();
    const g = await generate(db, SCALE, now, log);
    out.generateSeconds = +(ms(t0) / 1000).toFixed(1);
    await db.execute(sql`vacuum analyze`);

    // Coverage.
    const deps = { db, clock: systemClock };
    const cache = coverageCacheFor(deps);
    const full: number[] = [];
    const timedFull = async () => {
      const t1 = performance.now();
      const e = await cache.full(g.bureauId);
      full.push(ms(t1));
      return e;
    };
    const report = await timedFull();
    for (let i = 0; i < 4; i++) await timedFull();
    out.coverageCounts = report.report.counts;
    out.coverageFullMs = stats(full);
    // Of which the pure computation (computeCoverage over the loaded rows); the rest is loading.
    const compute: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t1 = performance.now();
      computeCoverage(report.input, report.date, DEFAULT_OFFICER_RULES);
      compute.push(ms(t1));
    }
    out.coverageComputeOnlyMs = stats(compute);
    let t = performance.now();
    const first = await cache.get(g.bureauId);
    out.coverageFirstRequestMs = { ms: +ms(t).toFixed(1), computed: first.computed };
    const incremental: number[] = [];
    const unchanged: number[] = [];
    for (let i = 0; i < 20; i++) {
      const cert = g.certificateIds[(i * 7919) % g.certificateIds.length]!;
      await db.execute(sql`update certificates set status = case when status = 'valid' then 'suspended' else 'valid' end, updated_at = now() where id = ${cert}`);
      t = performance.now();
      const r = await cache.get(g.bureauId);
      incremental.push(ms(t));
      if (r.computed !== 'incremental') throw new Error(`expected incremental, got ${r.computed}`);
      t = performance.now();
      await cache.get(g.bureauId);
      unchanged.push(ms(t));
    }
    out.coverageIncrementalAfterOneCertificateMs = stats(incremental);
    out.coverageUnchangedMs = stats(unchanged);
    const check = await cache.full(g.bureauId);
    const { entry } = await cache.get(g.bureauId);
    out.incrementalEqualsFull = JSON.stringify(entry.report) === JSON.stringify(check.report);

    // The HTTP request, cache warm (first page of 50, as the UI asks).
    const app = await buildApp({ db, clock: systemClock, config: loadConfig({ LOG_LEVEL: 'silent', QUANZE_WEB_DIST: '/nonexistent', QUANZE_LOGIN_RATE_PER_MINUTE: '10000' }), dataKey: crypto.randomBytes(32) });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: g.username, password: PASSWORD } });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const http: number[] = [];
    for (let i = 0; i < 20; i++) {
      t = performance.now();
      const r = await app.inject({ method: 'GET', url: '/api/powers/coverage?pageSize=50', headers: { cookie } });
      http.push(ms(t));
      if (r.statusCode !== 200) throw new Error(r.body);
    }
    out.coverageHttpPageMs = stats(http);

    // Search.
    const search = async (q: string) => {
      const t1 = performance.now();
      const r = await app.inject({ method: 'GET', url: `/api/legal/articles?q=${encodeURIComponent(q)}&pageSize=20`, headers: { cookie } });
      const elapsed = ms(t1);
      if (r.statusCode !== 200) throw new Error(r.body);
      return { elapsed, total: r.json<{ total: number; totalCapped: boolean }>() };
    };
    const runTerms = async (terms: string[], rounds: number) => {
      const times: number[] = [];
      const totals: Record<string, string> = {};
      for (let k = 0; k < rounds; k++)
        for (const q of terms) {
          const r = await search(q);
          times.push(r.elapsed);
          totals[q] = `${r.total.total}${r.total.totalCapped ? '+' : ''}`;
        }
      return { ...stats(times), matches: totals };
    };
    await runTerms([...TWO, ...FOUR], 1); // warm
    out.searchTwoCharHttpMs = await runTerms(TWO, 10);
    out.searchFourCharHttpMs = await runTerms(FOUR, 10);
    out.searchOneCharScanHttpMs = await runTerms(ONE, 3);
    // The id query alone (what the index answers), without HTTP, session and the page's details.
    const idsOnly = async (terms: string[]) => {
      const times: number[] = [];
      for (let k = 0; k < 10; k++)
        for (const q of terms) {
          const t1 = performance.now();
          await searchArticleIds(db, { bureauId: g.bureauId, q, limit: 20, offset: 0 });
          times.push(ms(t1));
        }
      return stats(times);
    };
    out.searchTwoCharIdsMs = await idsOnly(TWO);
    out.searchFourCharIdsMs = await idsOnly(FOUR);
    const explain = async (q: string) =>
      (
        await db.execute<{ 'QUERY PLAN': string }>(
          sql`explain (analyze) select a.id from legal_articles a where a.bureau_id = ${g.bureauId} and ${searchCondition(q).where!}
            order by a.bureau_id, a.sort_key collate "C", a.article_no, a.paragraph_no nulls first, a.item_no nulls first, a.id limit 20`,
        )
      ).rows.map((r) => r['QUERY PLAN']);
    out.planTwoCharCommon = await explain('罚款');
    out.planFourCharRare = await explain('律师事务所违反');
    await app.close();
  } finally {
    await db.$client.end();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    await stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(JSON.stringify(out, null, 2));
}

await main();
