/**
 * Benchmark of issue 6 (执法公示; not part of `npm test`):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_DB=quanze_bench_h5 \
 *   BENCH_WEB_DIST=/tmp/qz-h5-dist npx tsx bench/disclosure.bench.ts
 * BENCH_DB is kept (generated once, measured again); without it a random quanze_bench_* database is made and dropped.
 *
 * 1. Generation, SQL-side (disclosure-generate.ts): BENCH_DECISIONS (default 1,000,000) published decisions in
 *    batches of BENCH_BATCH, portal indexes dropped during the load and rebuilt after; stops early when
 *    BENCH_GENERATE_MINUTES (default 15) have passed and measures what it reached. Search terms are checked against
 *    the domain's bigrams() on a sample.
 * 2. Portal decision search through HTTP (a listening app, one keep-alive connection, sequential) for 2- and
 *    4-character terms, p50/p95, and the SAME SQL statements the route runs (public.queries.ts searchCondition /
 *    visibleCondition, rendered by drizzle) through a pg pool, interleaved in the same run.
 * 3. Throughput with autocannon on loopback: the portal home (GET /portal, index.html), the decision list and the
 *    search API. The app trusts X-Forwarded-For (QUANZE_TRUST_PROXY=1, as behind the reverse proxy) and every request
 *    carries a different client address, so the per-IP rate limit (120/min) applies per visitor as in production.
 * 4. The JS budget of the portal's first load (disclosure-js-budget.ts) from BENCH_WEB_DIST (a build with --manifest).
 * Prints a JSON summary on stdout.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import pg from 'pg';
import autocannon from 'autocannon';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { bigrams, toLocalDate } from '@quanze/domain';
import { systemClock } from '../apps/server/src/platform/clock.ts';
import { loadConfig } from '../apps/server/src/platform/config.ts';
import { createDb } from '../apps/server/src/platform/db.ts';
import { runMigrations } from '../apps/server/src/platform/migrate.ts';
import { searchCondition, visibleCondition } from '../apps/server/src/modules/disclosure/public.queries.ts';
import { PUBLIC_LIST_COUNT_CAP, PUBLIC_SEARCH_COUNT_CAP } from '@quanze/contracts';
import { BIGRAMS_FUNCTION, checkBigrams, insertBatchSql, LOAD_INDEXES } from './disclosure-generate.ts';
import { portalJsBudget } from './disclosure-js-budget.ts';

const TARGET = Number(process.env.BENCH_DECISIONS ?? 1_000_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 50_000);
const GENERATE_MINUTES = Number(process.env.BENCH_GENERATE_MINUTES ?? 15);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const WEB_DIST = process.env.BENCH_WEB_DIST ?? '/nonexistent';
/** Common and rare terms of the vocabulary, and one that matches nothing. */
const TERMS_2 = ['罚款', '律师', '警告', '执业', '公证', '鉴定', '鼎信', '许可', '商业', '援助'];
const TERMS_4 = ['律师事务', '违法所得', '停业整顿', '执业证书', '司法鉴定', '法律援助', '商业秘密', '鼎信正衡', '执业核准', '环境污染'];
const PAGE_SIZE = 20;

const log = (m: string) => console.error(`[bench] ${new Date().toISOString().slice(11, 19)} ${m}`);
const ms = (t0: number) => performance.now() - t0;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { n: s.length, p50: +q(0.5).toFixed(1), p95: +q(0.95).toFixed(1), max: +s.at(-1)!.toFixed(1) };
};
const load = () => os.loadavg().map((x) => +x.toFixed(2));

function machine() {
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? os.cpus()[0]?.model;
  return { nproc: os.cpus().length, memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1), cpu, node: process.version };
}

async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query(`select 1 from pg_database where datname = $1`, [name])).rowCount! > 0;
  if (!exists) await admin.query(`create database ${name} template template0 encoding 'UTF8'`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

const INSERTERS = Number(process.env.BENCH_INSERTERS ?? 2);

/**
 * Inserts batches [done+1 …] with INSERTERS connections until TARGET rows or until 55 % of the time budget is spent
 * (the GIN build and vacuum take most of the rest), then rebuilds the indexes. The outcome is kept in bench_meta so
 * a later measuring run (BENCH_PHASE=measure) reports it.
 */
async function generate(pool: pg.Pool, out: Record<string, unknown>) {
  await pool.query(`create table if not exists bench_meta (k text primary key, v jsonb not null)`);
  const meta = (await pool.query(`select v from bench_meta where k = 'generation'`)).rows[0]?.v as Record<string, unknown> | undefined;
  let bureauId = (await pool.query(`select id from bureaus order by created_at limit 1`)).rows[0]?.id as string | undefined;
  if (meta && bureauId && process.env.BENCH_PHASE === 'measure') {
    out.generation = meta;
    return { bureauId, rows: Number(meta.rows) };
  }
  if (!bureauId) {
    bureauId = (await pool.query(`insert into bureaus (name, short_name, created_at) values ('南京市司法局', '宁司', now()) returning id`)).rows[0].id as string;
    await pool.query(`insert into departments (bureau_id, name, created_at, updated_at) values ($1, '律师工作处', now(), now())`, [bureauId]);
  }
  const departmentId = (await pool.query(`select id from departments where bureau_id = $1 limit 1`, [bureauId])).rows[0].id as string;
  const have = Number((await pool.query(`select count(*) as n from decision_publications`)).rows[0].n);
  await pool.query(BIGRAMS_FUNCTION);
  for (const i of Object.keys(LOAD_INDEXES)) await pool.query(`drop index if exists ${i}`);
  const t0 = performance.now();
  const batches: { rows: number; seconds: number }[] = [];
  let next = have;
  let stoppedEarly = false;
  await Promise.all(
    Array.from({ length: INSERTERS }, async () => {
      while (next < TARGET) {
        if (ms(t0) > GENERATE_MINUTES * 60_000 * 0.55) {
          stoppedEarly = true;
          return;
        }
        const from = next + 1;
        const to = Math.min(TARGET, next + BATCH);
        next = to;
        const t = performance.now();
        await pool.query(insertBatchSql(bureauId, departmentId, from, to));
        batches.push({ rows: to - from + 1, seconds: +(ms(t) / 1000).toFixed(1) });
        log(`inserted ${from}–${to} in ${(ms(t) / 1000).toFixed(1)} s (load ${load().join(' ')})`);
      }
    }),
  );
  const rows = Number((await pool.query(`select count(*) as n from decision_publications`)).rows[0].n);
  const insertSeconds = +(ms(t0) / 1000).toFixed(1);
  const t1 = performance.now();
  const indexSeconds: Record<string, number> = {};
  const client = await pool.connect();
  try {
    await client.query(`set maintenance_work_mem = '1GB'`);
    for (const [name, def] of Object.entries(LOAD_INDEXES)) {
      const t = performance.now();
      await client.query(def);
      indexSeconds[name] = +(ms(t) / 1000).toFixed(1);
      log(`${name}: ${indexSeconds[name]} s`);
    }
  } finally {
    client.release();
  }
  const t2 = performance.now();
  await pool.query(`vacuum analyze decision_publications`);
  const generation = {
    target: TARGET,
    rows,
    /** Rows already there when this run started: a run appends rows have+1 … up to TARGET (append mode). */
    startRows: have,
    inserters: INSERTERS,
    batchSize: BATCH,
    stoppedEarly,
    insertSeconds,
    indexSeconds,
    indexTotalSeconds: +(ms(t1) / 1000).toFixed(1),
    vacuumAnalyzeSeconds: +(ms(t2) / 1000).toFixed(1),
    totalSeconds: +(ms(t0) / 1000).toFixed(1),
    rowsPerSecondInsert: Math.round((rows - have) / insertSeconds),
    batches,
    loadAverageAtStart: out.loadAverageAtStart,
    loadAverageAfter: load(),
  };
  out.generation = generation;
  await pool.query(`insert into bench_meta values ('generation', $1) on conflict (k) do update set v = excluded.v`, [JSON.stringify(generation)]);
  return { bureauId, rows };
}

function keepAliveGet(port: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (url: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: url, agent, headers: { 'x-forwarded-for': `10.9.${crypto.randomInt(256)}.${crypto.randomInt(256)}` } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        })
        .on('error', reject);
    });
  return { get, close: () => agent.destroy() };
}

/**
 * The list route's statements for a query on page 1 (public.queries.ts publicDecisionList): a search first reads the
 * page one row ahead among the newest 2,000 visible decisions (`pageNewest`), else the full search (`page`); then,
 * only when there is more, counts up to 200 among those newest (`countNewest`), else everywhere (`count`). The
 * listing: `page`, then `count` up to 1,000. `countBefore` is the route's count before this change (capped at 1,000
 * everywhere), timed for comparison only.
 */
function routeSql(bureauId: string, q: string): { pageNewest: SQL | null; page: SQL; countNewest: SQL | null; count: SQL; countBefore: SQL } {
  const s = searchCondition(q);
  const cap = s.where ? PUBLIC_SEARCH_COUNT_CAP : PUBLIC_LIST_COUNT_CAP;
  const visible = visibleCondition(bureauId, toLocalDate(new Date()));
  const where = sql.join([visible, s.where ?? sql`true`], sql` and `);
  const columns = sql`p.id, p.result_type, p.result_label, p.title, p.decision_number, p.party_display, p.penalty_summary, p.decided_on::text as decided_on, p.published_on::text as published_on`;
  const order = sql`order by p.published_at desc, p.id desc limit ${PAGE_SIZE + 1} offset ${0}`;
  const newest = sql`(select p.* from decision_publications p where ${visible} order by p.published_at desc, p.id desc limit ${2_000}) p`;
  return {
    pageNewest: s.where ? sql`select ${columns} from ${newest} where ${s.where} ${order}` : null,
    page: sql`select ${columns} from decision_publications p where ${where} ${order}`,
    countNewest: s.where ? sql`select count(*) as n from (select 1 from ${newest} where ${s.where} limit ${cap + 1}) x` : null,
    count: sql`select count(*) as n from (select 1 from decision_publications p where ${where} limit ${cap + 1}) x`,
    countBefore: sql`select count(*) as n from (select 1 from decision_publications p where ${where} limit ${1_001}) x`,
  };
}

async function cannon(port: number, path: string | (() => string), seconds: number) {
  let n = 0;
  const next = () => (typeof path === 'string' ? path : path());
  const r = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          n++;
          return { ...req, path: next(), headers: { ...req.headers, 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` } };
        },
      },
    ],
  });
  return {
    connections: CONNECTIONS,
    seconds,
    requestsPerSecond: Math.round(r.requests.average),
    latencyMs: { p50: r.latency.p50, p97_5: r.latency.p97_5, p99: r.latency.p99, max: r.latency.max },
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    throughputMBps: +(r.throughput.average / 2 ** 20).toFixed(2),
  };
}

async function main() {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const keep = process.env.BENCH_DB;
  const dbName = keep ?? `quanze_bench_${crypto.randomBytes(3).toString('hex')}`;
  const url = await ensureDatabase(adminUrl, dbName);
  const db = createDb(url, 10);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => undefined);
  const out: Record<string, unknown> = { machine: machine(), loadAverageAtStart: load(), database: dbName };
  try {
    await runMigrations(db);
    out.postgres = (await pool.query(`select version() as v`)).rows[0].v;
    const g = await generate(pool, out);
    out.rows = g.rows;
    out.bigramsCheck = await checkBigrams(pool, bigrams, 500);
    out.tableSize = (
      await pool.query(`select pg_size_pretty(pg_table_size('decision_publications')) as heap, pg_size_pretty(pg_indexes_size('decision_publications')) as indexes`)
    ).rows[0];
    out.resultTypes = (await pool.query(`select result_type, count(*)::int as n from decision_publications group by 1 order by 1`)).rows;
    if (process.env.BENCH_PHASE === 'generate') return;

    const config = loadConfig({ LOG_LEVEL: 'silent', QUANZE_WEB_DIST: WEB_DIST, QUANZE_TRUST_PROXY: '1', QUANZE_DEMO: '1' });
    const { buildApp } = await import('../apps/server/src/app.ts');
    const { createFileStore } = await import('../apps/server/src/platform/files/file-store.ts');
    const app = await buildApp({ db, clock: systemClock, config, dataKey: crypto.randomBytes(32), files: createFileStore(fs.mkdtempSync(`${os.tmpdir()}/h5-bench-files-`)) });
    await app.listen({ port: Number(process.env.BENCH_PORT ?? 0), host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const client = keepAliveGet(port);
    const dialect = new PgDialect();

    const hits: Record<string, unknown> = {};
    const measureTerms = async (terms: string[]) => {
      const api: number[] = [];
      const raw: number[] = [];
      const before: number[] = [];
      for (let k = 0; k < SAMPLES; k++) {
        for (const q of terms) {
          let t = performance.now();
          const r = await client.get(`/api/public/decisions?q=${encodeURIComponent(q)}&pageSize=${PAGE_SIZE}`);
          api.push(ms(t));
          if (r.status !== 200) throw new Error(`search ${q}: ${r.status} ${r.body.slice(0, 200)}`);
          if (k === 0) {
            const j = JSON.parse(r.body) as { total: number; totalCapped: boolean };
            hits[q] = j.totalCapped ? `>${j.total}` : j.total;
          }
          // the same statements, as the route runs them
          const s = routeSql(g.bureauId, q);
          const run = async (x: SQL) => {
            const c = dialect.sqlToQuery(x);
            return pool.query(c.sql, c.params);
          };
          t = performance.now();
          let rows = s.pageNewest ? await run(s.pageNewest) : null;
          const fromNewest = (rows?.rowCount ?? 0) > PAGE_SIZE;
          if (!fromNewest) rows = await run(s.page);
          const more = (rows?.rowCount ?? 0) > PAGE_SIZE;
          if (more) {
            const n = fromNewest && s.countNewest ? Number((await run(s.countNewest)).rows[0].n) : 0;
            if (n <= PUBLIC_SEARCH_COUNT_CAP) await run(s.count);
          }
          raw.push(ms(t));
          // the route before this change: the full page (planner's choice) + count capped at 1,000, same load
          t = performance.now();
          await run(s.page);
          if (more) await run(s.countBefore);
          before.push(ms(t));
        }
      }
      return { http: stats(api), sql: stats(raw), sqlCountCap1000: stats(before) };
    };
    log('warm-up');
    await measureTerms([...TERMS_2, ...TERMS_4].slice(0, 4));
    log('search: 2-character terms');
    const two = await measureTerms(TERMS_2);
    log('search: 4-character terms');
    const four = await measureTerms(TERMS_4);
    out.search = { pageSize: PAGE_SIZE, samplesPerTerm: SAMPLES, loadAverage: load(), twoCharacter: { terms: TERMS_2, ...two }, fourCharacter: { terms: TERMS_4, ...four }, hits };
    const plan = routeSql(g.bureauId, '律师事务');
    const pq = dialect.sqlToQuery(plan.pageNewest!);
    out.planFourCharacterPage = (await pool.query(`explain (analyze, buffers) ${pq.sql}`, pq.params)).rows.map((r) => r['QUERY PLAN']);
    const rare = dialect.sqlToQuery(routeSql(g.bureauId, '鼎信正衡').page);
    const cq = dialect.sqlToQuery(plan.countNewest!);
    out.planFourCharacterCount = (await pool.query(`explain (analyze, buffers) ${cq.sql}`, cq.params)).rows.map((r) => r['QUERY PLAN']);
    const c2 = dialect.sqlToQuery(routeSql(g.bureauId, '罚款').countNewest!);
    const slow = dialect.sqlToQuery(routeSql(g.bureauId, '停业整顿').page);
    out.planFourCharacterFullSearchPage = (await pool.query(`explain (analyze, buffers) ${slow.sql}`, slow.params)).rows.map((r) => r['QUERY PLAN']);
    out.planTwoCharacterCount = (await pool.query(`explain (analyze, buffers) ${c2.sql}`, c2.params)).rows.map((r) => r['QUERY PLAN']);
    out.planRareFourCharacterPage = (await pool.query(`explain (analyze, buffers) ${rare.sql}`, rare.params)).rows.map((r) => r['QUERY PLAN']);
    client.close();

    log('autocannon');
    const allTerms = [...TERMS_2, ...TERMS_4];
    let i = 0;
    out.throughput = {
      loadAverageBefore: load(),
      portalHome: await cannon(port, '/portal', LOAD_SECONDS),
      decisionList: await cannon(port, `/api/public/decisions?pageSize=${PAGE_SIZE}`, LOAD_SECONDS),
      decisionSearch: await cannon(port, () => `/api/public/decisions?q=${encodeURIComponent(allTerms[i++ % allTerms.length]!)}&pageSize=${PAGE_SIZE}`, LOAD_SECONDS),
      loadAverageAfter: load(),
    };
    await app.close();
    try {
      out.jsBudget = portalJsBudget(WEB_DIST);
    } catch (e) {
      out.jsBudget = { notMeasured: e instanceof Error ? e.message : String(e) };
    }
    out.loadAverageAtEnd = load();
  } finally {
    await pool.end();
    await db.$client.end();
    if (!keep) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${dbName}`);
      await admin.end();
    }
    console.log(JSON.stringify(out, null, 2));
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
