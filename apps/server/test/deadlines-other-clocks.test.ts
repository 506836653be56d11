/**
 * The deadline view and scan include the open clocks other modules keep (issue 5, "one view of every open clock"):
 * here the 先行登记保存 disposal clock, 7 working days (行政处罚法 第五十六条), computed by the evidence module's domain
 * function — the view shows the same due date as the case's evidence tab, with its article, in the user's scope, and
 * the scan reminds of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Deps } from '../src/platform/deps.ts';
import { scanDeadlines } from '../src/modules/deadlines/index.ts';
import { makeCase, makeCaseWorld, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, login, makeBureau, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let deps: Deps;
let caseId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  deps = { db: ctx.db, clock: ctx.clock, config: loadConfig({ QUANZE_DEMO: '1', LOG_LEVEL: 'silent', QUANZE_WEB_DIST: '/nonexistent' }), cipher: createFieldCipher(ctx.dataKey) };
}, 60_000);

describe('先行登记保存 disposal in the deadline view and scan', () => {
  it('shows the disposal clock with the evidence tab’s due date and 第五十六条, only in scope, and reminds of it', async () => {
    ctx.clock.set('2026-09-28T02:00:00.000Z'); // Monday before National Day
    await ctx.sql('update users set password_changed_at = $1 where bureau_id = $2', [ctx.clock.now(), b.id]);
    for (const k of Object.keys(w.s) as (keyof CaseWorld['s'])[]) w.s[k] = await login(ctx, b.users[k]!);
    caseId = await makeCase(w, 'investigating');
    const applied = await w.s.officerA.request({
      method: 'POST',
      url: `/api/cases/${caseId}/preservations`,
      payload: { reason: '证据可能灭失', items: [{ name: '执业档案', quantity: '3', unit: '盒' }], location: '本局证物保管室', holder: '证物管理员' },
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const p = applied.json();
    const approved = await w.s.leader.request({ method: 'POST', url: `/api/cases/${caseId}/preservations/${p.id}/approve`, payload: { version: p.version, opinion: '同意' } });
    expect(approved.statusCode, approved.body).toBe(200);
    const tab = (await w.s.officerA.request({ method: 'GET', url: `/api/cases/${caseId}/evidence` })).json();
    const dueDate = tab.preservations.find((x: { id: string }) => x.id === p.id).dueDate as string;
    expect(dueDate > '2026-10-08').toBe(true); // National Day off days do not count

    const view = await w.s.officerA.request({ method: 'GET', url: '/api/deadlines?clockId=evidencePreservationDisposal' });
    expect(view.statusCode, view.body).toBe(200);
    const body = view.json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ caseId, clockId: `evidencePreservationDisposal:${p.id}`, dueDate, dayType: 'workingDays', overdue: false });
    expect(body.items[0].basis.map((c: { article: string }) => c.article)).toContain('第五十六条');
    expect(body.clockKinds.map((k: { clockId: string }) => k.clockId)).toContain('evidencePreservationDisposal');
    // Another department's officer does not see it.
    const other = (await w.s.officerB.request({ method: 'GET', url: '/api/deadlines' })).json();
    expect(other.items.map((i: { caseId: string }) => i.caseId)).not.toContain(caseId);

    // The day after the due date: the overdue reminder names the clock, once.
    ctx.clock.set(`${dueDate}T20:00:00.000Z`); // 04:00 the next day in Shanghai
    await scanDeadlines(deps);
    await scanDeadlines(deps);
    const sent = await ctx.sql(`select n.level, n.title, u.username from notifications n join users u on u.id = n.user_id where n.case_id = $1 and n.clock_id = $2`, [caseId, `evidencePreservationDisposal:${p.id}`]);
    expect(sent.rows.length).toBeGreaterThan(0);
    expect(sent.rows.every((r) => r.level === 'overdue')).toBe(true);
    expect(new Set(sent.rows.map((r) => r.username)).size).toBe(sent.rows.length);
    expect(sent.rows[0].title).toContain('已逾期');
  });
});
