/**
 * Deadlines and reminders (issue 5, "Deadlines and console"): the deadline view shows each open clock in the user's
 * data scope (an officer only their own cases), sorted by due date, overdue in red with the article; the scan writes
 * reminders at the bureau's lead times (working days), on the due date and when overdue — to investigators (or whoever
 * registered a lead), the department head, and the leader once overdue — one per user/case/clock/level, and the job
 * runs once when two nodes start it together (advisory lock).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Deps } from '../src/platform/deps.ts';
import { runJobOnce } from '../src/platform/jobs.ts';
import { deadlineScanJob, scanDeadlines } from '../src/modules/deadlines/index.ts';
import { makeCaseWorld, registerLead, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let deps: Deps;
let leadA: string;
let leadB: string;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  deps = {
    db: ctx.db,
    clock: ctx.clock,
    config: loadConfig({ QUANZE_DEMO: '1', LOG_LEVEL: 'silent', QUANZE_WEB_DIST: '/nonexistent' }),
    cipher: createFieldCipher(ctx.dataKey),
  };
  // Registered Monday 2026-03-02: 线索核查 runs 15 working days, due Monday 2026-03-23.
  leadA = await registerLead(w, w.s.officerA);
  leadB = await registerLead(w, w.s.officerB, { party: { kind: 'organisation', name: '某律师事务所', address: '示例市某路2号' } });
}, 60_000);

const remindersOf = async (caseId: string) =>
  (
    await ctx.sql(
      `select u.display_name as who, n.level, n.lead_days, n.due_date::text as due from notifications n join users u on u.id = n.user_id
       where n.case_id = $1 order by n.level, n.lead_days, u.display_name`,
      [caseId],
    )
  ).rows
    .map((r) => `${r.who}:${r.level}${r.lead_days ? `-${r.lead_days}` : ''}:${r.due}`)
    .sort();

async function relogin(...keys: (keyof CaseWorld['s'])[]): Promise<void> {
  await ctx.sql('update users set password_changed_at = $1 where bureau_id = $2', [ctx.clock.now(), b.id]);
  for (const k of keys) w.s[k] = await login(ctx, b.users[k]!);
}

describe('the deadline view', () => {
  it('shows an officer only the clocks of their own cases; the department head the department; the leader all', async () => {
    const ids = async (s: Session) => ((await s.request({ method: 'GET', url: '/api/deadlines' })).json().items as { caseId: string }[]).map((i) => i.caseId);
    expect(await ids(w.s.officerA)).toContain(leadA);
    expect(await ids(w.s.officerA)).not.toContain(leadB);
    expect(new Set(await ids(w.s.officerB))).toEqual(new Set([leadB]));
    expect(await ids(w.s.headA)).toContain(leadA);
    expect(await ids(w.s.headA)).not.toContain(leadB);
    expect(await ids(w.s.leader)).toEqual(expect.arrayContaining([leadA, leadB]));
    // A department head asking for another department gets nothing.
    const other = await w.s.headA.request({ method: 'GET', url: `/api/deadlines?departmentId=${b.departments.b}` });
    expect(other.json().items).toEqual([]);
  });

  it('labels working days, cites the article, sorts by due date and filters overdue', async () => {
    const r = await w.s.leader.request({ method: 'GET', url: '/api/deadlines?clockId=leadVerification&pageSize=1' });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body.total).toBe(2);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ clockId: 'leadVerification', dueDate: '2026-03-23', dayType: 'workingDays', daysLeft: 15, overdue: false, provisional: false });
    expect(body.items[0].basis.length).toBeGreaterThan(0);
    expect(body.clockKinds.map((k: { clockId: string }) => k.clockId)).toContain('limitationGeneral');
    const all = (await w.s.leader.request({ method: 'GET', url: '/api/deadlines' })).json().items as { dueDate: string }[];
    expect(all.map((i) => i.dueDate)).toEqual([...all.map((i) => i.dueDate)].sort());
    expect((await w.s.leader.request({ method: 'GET', url: '/api/deadlines?status=overdue' })).json().total).toBe(0);
  });
});

describe('the deadline scan', () => {
  it('reminds the registering officer and the department head 3 working days before, once', async () => {
    ctx.clock.set('2026-03-18T01:00:00.000Z'); // Wednesday: 19, 20, 23 March left
    expect(await scanDeadlines(deps)).toMatchObject({ bureaus: expect.any(Number), reminders: 4 });
    expect(await remindersOf(leadA)).toEqual(['headA:upcoming-3:2026-03-23', 'officerA:upcoming-3:2026-03-23']);
    expect(await remindersOf(leadB)).toEqual(['headB:upcoming-3:2026-03-23', 'officerB:upcoming-3:2026-03-23']);
    // The same day again, or the next day still 2 working days out: nothing new.
    expect((await scanDeadlines(deps)).reminders).toBe(0);
    ctx.clock.set('2026-03-19T01:00:00.000Z');
    expect((await scanDeadlines(deps)).reminders).toBe(0);
  });

  it('then 1 working day before, on the due date, and overdue to the leader too', async () => {
    ctx.clock.set('2026-03-20T01:00:00.000Z');
    await scanDeadlines(deps);
    ctx.clock.set('2026-03-23T01:00:00.000Z');
    await scanDeadlines(deps);
    ctx.clock.set('2026-03-24T01:00:00.000Z');
    await scanDeadlines(deps);
    await scanDeadlines(deps);
    expect(await remindersOf(leadA)).toEqual(
      [
        'headA:upcoming-3:2026-03-23',
        'officerA:upcoming-3:2026-03-23',
        'headA:upcoming-1:2026-03-23',
        'officerA:upcoming-1:2026-03-23',
        'headA:dueToday:2026-03-23',
        'officerA:dueToday:2026-03-23',
        'headA:overdue:2026-03-23',
        'officerA:overdue:2026-03-23',
        'leader:overdue:2026-03-23',
      ].sort(),
    );
  });

  it('runs once when two nodes start it at the same moment', async () => {
    ctx.clock.set('2026-03-25T01:00:00.000Z');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let runs = 0;
    const job = { ...deadlineScanJob, run: async (d: Deps) => { runs++; await gate; return scanDeadlines(d); } };
    const a = runJobOnce(deps, job);
    const c = runJobOnce(deps, job);
    // Whichever lost the lock returns at once while the winner is still inside the job.
    expect(await Promise.race([a, c])).toBe('skipped');
    release();
    const results = await Promise.all([a, c]);
    expect(results.filter((r) => r === 'skipped')).toHaveLength(1);
    expect(runs).toBe(1);
    // The lock is released afterwards: the next run is not skipped.
    expect(await runJobOnce(deps, deadlineScanJob)).not.toBe('skipped');
  });
});

describe('in-app reminders', () => {
  it('counts unread, lists newest first, marks read — only one’s own', async () => {
    await relogin('officerA', 'officerB', 'headA');
    const count = async (s: Session) => (await s.request({ method: 'GET', url: '/api/notifications/unread-count' })).json().unread as number;
    expect(await count(w.s.officerA)).toBe(4);
    const list = (await w.s.officerA.request({ method: 'GET', url: '/api/notifications' })).json();
    expect(list).toMatchObject({ total: 4, unread: 4 });
    expect(list.items.map((n: { level: string }) => n.level)).toContain('overdue');
    const overdue = list.items.find((n: { level: string }) => n.level === 'overdue');
    expect(overdue.title).toContain('已逾期');
    expect(overdue.body).toContain('到期日 2026-03-23');
    // Another user cannot mark officerA's reminder.
    const foreign = await w.s.officerB.request({ method: 'POST', url: '/api/notifications/read', payload: { ids: [overdue.id] } });
    expect(foreign.json()).toMatchObject({ marked: 0 });
    expect(await count(w.s.officerA)).toBe(4);
    const one = await w.s.officerA.request({ method: 'POST', url: '/api/notifications/read', payload: { ids: [overdue.id] } });
    expect(one.json()).toMatchObject({ marked: 1, unread: 3 });
    const all = await w.s.officerA.request({ method: 'POST', url: '/api/notifications/read', payload: { all: true } });
    expect(all.json()).toMatchObject({ marked: 3, unread: 0 });
    expect(await count(w.s.headA)).toBe(4);
  });

  it('lets only the system administrator change the lead times', async () => {
    const denied = await w.s.headA.request({ method: 'PUT', url: '/api/deadlines/settings', payload: { leadWorkingDays: [5], version: 0 } });
    expect(denied.statusCode).toBe(403);
    const admin = await login(ctx, b.users['sysadmin']!);
    const bad = await admin.request({ method: 'PUT', url: '/api/deadlines/settings', payload: { leadWorkingDays: [0], version: 0 } });
    expect(bad.statusCode).toBe(400);
    const r = await admin.request({ method: 'PUT', url: '/api/deadlines/settings', payload: { leadWorkingDays: [5, 2], version: 0 } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ leadWorkingDays: [5, 2], version: 1 });
    const stale = await admin.request({ method: 'PUT', url: '/api/deadlines/settings', payload: { leadWorkingDays: [4], version: 0 } });
    expect(stale.statusCode).toBe(409);
  });
});
