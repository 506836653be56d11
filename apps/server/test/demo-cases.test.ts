/**
 * The demo cases (seed/demo-cases.ts): loaded with the demo bureau through the real commands, in every stage, with
 * realistic dates — and what a user then sees through the API.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CN_WORKDAY_CALENDAR, toLocalDate, type LocalDate } from '@quanze/domain';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-data.ts';
import { seedIfEmpty } from '../src/seed/seed.ts';
import { createTestContext, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
const warn = vi.spyOn(console, 'warn');

async function as(username: string) {
  const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  return (url: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie } });
}

type Summary = { id: string; state: string; partyName: string; leadReceivedAt: string; caseNumber: string | null; decisionNumber: string | null };
type Step = { action: string; at: string; actorName: string; toState: string };

beforeAll(async () => {
  ctx = await createTestContext();
  const r = await seedIfEmpty(ctx.db, ctx.clock, createFieldCipher(ctx.dataKey), true);
  expect(r.seeded).toBe(true);
}, 120_000);
afterAll(() => warn.mockRestore());

describe('demo penalty cases', () => {
  it('load without any step refused by a guard', () => {
    const refusals = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('演示案件'));
    expect(refusals).toEqual([]);
  });

  it('cover every stage of the general procedure and the hearing branch, seen by the leader', async () => {
    const get = await as('leader');
    const r = await get('/api/cases?pageSize=200');
    expect(r.statusCode, r.body).toBe(200);
    const items = r.json<{ items: Summary[] }>().items;
    const states = new Set(items.map((c) => c.state));
    for (const s of [
      'lead',
      'filed',
      'investigating',
      'investigationReported',
      'legalReview',
      'priorNoticeServed',
      'statementAndDefence',
      'hearingRequested',
      'hearingNoticed',
      'heard',
      'decided',
      'served',
      'executing',
      'closed',
      'noPenalty',
      'transferred',
      'withdrawn',
    ]) {
      expect(states, s).toContain(s);
    }
    expect(items.length).toBeGreaterThanOrEqual(22);
    // Newest first, and every lead received before the seed ran.
    const received = items.map((c) => c.leadReceivedAt);
    expect([...received].sort().reverse()).toEqual(received);
    expect(received.every((t) => new Date(t).getTime() < ctx.clock.now().getTime())).toBe(true);
  });

  it('date every step on a working day before today, in order, acting as the demo accounts', async () => {
    const get = await as('leader');
    const items = (await get('/api/cases?pageSize=200')).json<{ items: Summary[] }>().items;
    const today = toLocalDate(ctx.clock.now());
    const actors = new Set<string>();
    for (const c of items) {
      const d = (await get(`/api/cases/${c.id}`)).json<{ steps: Step[] }>();
      const times = d.steps.map((s) => s.at);
      expect([...times].sort(), c.partyName).toEqual(times);
      for (const s of d.steps) {
        const day = toLocalDate(new Date(s.at));
        expect(day < today, `${c.partyName} ${s.action} ${day}`).toBe(true);
        expect(CN_WORKDAY_CALENDAR.isWorkingDay(day), `${c.partyName} ${s.action} on a rest day ${day}`).toBe(true);
        actors.add(s.actorName);
      }
    }
    for (const name of ['张伟', '李明华', '刘芳', '王建国', '陈静', '赵强']) expect(actors, name).toContain(name);
  });

  it('include a hearing held at least seven working days after its notice, and a decision on the hearing record', async () => {
    const get = await as('leader');
    const items = (await get('/api/cases?pageSize=200')).json<{ items: Summary[] }>().items;
    const decidedAfterHearing = [];
    for (const c of items.filter((x) => x.state === 'decided' || x.state === 'heard')) {
      const d = (await get(`/api/cases/${c.id}`)).json<{ steps: (Step & { payload: Record<string, unknown> })[] }>();
      const notice = d.steps.find((s) => s.action === 'serveHearingNotice');
      const held = d.steps.find((s) => s.action === 'holdHearing');
      if (!notice || !held) continue;
      const scheduled = notice.payload['scheduledFor'] as LocalDate;
      expect(CN_WORKDAY_CALENDAR.workingDaysBetween(toLocalDate(new Date(notice.at)), scheduled)).toBeGreaterThanOrEqual(8);
      expect(toLocalDate(new Date(held.at))).toBe(scheduled);
      const decided = d.steps.find((s) => s.action === 'decide');
      if (decided) {
        expect(decided.at > held.at).toBe(true);
        // Reviewed again after the hearing (第五十八条第（二）项) before the decision.
        expect(d.steps.some((s) => s.action === 'completeLegalReview' && s.at > held.at && s.at < decided.at)).toBe(true);
        decidedAfterHearing.push(c.id);
      }
    }
    expect(decidedAfterHearing).toHaveLength(1);
  });

  it('number filings and decisions in unbroken yearly sequences, in the order they were made', async () => {
    const get = await as('leader');
    const items = (await get('/api/cases?pageSize=200')).json<{ items: Summary[] }>().items;
    for (const key of ['caseNumber', 'decisionNumber'] as const) {
      const byYear = new Map<string, number[]>();
      for (const c of items) {
        const m = /〔(\d{4})〕第(\d+)号/.exec(c[key] ?? '');
        if (m) byYear.set(m[1]!, [...(byYear.get(m[1]!) ?? []), Number(m[2])]);
      }
      expect(byYear.size, key).toBeGreaterThan(0);
      for (const [, nums] of byYear) expect(nums.sort((a, b) => a - b)).toEqual(nums.map((_, i) => i + 1));
    }
  });

  it('keep each officer to their own cases: 刘芳 sees the cases she registers or investigates, not the others’', async () => {
    const get = await as('officer2');
    const items = (await get('/api/cases?pageSize=200')).json<{ items: Summary[] }>().items;
    expect(items.length).toBeGreaterThanOrEqual(2);
    const all = (await (await as('leader'))('/api/cases?pageSize=200')).json<{ items: Summary[] }>().items;
    expect(items.length).toBeLessThan(all.length);
  });

  it('include a ¥5,000 fine investigated by 张伟 and 刘芳 and discussed by the three 局领导 before the notice (第五十七条)', async () => {
    const get = await as('leader2');
    const items = (await get('/api/cases?pageSize=200')).json<{ items: Summary[] }>().items;
    const c = items.find((x) => x.partyName === '曹*斌');
    expect(c).toMatchObject({ state: 'decided' });
    const d = (await get(`/api/cases/${c!.id}`)).json<{ investigators: { name: string }[]; steps: (Step & { payload: Record<string, unknown> })[] }>();
    expect(d.investigators.map((i) => i.name).sort()).toEqual(['刘芳', '张伟'].sort());
    const discussion = d.steps.find((s) => s.action === 'recordCollectiveDiscussion');
    const leaders = (discussion?.payload['attendees'] as { name: string; isLeader: boolean }[]).filter((a) => a.isLeader).map((a) => a.name);
    expect(leaders.sort()).toEqual(['周海涛', '孙立平', '王建国'].sort());
    expect(discussion!.at < d.steps.find((s) => s.action === 'servePriorNotice')!.at).toBe(true);
  });

  it('include a simple-procedure case decided on the spot on a pre-numbered form and filed with the agency (第五十二条)', async () => {
    const get = await as('officer1');
    const items = (await get('/api/cases?pageSize=200')).json<{ items: Summary[] }>().items;
    const c = items.find((x) => x.partyName === '邱*健');
    expect(c).toMatchObject({ state: 'simpleRecorded', decisionNumber: expect.stringMatching(/^示司当罚〔\d{4}〕No\.\d+$/) });
    const docs = (await get(`/api/cases/${c!.id}/documents`)).json<{ available: { kind: string; available: boolean }[] }>();
    expect(docs.available.find((x) => x.kind === 'onTheSpotDecision')).toMatchObject({ available: true });
  });

  it('give every 局领导 account a department, and 刘芳 a certificate covering the lawyer cases', async () => {
    const r = await ctx.sql(`select u.username, d.name as dept from users u left join departments d on d.id = u.department_id where 'leader' = any(u.roles) order by u.username`);
    expect(r.rows).toEqual([
      { username: 'leader', dept: '办公室' },
      { username: 'leader2', dept: '办公室' },
      { username: 'leader3', dept: '办公室' },
    ]);
    const cert = await ctx.sql(`select c.categories from certificates c join officers o on o.id = c.officer_id join users u on u.id = o.user_id where u.username = 'officer2'`);
    expect(cert.rows[0].categories).toEqual(expect.arrayContaining(['GZ', 'LS']));
    const dept = await ctx.sql(`select d.name from officers o join departments d on d.id = o.department_id join users u on u.id = o.user_id where u.username = 'officer2'`);
    expect(dept.rows[0].name).toBe('律师工作科');
  });

  it('record each step in the audit log with its actor', async () => {
    const r = await ctx.sql(`select count(*)::int as n, count(distinct actor_name)::int as actors from audit_events where action like 'case.%'`);
    expect(r.rows[0].n).toBeGreaterThan(100);
    expect(r.rows[0].actors).toBeGreaterThanOrEqual(6);
  });
});
