/**
 * Complaints' 信访工作条例 clocks in the bureau's deadline view (期限监控) and the hourly reminder scan (issue 6: the
 * complaint clocks reuse the cases' working-day calendar and clock engine). A complaint received on 2026-09-22: the
 * written notice is owed within 15 days (第二十三条第二款), a calendar-day clock whose last day, 2026-10-07, falls in
 * the National Day holiday and rolls over to 2026-10-08 — the view shows that date and article to a supervisor (bureau
 * complaint scope), not to an officer it is not assigned to; once overdue, the scan reminds the bureau's
 * complaint:handle holders (no handler yet) exactly once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../src/modules/identity/identity.table.ts';
import { scanDeadlines } from '../src/modules/deadlines/scan-deadlines.job.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Deps } from '../src/platform/deps.ts';
import { makeCaseWorld, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, login, makeBureau, type TestBureau, type TestContext } from './support/test-app.ts';
import { complaintFields, detailOf, idOf, ok, submitOk } from './complaints-helpers.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let deps: Deps;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  deps = { db: ctx.db, clock: ctx.clock, config: loadConfig({ QUANZE_DEMO: '1', LOG_LEVEL: 'silent', QUANZE_WEB_DIST: '/nonexistent' }), cipher: createFieldCipher(ctx.dataKey) };
}, 60_000);

/** Moves the clock and logs the users in again (their sessions would have timed out meanwhile). */
async function at(date: string): Promise<void> {
  ctx.clock.set(new Date(`${date}T02:00:00Z`));
  await ctx.db.update(users).set({ passwordChangedAt: ctx.clock.now() }).where(eq(users.bureauId, b.id));
  for (const k of Object.keys(w.s) as (keyof CaseWorld['s'])[]) w.s[k] = await login(ctx, b.users[k]!);
}

interface Item {
  subject: string;
  caseId: string | null;
  complaintId: string | null;
  caseNumber: string | null;
  clockId: string;
  dueDate: string | null;
  dayType: string;
  overdue: boolean;
  obligor: string;
  basis: { law: string; article: string }[];
}

async function complaintRows(as: CaseWorld['s'][keyof CaseWorld['s']], complaintId: string): Promise<Item[]> {
  const r = await as.request({ method: 'GET', url: '/api/deadlines?pageSize=200' });
  expect(r.statusCode, r.body).toBe(200);
  return (r.json().items as Item[]).filter((i) => i.complaintId === complaintId);
}

describe('complaint clocks in the deadline view and scan', () => {
  it('shows the notice clock rolled over National Day with 第二十三条第二款, in complaint scope, and reminds once when overdue', async () => {
    await at('2026-09-22');
    const sub = await submitOk(ctx, complaintFields(b.id));
    const id = await idOf(w.s.leader, sub.referenceNumber);

    const [row, ...more] = await complaintRows(w.s.supervisor, id);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({
      subject: 'complaint',
      caseId: null,
      caseNumber: sub.referenceNumber,
      clockId: `directNotice:${id}`,
      dueDate: '2026-10-08', // day 15 is 10-07, a National Day rest day: the next working day (民法典 第二百零三条)
      dayType: 'calendarDays',
      obligor: 'agency',
      overdue: false,
    });
    expect(row!.basis.map((c) => c.article)).toContain('第二十三条第二款');
    // The same due date as the complaint's own page.
    const detail = await detailOf(w.s.supervisor, id);
    expect(detail.clocks.find((c: { clockId: string }) => c.clockId === 'directNotice').dueDate).toBe(row!.dueDate);
    // Filtering by clock kind works with the `clockId:complaintId` key.
    const byKind = (await w.s.supervisor.request({ method: 'GET', url: '/api/deadlines?clockId=directNotice' })).json();
    expect(byKind.items.map((i: Item) => i.complaintId)).toContain(id);
    expect(byKind.clockKinds.map((k: { clockId: string }) => k.clockId)).toContain('directNotice');

    // Not assigned to them: neither an officer nor a department head sees it (as on the complaint list).
    expect(await complaintRows(w.s.officerA, id)).toHaveLength(0);
    expect(await complaintRows(w.s.headA, id)).toHaveLength(0);

    // The due date itself: due today, not overdue; the day after: overdue, reminded once.
    await at('2026-10-08');
    expect((await complaintRows(w.s.supervisor, id))[0]).toMatchObject({ overdue: false });
    await at('2026-10-09');
    expect((await complaintRows(w.s.supervisor, id))[0]).toMatchObject({ overdue: true });
    await scanDeadlines(deps);
    await scanDeadlines(deps);
    const sent = await ctx.sql(
      `select n.level, n.title, n.body, n.case_id, u.username from notifications n join users u on u.id = n.user_id where n.complaint_id = $1 and n.level = 'overdue'`,
      [id],
    );
    const names = sent.rows.map((r) => r.username as string);
    // No handler yet: the bureau's complaint:handle holders (leader, supervisor), one reminder each.
    expect(names.sort()).toEqual([b.users['leader']!.username, b.users['supervisor']!.username].sort());
    expect(sent.rows[0].case_id).toBeNull();
    expect(sent.rows[0].title).toBe(`${sub.referenceNumber}「书面告知是否受理（直接提出）」已逾期`);
    expect(sent.rows[0].body).toContain('第二十三条第二款');

    // The supervisor's bell: the reminder carries the complaint (the web links it to /complaints/:id).
    const bell = (await w.s.supervisor.request({ method: 'GET', url: '/api/notifications' })).json();
    expect(bell.items.find((n: { complaintId: string | null }) => n.complaintId === id)).toMatchObject({ complaintNumber: sub.referenceNumber, caseId: null, level: 'overdue' });
    const officerBell = (await w.s.officerA.request({ method: 'GET', url: '/api/notifications' })).json();
    expect(officerBell.items.filter((n: { complaintId: string | null }) => n.complaintId === id)).toHaveLength(0);
  });

  it('once assigned, the handler and their department see the conclusion clock, and the reminder goes to them', async () => {
    await at('2026-10-12');
    const sub = await submitOk(ctx, complaintFields(b.id));
    const id = await idOf(w.s.leader, sub.referenceNumber);
    await ok(w.s.leader, id, 'accept', { route: 'petitionOpinion', noticeServedOn: '2026-10-12' });
    await ok(w.s.leader, id, 'assign', { departmentId: b.departments.a, handlerUserId: b.users['officerA']!.id });
    // 60 days from 10-12 (第三十四条): 12-11, a Friday.
    for (const s of [w.s.officerA, w.s.headA, w.s.supervisor]) {
      const rows = await complaintRows(s, id);
      expect(rows.map((r) => [r.clockId, r.dueDate])).toEqual([[`petitionConclusion:${id}`, '2026-12-11']]);
      expect(rows[0]!.basis.map((c) => c.article)).toContain('第三十四条');
    }
    for (const s of [w.s.officerA2, w.s.headB, w.s.officerB]) expect(await complaintRows(s, id)).toHaveLength(0);

    // One working day before: the handler and the department's head (complaint:handle), not yet the bureau.
    await at('2026-12-10');
    await scanDeadlines(deps);
    const upcoming = await ctx.sql(`select u.username from notifications n join users u on u.id = n.user_id where n.complaint_id = $1 and n.level = 'upcoming'`, [id]);
    expect(upcoming.rows.map((r) => r.username as string).sort()).toEqual([b.users['headA']!.username, b.users['officerA']!.username].sort());
  });
  it('leaves a complaint out of its 被反映人’s view and reminders (信访工作条例 第三十条第三款), not their department’s others', async () => {
    await at('2026-10-12');
    const sub = await submitOk(ctx, complaintFields(b.id, { about: '律师工作科科长', subject: '科长推诿不办' }));
    const id = await idOf(w.s.leader, sub.referenceNumber);
    // headA, the department's complaint:handle holder, is the person complained about.
    await ok(w.s.leader, id, 'accept', { route: 'petitionOpinion', noticeServedOn: '2026-10-12', subjectPersonIds: [b.users['headA']!.id] });
    await ok(w.s.leader, id, 'assign', { departmentId: b.departments.a, handlerUserId: b.users['officerA']!.id });
    expect(await complaintRows(w.s.headA, id)).toHaveLength(0);
    for (const s of [w.s.officerA, w.s.supervisor]) expect((await complaintRows(s, id)).map((r) => r.clockId)).toEqual([`petitionConclusion:${id}`]);

    const sentTo = async (level: string) =>
      (await ctx.sql(`select u.username from notifications n join users u on u.id = n.user_id where n.complaint_id = $1 and n.level = $2`, [id, level])).rows
        .map((r) => r.username as string)
        .sort();
    // One working day before: the handler only (headA, who would otherwise get it, does not).
    await at('2026-12-10');
    await scanDeadlines(deps);
    expect(await sentTo('upcoming')).toEqual([b.users['officerA']!.username]);
    // Overdue: the handler and the bureau's complaint:handle holders, still not headA.
    await at('2026-12-14');
    await scanDeadlines(deps);
    expect(await sentTo('overdue')).toEqual([b.users['leader']!.username, b.users['officerA']!.username, b.users['supervisor']!.username].sort());
    const bell = (await w.s.headA.request({ method: 'GET', url: '/api/notifications' })).json();
    expect(bell.items.filter((n: { complaintId: string | null }) => n.complaintId === id)).toHaveLength(0);
  });
});
