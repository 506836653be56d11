/**
 * Benchmark of issue 5 (not part of `npm test`): `npx tsx bench/cases.bench.ts`; a quick run with
 * `BENCH_CASES=100000 npx tsx bench/cases.bench.ts`.
 * Uses DATABASE_URL (a database `quanze_bench_*` is created on it and dropped) or the embedded PostgreSQL in a temp dir.
 *
 * Data: lib/generate.ts's city (30 departments, posts, a published list, 15,000 officers with certificates) and
 * lib/generate-cases.ts's ten years of cases (BENCH_CASES, default 1,000,000) with ≈ 5 steps each, two investigators
 * each and BENCH_DOCS_PER_CASE (default 10) document rows each when the documents table exists.
 * Measures, in one run, with BENCH_CONCURRENCY (default 50) requests in flight:
 *  - the case list (department + state + received-date range, newest first, page of 50, capped count) and the case
 *    detail through HTTP — a real listening server, keep-alive connections — and the same SQL through a pg pool;
 *  - the deadline scan of every open clock (modules/deadlines scanDeadlines), first run and repeat;
 *  - 行政处罚决定书 .docx generation: through HTTP (POST /api/cases/:id/documents) and the renderer alone.
 * Prints a JSON summary on stdout; bench/README.md records a run.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { systemClock } from '../apps/server/src/platform/clock.ts';
import { loadConfig } from '../apps/server/src/platform/config.ts';
import { createFieldCipher } from '../apps/server/src/platform/crypto.ts';
import { createDb } from '../apps/server/src/platform/db.ts';
import { startEmbeddedPostgres } from '../apps/server/src/platform/embedded-postgres.ts';
import { runMigrations } from '../apps/server/src/platform/migrate.ts';
import { generate, PASSWORD, prng, type Scale } from './lib/generate.ts';
import { generateCases, type SharedBlob } from './lib/generate-cases.ts';
import { createFileStore } from '../apps/server/src/platform/files/file-store.ts';
import { GENERATED_DOCUMENT_POLICY } from '../apps/server/src/modules/documents/commands/generate-document.ts';
import { backendPids, cpuMeter } from './lib/cpu-meter.ts';
import { closedLoad, ms, openLoad, startLoadProcess, stats, summaryTable, type Measured } from './lib/measure.ts';
import { startBenchServer } from './lib/bench-server.ts';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const DOCS_PER_CASE = Number(process.env.BENCH_DOCS_PER_CASE ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2_000);
const APP_POOL = Number(process.env.BENCH_APP_POOL ?? 10);
const PARAM_SETS = Number(process.env.BENCH_PARAM_SETS ?? 500);
const CITY: Scale = { documents: 200, articlesPerDocument: 20, departments: 30, postsPerDepartment: 50, powers: 1_500, officers: 15_000 };
/** Open-loop rates (req/s) and how long each is offered. */
const OPEN_RATES = (process.env.BENCH_OPEN_RATES ?? '100,200,400').split(',').filter(Boolean).map(Number);
const OPEN_SECONDS = Number(process.env.BENCH_OPEN_SECONDS ?? 10);
/** Measure a separate server of this many node:cluster workers (QUANZE_WORKERS) instead of the in-process one. */
const WORKERS = process.env.BENCH_WORKERS ? Number(process.env.BENCH_WORKERS) : null;
const LIST_STATES = ['archived', 'closed', 'executing', 'investigating', 'served', 'noPenalty', 'withdrawn'];

function machine() {
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? os.cpus()[0]?.model;
  return { nproc: os.cpus().length, memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1), cpu, node: process.version };
}

/** A keep-alive HTTP client with up to `sockets` connections. */
function httpClient(port: number, sockets: number, cookie: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const request = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
      const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const req = http.request(
        { host: '127.0.0.1', port, path: url, method, agent, headers: { cookie, ...(data ? { 'content-type': 'application/json', 'content-length': String(data.length) } : {}), ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      if (data) req.write(data);
      req.end();
    });
  return { request, close: () => agent.destroy() };
}

const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);

interface Statement {
  text: string;
  values?: unknown[];
  name?: string;
  rowMode?: 'array';
}

/** Runs `fn(i)` for i < n one at a time and returns, per call, the statements the app sent (session lookup left out). */
async function captureStatements(n: number, fn: (i: number) => Promise<void>): Promise<Statement[][]> {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  let current: Statement[] | null = null;
  proto.query = function (this: unknown, ...a: unknown[]) {
    const q = a[0];
    if (current && q && typeof q === 'object' && 'text' in q) {
      const c = q as Statement;
      const values = c.values ?? (Array.isArray(a[1]) ? (a[1] as unknown[]) : undefined);
      if (!/from "sessions"/.test(c.text) && !/^update "sessions"/.test(c.text))
        current.push({ text: c.text, ...(values ? { values } : {}), ...(c.name ? { name: c.name } : {}), ...(c.rowMode ? { rowMode: c.rowMode } : {}) });
    } else if (current && typeof q === 'string') current.push({ text: q, ...(Array.isArray(a[1]) ? { values: a[1] } : {}) });
    return original.apply(this, a);
  };
  const out: Statement[][] = [];
  try {
    for (let i = 0; i < n; i++) {
      current = [];
      await fn(i);
      out.push(current);
    }
  } finally {
    current = null;
    proto.query = original;
  }
  return out;
}

/** Bench bookkeeping kept in the bench database itself, so that BENCH_DB can be generated once and measured again. */
async function readMeta(pool: pg.Pool): Promise<Record<string, unknown> | null> {
  const t = await pool.query(`select to_regclass('bench_meta') as t`);
  if (t.rows[0].t === null) return null;
  const r = await pool.query<{ v: Record<string, unknown> }>(`select v from bench_meta where k = 'run'`);
  return r.rows[0]?.v ?? null;
}

/** A few real 行政处罚决定书 .docx files in the file store: the generated document rows point at them. */
async function sharedBlobs(files: ReturnType<typeof createFileStore>, now: Date, n: number): Promise<SharedBlob[]> {
  try {
    const documents = (await import('../apps/server/src/modules/documents/index.ts')) as Record<string, unknown>;
    const render = documents['renderDecisionDocx'] as ((model: unknown) => Promise<Buffer>) | undefined;
    const domain = (await import('@quanze/domain')) as Record<string, unknown>;
    const fixtures = (await import('../packages/domain/src/documents/document-fixtures.ts')) as Record<string, unknown>;
    const build = domain['buildDocumentModel'] as ((kind: string, source: unknown, opts: unknown) => unknown) | undefined;
    const source = (fixtures['decidedCaseSource'] as (() => unknown) | undefined)?.();
    if (!render || !build || !source) return [];
    const out: SharedBlob[] = [];
    for (let i = 0; i < n; i++) {
      const buf = await render(build('decision', source, { number: `基司罚决字〔2026〕第${i + 1}号`, generatedOn: now.toISOString().slice(0, 10) }));
      const stored = await files.put(buf, { policy: GENERATED_DOCUMENT_POLICY, name: null });
      out.push({ hash: stored.id, size: stored.size });
    }
    return out;
  } catch {
    return [];
  }
}

async function main() {
  const log = (m: string) => console.error(`[bench] ${new Date().toISOString().slice(11, 19)} ${m}`);
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
  // BENCH_DB names a database that is kept: generated on the first run, measured again by later runs.
  const keep = process.env.BENCH_DB;
  const dbName = keep ?? `quanze_bench_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query(`select 1 from pg_database where datname = $1`, [dbName])).rowCount! > 0;
  if (!exists) await admin.query(`CREATE DATABASE ${dbName}`);
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const url = u.toString();
  const db = createDb(url, APP_POOL);
  const raw = new pg.Pool({ connectionString: url, max: CONCURRENCY, idleTimeoutMillis: 0 });
  raw.on('error', () => undefined);
  const filesDir = process.env.BENCH_FILES_DIR ?? path.join(os.tmpdir(), `${dbName}-files`);
  const files = createFileStore(filesDir);
  const out: Record<string, unknown> = { machine: machine(), loadAverageAtStart: os.loadavg().map((x) => +x.toFixed(2)), database: dbName, concurrency: CONCURRENCY, requests: REQUESTS, appPool: APP_POOL, rawPool: CONCURRENCY };
  const notMeasured: string[] = [];
  try {
    await runMigrations(db);
    out.postgres = (await db.execute<{ v: string }>(sql`select version() as v`)).rows[0]!.v;
    const now = systemClock.now();
    let t = performance.now();
    let meta = await readMeta(raw);
    if (!meta) {
      const dataKey = crypto.randomBytes(32);
      const g = await generate(db, CITY, now, log);
      const blobs = await sharedBlobs(files, now, 8);
      const gc = await generateCases(raw, createFieldCipher(dataKey), g.bureauId, { cases: CASES, years: 10, documentsPerCase: DOCS_PER_CASE }, now, log, blobs);
      const generateSeconds = +(ms(t) / 1000).toFixed(1);
      log(`generated in ${generateSeconds} s; vacuum analyze`);
      t = performance.now();
      await raw.query(`vacuum analyze`);
      const vacuumSeconds = +(ms(t) / 1000).toFixed(1);
      meta = {
        dataKey: dataKey.toString('hex'),
        bureauId: g.bureauId,
        generatedAt: now.toISOString(),
        scale: { city: CITY, cases: CASES, documentsPerCase: DOCS_PER_CASE },
        generated: { cases: gc.cases, openCases: gc.openCases, steps: gc.steps, caseOfficers: gc.caseOfficers, documents: gc.documents, sharedBlobs: blobs.length, timings: gc.timings },
        generateSeconds,
        vacuumSeconds,
        sampleCaseIds: gc.sampleCaseIds,
        departmentIds: gc.departmentIds,
      };
      await raw.query(`create table bench_meta (k text primary key, v jsonb not null)`);
      await raw.query(`insert into bench_meta values ('run', $1)`, [JSON.stringify(meta)]);
    } else log(`reusing ${dbName} generated at ${String(meta.generatedAt)}`);
    const dataKey = Buffer.from(String(meta.dataKey), 'hex');
    const g = { bureauId: String(meta.bureauId) };
    const gc = { sampleCaseIds: meta.sampleCaseIds as string[], departmentIds: meta.departmentIds as string[] };
    for (const k of ['scale', 'generated', 'generateSeconds', 'vacuumSeconds']) out[k] = meta[k];
    if ((meta.generated as { documents: number | null }).documents === null) notMeasured.push('documents: the case_documents table is missing or has columns the generator does not fill');
    out.tableSizes = (
      await raw.query<{ t: string; rows: string; size: string }>(
        `select relname as t, reltuples::bigint::text as rows, pg_size_pretty(pg_total_relation_size(oid)) as size from pg_class
         where relname in ('penalty_cases','case_steps','case_officers','case_documents','officers') and relkind = 'r' order by relname`,
      )
    ).rows;
    if (process.env.BENCH_PHASE === 'generate') return;

    // The app, listening (in this process: the HTTP load comes from a child process, so this process's CPU during an
    // API measure is the server's alone). With BENCH_WORKERS the measured server is a separate cluster instead
    // (bench/lib/bench-server.ts, QUANZE_WORKERS workers); this one then only serves the statement capture.
    const config = loadConfig({ LOG_LEVEL: process.env.BENCH_LOG ?? 'silent', QUANZE_WEB_DIST: '/nonexistent', QUANZE_LOGIN_RATE_PER_MINUTE: '10000', QUANZE_DEMO: '1' });
    // Imported here so that the generate phase does not load every module of the app.
    const { buildApp } = await import('../apps/server/src/app.ts');
    const app = await buildApp({ db, clock: systemClock, config, dataKey, files, ...(process.env.BENCH_LOG ? { logger: { level: process.env.BENCH_LOG } } : {}) });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bench_leader', password: PASSWORD } });
    if (login.statusCode !== 200) throw new Error(`login: ${login.body}`);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const client = httpClient(port, CONCURRENCY, cookie);
    const external = WORKERS ? await startBenchServer({ url, dataKey, workers: WORKERS, log }) : null;
    out.server = external ? { kind: 'cluster', workers: WORKERS, pids: external.pids() } : { kind: 'in-process', workers: 1 };
    const loadProcess = await startLoadProcess({ host: '127.0.0.1', port: external?.port ?? port, cookie, connections: CONCURRENCY });

    // Parameters: the same sequence for HTTP and SQL (PARAM_SETS distinct requests of each kind, cycled).
    const r = prng(7);
    const year0 = now.getUTCFullYear() - 9;
    const listParams = Array.from({ length: PARAM_SETS }, () => {
      const from = `${year0 + Math.floor(r() * 10)}-${String(1 + Math.floor(r() * 9)).padStart(2, '0')}-01`;
      const months = [1, 3, 12][Math.floor(r() * 3)]!;
      const to = new Date(dayStart(from).getTime() + months * 30 * 86_400_000).toISOString().slice(0, 10);
      return { departmentId: gc.departmentIds[Math.floor(r() * gc.departmentIds.length)]!, state: LIST_STATES[Math.floor(r() * LIST_STATES.length)]!, from, to };
    });
    const detailIds = Array.from({ length: PARAM_SETS }, () => gc.sampleCaseIds[Math.floor(r() * gc.sampleCaseIds.length)]!);
    const listUrl = (i: number) => {
      const p = listParams[i % PARAM_SETS]!;
      return `/api/cases?departmentId=${p.departmentId}&state=${p.state}&receivedFrom=${p.from}&receivedTo=${p.to}&pageSize=50`;
    };
    const detailUrl = (i: number) => `/api/cases/${detailIds[i % PARAM_SETS]!}`;
    const listUrls = Array.from({ length: PARAM_SETS }, (_, i) => listUrl(i));
    const detailUrls = Array.from({ length: PARAM_SETS }, (_, i) => detailUrl(i));
    const apiGet = (url: (i: number) => string) => async (i: number) => {
      const res = await client.request('GET', url(i));
      if (res.status !== 200) throw new Error(`${url(i)} ${res.status}: ${res.body.toString().slice(0, 300)}`);
    };

    // "The same queries as raw SQL": every statement the app sent to PostgreSQL for each request (captured one request
    // at a time at pg.Client.query, the session lookup left out), replayed on a pg pool with the same text, values,
    // statement name and row mode — all of a request's statements in flight together (the app runs some in sequence,
    // so this is the SQL's best case). Each request is captured twice and the second kept: the first warms this
    // process's caches (library, actor facts) as the measured rounds find them.
    log(`capturing the statements of ${PARAM_SETS} list and ${PARAM_SETS} detail requests`);
    const listSql = await captureStatements(PARAM_SETS, apiGet(listUrl));
    const detailSql = (await captureStatements(2 * PARAM_SETS, apiGet((i) => detailUrl(i >> 1)))).filter((_, i) => i % 2 === 1);
    const perRequest = (xs: Statement[][]) => +(xs.reduce((a, x) => a + x.length, 0) / xs.length).toFixed(2);
    const statementsPerRequest = { list: perRequest(listSql), detail: perRequest(detailSql), sessionLookup: 1 };
    out.statementsPerRequest = statementsPerRequest;
    const replay = (sets: Statement[][]) => async (pool: pg.Pool, i: number) => {
      await Promise.all(sets[i % sets.length]!.map((q) => pool.query(q)));
    };
    const sqlList = replay(listSql);
    const sqlDetail = replay(detailSql);
    const samePool = new pg.Pool({ connectionString: url, max: APP_POOL, idleTimeoutMillis: 0 });
    samePool.on('error', () => undefined);

    // CPU: the server (this process, or the cluster's processes) and the PostgreSQL backends of the bench database.
    const benchCpu = async () => {
      const c0 = process.cpuUsage();
      return async (_byPid?: Map<number, number>) => {
        const c = process.cpuUsage(c0);
        return (c.user + c.system) / 1000;
      };
    };
    const serverCpu = external ? cpuMeter(() => external.pids()) : benchCpu;
    // Statements the in-process app sends during an API measure (the raw pools are idle then), session lookup
    // included: with its caches warm or not, what the API really cost PostgreSQL, next to the replayed capture.
    let sentStatements = 0;
    const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
    const unhooked = proto.query;
    proto.query = function (this: unknown, ...a: unknown[]) {
      sentStatements++;
      return unhooked.apply(this, a);
    };
    const pgCpu = cpuMeter(backendPids(raw, dbName));
    const measured = async (name: string, offeredRate: number | undefined, cpu: typeof benchCpu, run: () => Promise<{ latencies: number[]; seconds: number; errors?: string[] }>): Promise<Measured> => {
      log(name);
      const load0 = os.loadavg()[0]!;
      const [cpuDone, pgDone] = [await cpu(), await pgCpu()];
      const sent0 = sentStatements;
      const res = await run();
      const sent = sentStatements - sent0;
      const byPid = new Map<number, number>();
      const [cpuMs, pgMs] = [await cpuDone(byPid), await pgDone()];
      const n = res.latencies.length;
      return {
        ...stats(res.latencies),
        ...(cpu === serverCpu && !external ? { statementsPerRequest: +(sent / n).toFixed(2) } : {}),
        // The cluster's processes one by one (primary first): ms per request.
        ...(cpu === serverCpu && external ? { serverCpuMsPerRequestByProcess: external.pids().map((p) => +((byPid.get(p) ?? 0) / n).toFixed(2)) } : {}),
        perSecond: +(n / res.seconds).toFixed(0),
        cpuMsPerRequest: +(cpuMs / n).toFixed(2),
        pgCpuMsPerRequest: +(pgMs / n).toFixed(2),
        loadAverage: [+load0.toFixed(1), +os.loadavg()[0]!.toFixed(1)],
        ...(offeredRate ? { offeredRate } : {}),
        ...(res.errors?.length ? { errors: res.errors } : {}),
      };
    };
    const api = (name: string, urls: string[], load: { kind: 'closed' } | { kind: 'open'; rate: number; requests: number }) =>
      measured(name, load.kind === 'open' ? load.rate : undefined, serverCpu, () => loadProcess.run({ urls, requests: load.kind === 'open' ? load.requests : REQUESTS, ...load }));
    const sqlClosed = (name: string, pool: pg.Pool, fn: (pool: pg.Pool, i: number) => Promise<void>) =>
      measured(name, undefined, benchCpu, () => closedLoad(REQUESTS, CONCURRENCY, (i) => fn(pool, i)));
    const sqlOpen = (name: string, rate: number, requests: number, fn: (pool: pg.Pool, i: number) => Promise<void>) =>
      measured(name, rate, benchCpu, () => openLoad(requests, rate, (i) => fn(raw, i)));

    log('warm-up');
    await loadProcess.run({ kind: 'closed', urls: listUrls, requests: 200 });
    await loadProcess.run({ kind: 'closed', urls: detailUrls, requests: 200 });
    await closedLoad(200, CONCURRENCY, (i) => sqlList(raw, i));
    await closedLoad(200, CONCURRENCY, (i) => sqlDetail(raw, i));
    await closedLoad(200, CONCURRENCY, (i) => sqlList(samePool, i));

    // Closed loop (50 in flight), as the earlier runs measured; interleaved so that drift (autovacuum, page cache, a
    // noisy neighbour) touches both sides alike.
    const results: Record<string, unknown> = {};
    const table: { kind: string; load: string; sql: Measured; api: Measured }[] = [];
    for (const round of [1, 2]) {
      const m = {
        listSql: await sqlClosed('list SQL', raw, sqlList),
        listApi: await api('list API', listUrls, { kind: 'closed' }),
        listSqlAppPool: await sqlClosed('list SQL, app pool size', samePool, sqlList),
        detailSql: await sqlClosed('detail SQL', raw, sqlDetail),
        detailApi: await api('detail API', detailUrls, { kind: 'closed' }),
        detailSqlAppPool: await sqlClosed('detail SQL, app pool size', samePool, sqlDetail),
      };
      results[`round${round}`] = m;
      table.push({ kind: 'list', load: `closed ${CONCURRENCY} #${round}`, sql: m.listSql, api: m.listApi });
      table.push({ kind: 'detail', load: `closed ${CONCURRENCY} #${round}`, sql: m.detailSql, api: m.detailApi });
    }
    out.http = results;
    // Open loop: a fixed offered rate over the same connections (SQL: the same rate on the pool of CONCURRENCY).
    // A kind whose API could not keep up with a rate (under 90 % of it served) is not offered the higher ones: past
    // saturation an open loop only measures how long the run was.
    const open: Record<string, Record<string, unknown>> = {};
    const saturatedAt: Record<string, number> = {};
    for (const rate of OPEN_RATES) {
      const requests = Math.round(rate * OPEN_SECONDS);
      open[`${rate}PerSecond`] = {};
      for (const [kind, fn, urls] of [['list', sqlList, listUrls], ['detail', sqlDetail, detailUrls]] as const) {
        if (saturatedAt[kind]) {
          open[`${rate}PerSecond`]![kind] = { skipped: `API saturated at ${saturatedAt[kind]}/s` };
          continue;
        }
        const sqlM = await sqlOpen(`${kind} SQL, ${rate}/s`, rate, requests, fn);
        const apiM = await api(`${kind} API, ${rate}/s`, urls, { kind: 'open', rate, requests });
        open[`${rate}PerSecond`]![`${kind}Sql`] = sqlM;
        open[`${rate}PerSecond`]![`${kind}Api`] = apiM;
        table.push({ kind, load: `open ${rate}/s`, sql: sqlM, api: apiM });
        if (apiM.perSecond < 0.9 * rate) saturatedAt[kind] = rate;
      }
    }
    out.httpOpenLoop = open;
    proto.query = unhooked;
    loadProcess.close();
    await external?.stop();
    await samePool.end();
    out.summary = summaryTable(table).split('\n');
    console.error(`\n${summaryTable(table)}\n(statements per request besides the session lookup: list ${statementsPerRequest.list}, detail ${statementsPerRequest.detail}; server ${external ? `cluster of ${WORKERS}` : 'in-process, 1'})\n`);
    // What the planner does with the list's page statement (a busy state over a year) and the count.
    const busy = Math.max(0, listParams.findIndex((p) => p.state === 'archived'));
    const busySet = listSql[busy]!;
    for (const [k, q] of [['planListPage', busySet.find((x) => /order by/.test(x.text))], ['planListCount', busySet.find((x) => /^select count/.test(x.text))]] as const) {
      if (q) out[k] = (await raw.query<{ 'QUERY PLAN': string }>({ text: `explain (analyze, buffers) ${q.text}`, values: q.values })).rows.map((x) => x['QUERY PLAN']);
    }

    if (process.env.BENCH_ONLY_HTTP) {
      notMeasured.push('deadline scan and decision .docx: skipped (BENCH_ONLY_HTTP)');
      client.close();
      await app.close();
      return;
    }
    // Deadline scan of every open clock (H5's job function).
    try {
      const deadlines = (await import('../apps/server/src/modules/deadlines/index.ts')) as Record<string, unknown>;
      const scan = deadlines['scanDeadlines'] as ((deps: unknown) => Promise<{ clocks: number; reminders: number }>) | undefined;
      if (!scan) throw new Error('modules/deadlines exports no scanDeadlines');
      const deps = { db, clock: systemClock, config, cipher: createFieldCipher(dataKey) };
      const runs: { ms: number; clocks: number; reminders: number }[] = [];
      for (let k = 0; k < 3; k++) {
        log(`deadline scan ${k + 1}`);
        t = performance.now();
        const res = await scan(deps);
        runs.push({ ms: +ms(t).toFixed(0), clocks: res.clocks, reminders: res.reminders });
      }
      out.deadlineScan = runs;
    } catch (e) {
      notMeasured.push(`deadline scan: ${e instanceof Error ? e.message : String(e)}`);
    }

    // 行政处罚决定书 .docx (H4): through HTTP on decided cases (generate, hash, store, list) and the renderer alone.
    try {
      const decided = await raw.query<{ id: string }>(`select id from penalty_cases where bureau_id = $1 and state = 'decided' order by lead_received_at desc limit 20`, [g.bureauId]);
      const me = await client.request('GET', '/api/auth/me');
      const csrf = (JSON.parse(me.body.toString()) as { csrfToken: string }).csrfToken;
      const times: number[] = [];
      const sizes: number[] = [];
      let failure: string | null = null;
      for (const c of decided.rows) {
        t = performance.now();
        const res = await client.request('POST', `/api/cases/${c.id}/documents`, { kind: 'decision' }, { 'x-csrf-token': csrf });
        times.push(ms(t));
        if (res.status !== 200 && res.status !== 201) {
          failure = `POST documents ${res.status}: ${res.body.toString().slice(0, 300)}`;
          break;
        }
        const body = JSON.parse(res.body.toString()) as { size?: number; document?: { size?: number } };
        sizes.push(body.size ?? body.document?.size ?? 0);
      }
      if (failure) notMeasured.push(`decision .docx through HTTP: ${failure}`);
      else out.decisionDocxHttpMs = { ...stats(times), bytes: stats(sizes) };
    } catch (e) {
      notMeasured.push(`decision .docx through HTTP: ${e instanceof Error ? e.message : String(e)}`);
    }
    try {
      const documents = (await import('../apps/server/src/modules/documents/index.ts')) as Record<string, unknown>;
      const render = documents['renderDecisionDocx'] as ((model: unknown) => Promise<Buffer>) | undefined;
      const domain = (await import('@quanze/domain')) as Record<string, unknown>;
      const fixtures = (await import('../packages/domain/src/documents/document-fixtures.ts')) as Record<string, unknown>;
      const build = domain['buildDocumentModel'] as ((kind: string, source: unknown, opts: unknown) => unknown) | undefined;
      const source = (fixtures['decidedCaseSource'] as (() => unknown) | undefined)?.();
      if (!render || !build || !source) throw new Error('renderDecisionDocx / buildDocumentModel not available');
      // A decided case as the server hands it to the builder (the domain's fixture), model built once; then the .docx.
      const model = build('decision', source, { number: '示司罚决字〔2026〕第7号', generatedOn: now.toISOString().slice(0, 10) });
      const times: number[] = [];
      let bytes = 0;
      for (let k = 0; k < 30; k++) {
        t = performance.now();
        const buf = await render(model);
        times.push(ms(t));
        bytes = buf.length;
      }
      out.decisionDocxRenderMs = { ...stats(times.slice(5)), bytes };
    } catch (e) {
      notMeasured.push(`decision .docx renderer alone: ${e instanceof Error ? e.message : String(e)}`);
    }
    client.close();
    await app.close();
  } finally {
    out.notMeasured = notMeasured;
    await raw.end().catch(() => undefined);
    await db.$client.end();
    if (!keep) {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      fs.rmSync(filesDir, { recursive: true, force: true });
    }
    await admin.end();
    await stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    out.loadAverageAtEnd = os.loadavg().map((x) => +x.toFixed(2));
    console.log(JSON.stringify(out, null, 2));
  }
}

await main();
