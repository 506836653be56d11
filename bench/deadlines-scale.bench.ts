/**
 * Deadline scan at scale (issue 5, "Deadline scan of all open clocks < 2 s"). Not part of `npm test`:
 *   npx vitest run --config bench/deadlines.vitest.config.ts          # BENCH_OPEN_CASES (20,000), BENCH_RUNS (5)
 * Data: a bureau made with the integration tests' factories; template cases driven through the API to every stage
 * before the decision (up to 8 steps), one with the decision clock suspended, one decided; then cloned in SQL to
 * BENCH_OPEN_CASES open cases (steps, investigators; dates shifted by 0–119 days so due dates spread and some are
 * overdue), with the triggers off as a bulk load would (session_replication_role = replica), then rebuildCaseClocks.
 * Measures (ms): the full recompute (derive + store every case), the old derivation alone (deriveOpenClocks: steps
 * json_agg + fold), scanDeadlines first run (writing reminders) and repeats, the bureau-wide deadline view, and the
 * per-action refresh (refreshCaseClocks in a transaction). Prints JSON; bench/REPORT-deadlines.md records a run.
 */
import fs from 'node:fs';
import os from 'node:os';
import { it } from 'vitest';
import { createFieldCipher } from '../apps/server/src/platform/crypto.ts';
import { loadConfig } from '../apps/server/src/platform/config.ts';
import type { Deps } from '../apps/server/src/platform/deps.ts';
import { procedureConfigOf } from '../apps/server/src/modules/calendar/index.ts';
import { rebuildCaseClocks, refreshCaseClocks, scanDeadlines } from '../apps/server/src/modules/deadlines/index.ts';
import { sql } from 'drizzle-orm';
import { caseClockCounts, caseClockPage, openCaseConditions } from '../apps/server/src/modules/deadlines/deadlines.repository.ts';
import { deriveOpenClocks, storedOpenClocks } from '../apps/server/src/modules/deadlines/open-clocks.ts';
import { FINE_500, decisionBody, makeCase, makeCaseWorld, ok, type Stage } from '../apps/server/test/support/case-factory.ts';
import { createTestContext, login, makeBureau } from '../apps/server/test/support/test-app.ts';

const OPEN = Number(process.env.BENCH_OPEN_CASES ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** BENCH_SKIP_SCAN=1: only the stored clocks, the view and the refresh (skips the old derivation and the scans). */
const SKIP_SCAN = process.env.BENCH_SKIP_SCAN === '1';

const ms = (t0: number) => +(performance.now() - t0).toFixed(1);
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { n: s.length, p50: q(0.5), p95: q(0.95), max: s.at(-1)!, all: xs };
};
const load = () => os.loadavg().map((x) => +x.toFixed(2));

it('deadline scan at scale', async () => {
  const ctx = await createTestContext();
  const b = await makeBureau(ctx);
  const w = await makeCaseWorld(ctx, b);
  const deps: Deps = { db: ctx.db, clock: ctx.clock, config: loadConfig({ QUANZE_DEMO: '1', LOG_LEVEL: 'silent', QUANZE_WEB_DIST: '/nonexistent' }), cipher: createFieldCipher(ctx.dataKey) };

  ctx.clock.set('2026-03-02T01:00:00.000Z');
  const stages: Stage[] = ['lead', 'filed', 'investigating', 'investigationReported', 'legalReview', 'priorNoticeServed', 'statementAndDefence', 'partyHeard'];
  const templates: string[] = [];
  for (const s of stages) templates.push(await makeCase(w, s, s === 'priorNoticeServed' || s === 'partyHeard' ? FINE_500 : undefined));
  const suspended = await makeCase(w, 'investigating');
  await ok(w.s.leader, suspended, 'suspendDecisionClock', { from: '2026-03-02', reason: '等待鉴定' });
  const decided = await makeCase(w, 'partyHeard', FINE_500);
  await ok(w.s.leader, decided, 'decide', decisionBody(FINE_500));
  templates.push(suspended, decided);

  // Clone the templates in SQL, every column copied except the ones that make a clone its own case.
  const t0 = performance.now();
  const per = Math.ceil(OPEN / templates.length);
  const cols = async (table: string) => (await ctx.sql(`select column_name from information_schema.columns where table_name = $1 order by ordinal_position`, [table])).rows.map((r) => r.column_name as string);
  const list = (names: string[], repl: Record<string, string>, skip: string[] = []) => names.filter((c) => !skip.includes(c)).map((c) => repl[c] ?? `t.${c}`);
  await ctx.sql(`create table bench_clone as select t.id as tid, gen_random_uuid() as nid, g as i, make_interval(days => g % 120) as shift
    from penalty_cases t cross join generate_series(1, ${per}) g where t.id = any($1::uuid[])`, [templates]);
  const pc = await cols('penalty_cases');
  const cs = await cols('case_steps');
  const co = await cols('case_officers');
  await ctx.sql(`begin; set local session_replication_role = replica;
    insert into penalty_cases (${pc.join(', ')}) select ${list(pc, { id: 'm.nid', case_number: `coalesce(t.case_number, '线索') || '-' || m.i`, decision_number: `t.decision_number || '-' || m.i`, lead_received_at: 't.lead_received_at - m.shift', created_at: 't.created_at - m.shift', updated_at: 't.updated_at - m.shift' }).join(', ')}
      from bench_clone m join penalty_cases t on t.id = m.tid;
    insert into case_steps (${cs.filter((c) => c !== 'id').join(', ')}) select ${list(cs, { case_id: 'm.nid', at: 't.at - m.shift' }, ['id']).join(', ')}
      from bench_clone m join case_steps t on t.case_id = m.tid;
    insert into case_officers (${co.join(', ')}) select ${list(co, { id: 'gen_random_uuid()', case_id: 'm.nid' }).join(', ')}
      from bench_clone m join case_officers t on t.case_id = m.tid;
    commit; analyze;`);
  const counts = (await ctx.sql(`select (select count(*) from penalty_cases)::int as cases, (select count(*) from case_steps)::int as steps`)).rows[0];
  const loadSeconds = ms(t0) / 1000;

  ctx.clock.set('2026-03-20T01:00:00.000Z');
  const config = await procedureConfigOf(deps, b.id);
  const conds = openCaseConditions({ bureauId: b.id });
  const result: Record<string, unknown> = { machine: { nproc: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1), node: process.version }, data: { ...counts, templates: templates.length, perTemplate: per, loadSeconds } };

  let t = performance.now();
  const rebuilt = await rebuildCaseClocks(deps);
  result['fullRecompute'] = { ms: ms(t), cases: rebuilt, loadavg: load() };
  const storedCount = (await ctx.sql('select count(*)::int as n from case_clocks')).rows[0].n as number;
  result['storedClocks'] = storedCount;

  const derive: number[] = [];
  for (let r = 0; r < (SKIP_SCAN ? 0 : Math.min(RUNS, 3)); r++) {
    t = performance.now();
    await deriveOpenClocks(ctx.db, conds, config);
    derive.push(ms(t));
  }
  result['oldDerivation'] = { ...stats(derive), loadavg: load() };

  if (!SKIP_SCAN) {
  t = performance.now();
  const first = await scanDeadlines(deps);
  result['scanFirst'] = { ms: ms(t), ...first, loadavg: load() };
  const repeat: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    t = performance.now();
    await scanDeadlines(deps);
    repeat.push(ms(t));
  }
  result['scanRepeat'] = { ...stats(repeat), loadavg: load() };
  // The next day: new reminders for the clocks that moved a lead time closer.
  ctx.clock.set('2026-03-23T01:00:00.000Z');
  t = performance.now();
  const nextDay = await scanDeadlines(deps);
  result['scanNextWorkingDay'] = { ms: ms(t), ...nextDay, loadavg: load() };
  }
  ctx.clock.set('2026-03-23T01:00:00.000Z');

  const view: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    t = performance.now();
    await storedOpenClocks(ctx.db, conds, config.calendar);
    view.push(ms(t));
  }
  result['storedReadAllOpenClocks'] = { ...stats(view), loadavg: load() };

  // The view itself, through HTTP (session, zod, JSON): case clocks filtered, counted, ordered and paged in SQL.
  await ctx.sql('update users set password_changed_at = $1 where bureau_id = $2', [ctx.clock.now(), b.id]);
  const leader = await login(ctx, b.users['leader']!);
  const head = await login(ctx, b.users['headA']!);
  const views: Record<string, [typeof leader, string]> = {
    bureauPage1: [leader, ''],
    bureauPage100: [leader, 'page=100'],
    bureauOverdue: [leader, 'status=overdue'],
    bureauOneClockOpen: [leader, 'clockId=decisionPeriod&status=open'],
    departmentHeadPage1: [head, ''],
  };
  const viewHttp: Record<string, unknown> = {};
  for (const [name, [s, query]] of Object.entries(views)) {
    const xs: number[] = [];
    let total = 0;
    for (let r = 0; r < RUNS + 1; r++) {
      t = performance.now();
      const res = await s.request({ method: 'GET', url: `/api/deadlines?${query}` });
      if (res.statusCode !== 200) throw new Error(res.body);
      if (r > 0) xs.push(ms(t)); // the first request warms the calendar cache and catch-up
      total = res.json().total;
    }
    viewHttp[name] = { ...stats(xs), total };
  }
  result['viewHttp'] = { ...viewHttp, loadavg: load() };
  // Its two SQL reads alone: the grouped counts and the first page's window (pageSize 50).
  const today = '2026-03-23';
  for (const [name, run] of [
    ['sqlCounts', () => caseClockCounts(ctx.db, { bureauId: b.id, conds, today })],
    ['sqlPage1', () => caseClockPage(ctx.db, { bureauId: b.id, conds, today }, 0, 50)],
    ['sqlPage100', () => caseClockPage(ctx.db, { bureauId: b.id, conds, today }, 4950, 50)],
  ] as const) {
    const xs: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      t = performance.now();
      await run();
      xs.push(ms(t));
    }
    result[name] = stats(xs);
  }
  const plan = await ctx.db.execute(sql`explain (analyze, costs off) ${caseClockPage(ctx.db, { bureauId: b.id, conds, today }, 0, 50).getSQL()}`);
  result['sqlPage1Plan'] = plan.rows.map((r) => Object.values(r)[0]);

  const ids = (await ctx.sql(`select id from penalty_cases order by random() limit 50`)).rows.map((r) => r.id as string);
  const refresh: number[] = [];
  for (const id of ids) {
    t = performance.now();
    await ctx.db.transaction(async (tx) => refreshCaseClocks(tx, id, config, ctx.clock.now()));
    refresh.push(ms(t));
  }
  result['refreshOneCase'] = { ...stats(refresh), all: undefined };
  const out = JSON.stringify(result, null, 2);
  fs.writeFileSync('/tmp/deadlines-scale.bench.json', out);
  console.log(out);
});
