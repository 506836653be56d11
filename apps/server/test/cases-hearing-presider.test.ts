/**
 * The console's people and the hearing presider replaced (第四十三条、第六十四条): the case lists the bureau's accounts
 * an action may name, investigators marked; after the presider's recusal is granted the organiser names another
 * presider — never an investigator, never before the recusal — and only the new presider holds the hearing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { act, detail, makeCase, makeCaseWorld, ok, WARNING, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
}, 60_000);

type Person = { userId: string; name: string; roles: string[]; investigator: boolean };
const people = async (as: Session, id: string) => {
  const r = await as.request({ method: 'GET', url: `/api/cases/${id}/people` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json().items as Person[];
};

describe('the accounts a case action may name', () => {
  it('lists leaders and reviewers with their roles, marks the investigators, and is a 404 outside the scope', async () => {
    const id = await makeCase(w, 'investigating');
    const list = await people(w.s.officerA, id);
    expect(list.find((p) => p.userId === b.users['leader']!.id)).toMatchObject({ roles: ['leader'], investigator: false });
    expect(list.find((p) => p.userId === b.users['reviewer']!.id)?.roles).toContain('legalReviewer');
    expect(list.find((p) => p.userId === b.users['officerA']!.id)).toMatchObject({ investigator: true });
    expect(list.some((p) => p.roles.some((r) => r.endsWith('Admin') || r === 'auditor'))).toBe(false);
    expect((await w.s.officerB.request({ method: 'GET', url: `/api/cases/${id}/people` })).statusCode).toBe(404);
  });
});

describe('another hearing presider after a granted recusal', () => {
  it('refuses before the recusal, refuses an investigator, then the new presider alone holds the hearing', async () => {
    const id = await makeCase(w, 'statementAndDefence', WARNING, { notice: { statesHearingRight: true } });
    await ok(w.s.headA, id, 'requestHearing', { receivedOn: '2026-03-02' });
    await ok(w.s.reviewer, id, 'serveHearingNotice', { scheduledFor: '2026-03-13', place: '本局听证室', presiderUserId: b.users['headA']!.id });

    const early = await act(w.s.reviewer, id, 'replaceHearingPresider', { presiderUserId: b.users['supervisor']!.id, reason: '原主持人回避' });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'PRESIDER_NOT_RECUSED', basis: { article: '第六十四条' } });

    await ok(w.s.officerA, id, 'requestRecusal', { role: 'presider', userId: b.users['headA']!.id, requestedBy: 'party', reason: '主持人与当事人有利害关系' });
    const recusalId = (await detail(w.s.leader, id)).recusals.find((r: { status: string }) => r.status === 'pending').id;
    await ok(w.s.leader, id, 'decideRecusal', { recusalId, granted: true, reason: '理由成立' });
    expect((await detail(w.s.reviewer, id)).abilities.find((a: { action: string }) => a.action === 'replaceHearingPresider')).toMatchObject({ allowed: true });

    const investigator = await act(w.s.reviewer, id, 'replaceHearingPresider', { presiderUserId: b.users['officerA']!.id });
    expect(investigator.json()).toMatchObject({ code: 'PRESIDER_IS_INVESTIGATOR' });
    const byOfficer = await act(w.s.officerA, id, 'replaceHearingPresider', { presiderUserId: b.users['supervisor']!.id });
    expect(byOfficer.json().code).toBe('ACTOR_NOT_HEARING_ORGANISER');

    const d = await ok(w.s.reviewer, id, 'replaceHearingPresider', { presiderUserId: b.users['supervisor']!.id, reason: '原主持人决定回避' });
    expect(d.state).toBe('hearingNoticed');
    expect(d.steps.at(-1)).toMatchObject({ action: 'replaceHearingPresider', basis: expect.stringContaining('第六十四条') });

    ctx.clock.set('2026-03-13T01:30:00Z');
    const headA = await login(ctx, b.users['headA']!);
    const supervisor = await login(ctx, b.users['supervisor']!);
    expect((await act(headA, id, 'holdHearing', { outcome: 'held', recordSigned: true })).json()).toMatchObject({ code: 'ACTOR_NOT_PRESIDER' });
    expect((await ok(supervisor, id, 'holdHearing', { outcome: 'held', recordSigned: true, summary: '当事人到场陈述' })).state).toBe('heard');
  });
});
