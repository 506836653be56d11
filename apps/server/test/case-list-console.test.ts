/**
 * Around the case detail: 操作记录 (GET /api/cases/:id/history — every step with its audit row, who/when/what,
 * readable to whoever may read the case) and the audited reveal of the party's ID number (POST
 * /api/cases/:id/party/reveal — pii:reveal and the case in scope; the reason kept in the audit row).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../src/platform/audit/audit.table.ts';
import { makeCase, makeCaseWorld, registerLead, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, makeBureau, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let caseId = '';

interface Entry {
  action: string;
  label: string;
  actorName: string | null;
  at: string;
  basis: string | null;
  step: { action: string; payload: Record<string, unknown> } | null;
  details: Record<string, unknown> | null;
}

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  caseId = await makeCase(w, 'investigating');
}, 120_000);

const history = async (id: string, as = w.s.officerA) => {
  const r = await as.request({ method: 'GET', url: `/api/cases/${id}/history` });
  return { status: r.statusCode, items: r.statusCode === 200 ? r.json<{ items: Entry[] }>().items : [] };
};
const reveal = (id: string, as = w.s.headA, reason: unknown = '核对当事人身份以制作询问笔录') =>
  as.request({ method: 'POST', url: `/api/cases/${id}/party/reveal`, payload: { reason } });

describe('操作记录', () => {
  it('lists every step in order with who, when, the article and what was entered', async () => {
    const { status, items } = await history(caseId);
    expect(status).toBe(200);
    expect(items.map((i) => i.action)).toEqual(['case.registerLead', 'case.fileCase', 'case.startInvestigation']);
    expect(items.map((i) => i.label)).toEqual(['案源登记', '立案', '开始调查']);
    const start = items[2]!;
    // The person's name, not the audit row's 'name（login）'; the article as users read it.
    expect(start.actorName).toBe('headA');
    expect(start.basis).toBe('《行政处罚法》第四十二条');
    expect([...(start.step?.payload['names'] as string[])].sort()).toEqual(['张执法', '李执法'].sort());
    expect(items[1]!.step?.payload['caseNumber']).toMatch(/^测司罚立字〔2026〕第\d+号$/);
    // A business log, not the 三员 console: no IP, no hash.
    expect(JSON.stringify(items)).not.toMatch(/"ip"|"hash"/);
  });

  it('is readable by whoever may read the case and a 404 to the others', async () => {
    expect((await history(caseId, w.s.officerA2)).status).toBe(200); // an investigator
    expect((await history(caseId, w.s.reviewer)).status).toBe(200); // bureau-wide reader
    expect((await history(caseId, w.s.headB)).status).toBe(404);
    expect((await history(caseId, w.s.officerB)).status).toBe(404);
  });
});

describe('查看完整证件号码', () => {
  it('gives the full number to a holder of pii:reveal, with the reason in the audit row, and shows in 操作记录', async () => {
    const r = await reveal(caseId);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ idNumber: '320102198503010014' });
    const audit = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'pii.reveal'), eq(auditEvents.objectId, caseId)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      objectType: 'penalty_case',
      actorId: b.users['headA']!.id,
      summary: { fields: ['partyIdNumber'], reason: '核对当事人身份以制作询问笔录' },
    });
    expect(JSON.stringify(audit[0]!.summary)).not.toContain('320102198503010014');
    const last = (await history(caseId)).items.at(-1)!;
    expect(last).toMatchObject({
      action: 'pii.reveal',
      label: '查看完整证件号码',
      step: null,
      details: { reason: '核对当事人身份以制作询问笔录' },
    });
  });

  it('refuses without a reason', async () => {
    expect((await reveal(caseId, w.s.headA, '')).statusCode).toBe(400);
    expect((await w.s.headA.request({ method: 'POST', url: `/api/cases/${caseId}/party/reveal`, payload: {} })).statusCode).toBe(400);
  });

  it('is a 403 without pii:reveal (an investigating officer) and writes nothing', async () => {
    const before = await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'pii.reveal'));
    const r = await reveal(caseId, w.s.officerA);
    expect(r.statusCode).toBe(403);
    expect(r.body).not.toContain('320102');
    expect(await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'pii.reveal'))).toHaveLength(before.length);
  });

  it('is a 404 outside the scope, even with pii:reveal (another department head)', async () => {
    const r = await reveal(caseId, w.s.headB);
    expect(r.statusCode).toBe(404);
    expect(r.body).not.toContain('320102');
  });

  it('the leader of the bureau may reveal; a party without a number gives nothing to reveal', async () => {
    expect((await reveal(caseId, w.s.leader)).statusCode).toBe(200);
    const noId = await registerLead(w, w.s.officerA, { party: { kind: 'citizen', name: '无证件' } });
    expect((await reveal(noId, w.s.leader)).statusCode).toBe(404);
  });
});
