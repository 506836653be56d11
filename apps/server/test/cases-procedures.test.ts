/**
 * Penalty-case actions beyond the main path, through the API: the simple procedure on the spot (第五十一条、
 * 第五十二条) and its 备案; recusal (第四十三条) and making up the team again (第四十二条); the leaders of a collective
 * discussion taken from their accounts (第五十七条); supplementary investigation; 中止 / 恢复 / 延期 of the 90-day
 * decision clock (第六十条).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { act, addEvidence, detail, discussionBody, formNumbers, makeCase, makeCaseWorld, ok, onTheSpotBody, registerLead, type CaseWorld } from './support/case-factory.ts';
import { makeLeaders } from './support/leader-factory.ts';
import { makeOfficer } from './support/officer-factory.ts';
import { makeLaw } from './support/power-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext, type TestUser } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let deputies: TestUser[];

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  deputies = await makeLeaders(ctx, b, ['副局长甲', '副局长乙']);
}, 60_000);

const nextFormNumber = formNumbers(100);
const onTheSpot = (penalty: unknown, overrides: Record<string, unknown> = {}) => onTheSpotBody(w, penalty, nextFormNumber(), overrides);

type Row = { action: string; allowed?: boolean; code?: string | null };
const ability = (d: { abilities: Row[] }, action: string) => d.abilities.find((a) => a.action === action);
const active = (d: { investigators: { name: string; removedAt: string | null }[] }) =>
  d.investigators.filter((i) => i.removedAt === null).map((i) => i.name).sort();

describe('the simple procedure on the spot (第五十一条、第五十二条)', () => {
  it('refuses ¥201 on a citizen, pointing to the general procedure; accepts ¥200; the two officers become investigators', async () => {
    const id = await registerLead(w);
    expect(ability(await detail(w.s.officerA, id), 'decideOnTheSpot')).toMatchObject({ allowed: true });
    const over = await act(w.s.officerA, id, 'decideOnTheSpot', onTheSpot([{ kind: 'fine', amountFen: 20_100 }]));
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({
      code: 'SIMPLE_PROCEDURE_LIMIT',
      basis: { law: '行政处罚法', article: '第五十一条' },
      details: { suggestedAction: 'fileCase' },
    });
    expect(over.json().message).toContain('普通程序');
    expect((await detail(w.s.officerA, id)).state).toBe('lead');

    const body = onTheSpot([{ kind: 'fine', amountFen: 20_000 }]);
    const d = await ok(w.s.officerA, id, 'decideOnTheSpot', body);
    expect(d).toMatchObject({ state: 'simpleDecided', procedure: 'simple', decisionNumber: body.formNumber });
    expect(active(d)).toEqual(['张执法', '李执法']);
    const step = d.steps.at(-1);
    expect(step).toMatchObject({ action: 'decideOnTheSpot', basis: '行政处罚法 第五十二条' });
    expect(step.payload.officers.map((o: { certificateNumber: string | null }) => o.certificateNumber).every(Boolean)).toBe(true);

    // The pre-numbered form is used once in the bureau.
    const again = await act(w.s.officerA, await registerLead(w), 'decideOnTheSpot', { ...onTheSpot([{ kind: 'warning' }]), formNumber: body.formNumber });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'DUPLICATE', fieldErrors: { formNumber: expect.any(Array) } });

    // 备案 with the agency.
    const filed = await ok(w.s.officerA2, id, 'fileWithAgency', { note: '已报法制科备案' });
    expect(filed.state).toBe('simpleRecorded');
    const audit = await ctx.sql(`select action from audit_events where object_type = 'penalty_case' and object_id = $1 order by seq`, [id]);
    expect(audit.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['case.decideOnTheSpot', 'case.fileWithAgency']));
  });

  it('an organisation: ¥3,000 accepted, ¥3,001 refused', async () => {
    const org = { party: { kind: 'organisation', name: '某律师事务所', idNumber: null, address: '示例市鼓楼区某路2号', birthDate: null } };
    const refused = await act(w.s.officerA, await registerLead(w, w.s.officerA, org), 'decideOnTheSpot', onTheSpot([{ kind: 'fine', amountFen: 300_100 }]));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'SIMPLE_PROCEDURE_LIMIT', basis: { article: '第五十一条' } });
    const d = await ok(w.s.officerA, await registerLead(w, w.s.officerA, org), 'decideOnTheSpot', onTheSpot([{ kind: 'fine', amountFen: 300_000 }]));
    expect(d.state).toBe('simpleDecided');
  });

  it('one officer alone, or a certificate not shown, is refused with its article', async () => {
    const id = await registerLead(w);
    const alone = await act(w.s.officerA, id, 'decideOnTheSpot', onTheSpot([{ kind: 'warning' }], { secondOfficerId: null }));
    expect(alone.json()).toMatchObject({ code: 'TWO_OFFICER_RULE', basis: { article: '第四十二条' } });
    const hidden = await act(w.s.officerA, id, 'decideOnTheSpot', onTheSpot([{ kind: 'warning' }], { certificateShown: false }));
    expect(hidden.json()).toMatchObject({ code: 'CERTIFICATE_NOT_SHOWN', basis: { article: '第五十五条' } });
    expect((await detail(w.s.officerA, id)).investigators).toEqual([]);
  });
});

describe('recusal (第四十三条) and the team made up again (第四十二条)', () => {
  it('the party’s request is recorded, the leader grants it, the case waits for a replacement, the head assigns one', async () => {
    const id = await makeCase(w, 'investigating');
    await addEvidence(w, id); // the report at the end needs a 证据目录 (第五十四条)
    expect(ability(await detail(w.s.leader, id), 'decideRecusal')).toMatchObject({ allowed: false, code: 'NO_PENDING_RECUSAL' });
    let d = await ok(w.s.officerA, id, 'requestRecusal', {
      role: 'investigator',
      officerId: w.officerIds.a2,
      requestedBy: 'party',
      reason: '当事人称李执法系其前同事，有利害关系',
    });
    expect(d.recusals).toEqual([
      expect.objectContaining({ personName: '李执法', role: 'investigator', requestedBy: 'party', status: 'pending', recordedByName: 'officerA' }),
    ]);
    // The investigation goes on meanwhile; a second request for the same person is refused.
    const twice = await act(w.s.officerA, id, 'requestRecusal', { role: 'investigator', officerId: w.officerIds.a2, requestedBy: 'party', reason: '再次申请' });
    expect(twice.json()).toMatchObject({ code: 'RECUSAL_ALREADY_REQUESTED', basis: { article: '第四十三条' } });
    // The head of department may not decide it; the leader in charge does.
    const recusalId = d.recusals[0].id as string;
    expect((await act(w.s.headA, id, 'decideRecusal', { recusalId, granted: true, reason: '理由成立' })).statusCode).toBe(403);
    d = await ok(w.s.leader, id, 'decideRecusal', { recusalId, granted: true, reason: '存在利害关系，决定回避' });
    expect(d.recusals[0]).toMatchObject({ status: 'granted', decidedByName: 'leader', decisionReason: '存在利害关系，决定回避' });
    expect(active(d)).toEqual(['张执法']);
    expect(d.investigators.find((i: { name: string }) => i.name === '李执法').removedReason).toContain('回避');

    // One investigator left: the case does not move on.
    const report = await act(w.s.officerA, id, 'submitInvestigationReport', { summary: '事实清楚', proposedPenalty: [{ kind: 'warning' }] });
    expect(report.statusCode).toBe(422);
    expect(report.json()).toMatchObject({ code: 'TWO_OFFICER_RULE', basis: { article: '第四十二条' }, details: { suggestedAction: 'assignInvestigators' } });

    // An officer may not pick his own colleague; the recused officer may not come back.
    const byOfficer = await act(w.s.officerA, id, 'assignInvestigators', { addOfficerIds: [w.officerIds.a2], reason: '补足' });
    expect(byOfficer.json()).toMatchObject({ code: 'ACTOR_NOT_ASSIGNER' });
    const back = await act(w.s.headA, id, 'assignInvestigators', { addOfficerIds: [w.officerIds.a2], reason: '补足' });
    expect(back.json()).toMatchObject({ code: 'OFFICER_RECUSED', basis: { article: '第四十三条' } });
    const wang = await makeOfficer(ctx, b, { name: '王执法', certificate: 'valid', categories: ['LS'], areas: ['320100'], lastReviewedYear: 2025 });
    const noReason = await act(w.s.headA, id, 'assignInvestigators', { addOfficerIds: [wang.id], reason: '' });
    expect(noReason.statusCode).toBe(400);
    d = await ok(w.s.headA, id, 'assignInvestigators', { addOfficerIds: [wang.id], reason: '李执法回避，改由王执法承办' });
    expect(active(d)).toEqual(['张执法', '王执法']);
    const audit = await ctx.sql(`select summary from audit_events where object_id = $1 and action = 'case.assignInvestigators'`, [id]);
    expect(audit.rows).toHaveLength(1);

    d = await ok(w.s.officerA, id, 'submitInvestigationReport', { summary: '事实清楚', proposedPenalty: [{ kind: 'warning' }] });
    expect(d.state).toBe('investigationReported');
  });

  it('a refused request leaves the team as it was; self-recusal is asked by the officer himself', async () => {
    const id = await makeCase(w, 'investigating');
    const notSelf = await act(w.s.officerA, id, 'requestRecusal', { role: 'investigator', officerId: w.officerIds.a2, requestedBy: 'self', reason: '本人申请' });
    expect(notSelf.json()).toMatchObject({ code: 'RECUSAL_NOT_SELF' });
    let d = await ok(w.s.officerA2, id, 'requestRecusal', { role: 'investigator', officerId: w.officerIds.a2, requestedBy: 'self', reason: '本人与当事人系同学' });
    d = await ok(w.s.leader, id, 'decideRecusal', { recusalId: d.recusals[0].id, granted: false, reason: '同学关系不影响公正执法' });
    expect(d.recusals[0].status).toBe('refused');
    expect(active(d)).toEqual(['张执法', '李执法']);
  });
});

describe('collective discussion: who is a leader is the server’s call (第五十七条)', () => {
  it('an officer sent as isLeader does not count towards the quorum', async () => {
    const id = await makeCase(w, 'legalReview', [{ kind: 'warning' }], { lead: { flags: { complex: true } } });
    const body = discussionBody([b.users['leader']!.id, deputies[0]!.id]);
    const claimed = { ...body, attendees: [...body.attendees, { userId: b.users['officerA2']!.id, isLeader: true }] };
    const r = await act(w.s.leader, id, 'recordCollectiveDiscussion', claimed);
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'COLLECTIVE_QUORUM', basis: { article: '第五十七条' } });
    expect(r.json().message).toContain('实到2名');
    // A name without an account is not a leader either; the three leaders' accounts are.
    const named = { ...body, attendees: [...body.attendees, { name: '某副局长', isLeader: true }] };
    expect((await act(w.s.leader, id, 'recordCollectiveDiscussion', named)).json()).toMatchObject({ code: 'COLLECTIVE_QUORUM' });
    const d = await ok(w.s.leader, id, 'recordCollectiveDiscussion', discussionBody([b.users['leader']!.id, ...deputies.map((u) => u.id)]));
    expect(d.state).toBe('collectiveDiscussion');
    const attendees = d.steps.at(-1).payload.attendees as { name: string; isLeader: boolean }[];
    expect(attendees.filter((a) => a.isLeader)).toHaveLength(3);
  });
});

describe('supplementary investigation (补充调查)', () => {
  it('returns the case to investigation with a reason, by a case manager', async () => {
    const id = await makeCase(w, 'legalReview');
    expect(ability(await detail(w.s.officerA, id), 'reopenInvestigation')).toMatchObject({ allowed: true });
    expect((await act(w.s.reviewer, id, 'reopenInvestigation', { reason: '审核人员不能退回调查' })).statusCode).toBe(403);
    expect((await act(w.s.officerA, id, 'reopenInvestigation', { reason: '' })).statusCode).toBe(400);
    let d = await ok(w.s.officerA, id, 'reopenInvestigation', { reason: '需补充调取执业登记材料' });
    expect(d.state).toBe('investigating');
    expect(d.steps.at(-1)).toMatchObject({ action: 'reopenInvestigation', fromState: 'legalReview', payload: { reason: '需补充调取执业登记材料' } });
    d = await ok(w.s.officerA, id, 'submitInvestigationReport', { summary: '补充调查完毕', proposedPenalty: [{ kind: 'warning' }] });
    expect(d.state).toBe('investigationReported');
  });
});

describe('第三十七条: the text in force at the act, or the lighter newer one', () => {
  const fine = (maxYuan: number) => ({ fineMinFen: null, fineMaxFen: maxYuan * 100, multipleOfIllegalIncome: null, suspensionMonthsMin: null, suspensionMonthsMax: null, otherSanctions: ['警告'] });
  async function amendedLaw(title: string, newer: Record<string, unknown>) {
    const law = await makeLaw(w.s.reviewer, { title, level: 'localRegulation', issuingBody: '示例市人民代表大会常务委员会', publishedOn: '2019-12-01', effectiveFrom: '2020-01-01', articles: [] });
    const a = await w.s.reviewer.request({
      method: 'POST',
      url: `/api/legal/documents/${law.documentId}/articles`,
      payload: { address: { article: 5 }, text: '律师违反本条例的，给予警告，可以处五千元以下罚款', isPenaltyProvision: true, sanction: fine(5000) },
    });
    expect(a.statusCode, a.body).toBe(201);
    // Amended after the act (2026-02-10), before the decision.
    const r = await w.s.reviewer.request({ method: 'POST', url: `/api/legal/articles/${a.json().id}/amend`, payload: { effectiveFrom: '2026-02-20', version: 1, ...newer } });
    expect(r.statusCode, r.body).toBe(200);
  }

  it('picks the act-time text, the lighter amended one, or asks the reviewer when the change cannot be ranked', async () => {
    await amendedLaw('示例市律师执业条例', { text: '律师违反本条例的，给予警告，可以处三千元以下罚款', sanction: fine(3000) });
    await amendedLaw('示例市律师执业规定', { text: '律师违反本规定的，给予警告，可以处一万元以下罚款', sanction: fine(10000) });
    await amendedLaw('示例市律师管理条例', { text: '律师违反本条例的，责令改正', sanction: null });
    const checks = async (label: string) => (await detail(w.s.leader, await registerLead(w, w.s.officerA, { legalBasis: [label] }))).legalBasisChecks[0];

    const lighter = await checks('《示例市律师执业条例》第五条');
    expect(lighter.problems).toEqual([]);
    expect(lighter.applied).toEqual([expect.objectContaining({ rule: 'lighterNewer', versionEffectiveFrom: '2026-02-20', basis: expect.objectContaining({ article: '第三十七条' }) })]);
    const heavier = await checks('《示例市律师执业规定》第五条');
    expect(heavier.applied).toEqual([expect.objectContaining({ rule: 'actTime', versionEffectiveFrom: '2020-01-01' })]);
    const unranked = await checks('《示例市律师管理条例》第五条');
    expect(unranked.applied).toEqual([expect.objectContaining({ rule: 'needsReview', versionEffectiveFrom: null })]);
    // Filing is not refused for it, but the leader is told to have it judged.
    const id = await registerLead(w, w.s.officerA, { legalBasis: ['《示例市律师管理条例》第五条'] });
    const file = ability(await detail(w.s.leader, id), 'fileCase') as Row & { warnings: { code: string }[] };
    expect(file).toMatchObject({ allowed: true });
    expect(file.warnings.map((x) => x.code)).toContain('LEGAL_BASIS_CHANGED');
  });
});

describe('the 90-day decision clock: 中止, 恢复, 延期 (第六十条)', () => {
  const clockOf = (d: { clocks: { clockId: string; dueDate: string | null }[] }) => d.clocks.find((c) => c.clockId === 'decisionPeriod');
  let deputy: Session;

  it('a suspension of ten days moves the due date ten days; an extension needs the leader in charge', async () => {
    ctx.clock.set('2026-03-02T01:00:00Z');
    for (const k of Object.keys(w.s) as (keyof CaseWorld['s'])[]) w.s[k] = await login(ctx, b.users[k]!);
    deputy = await login(ctx, deputies[0]!);
    const id = await makeCase(w, 'investigating');
    let d = await detail(w.s.leader, id);
    // Filed 3-02: the 90th day, 5-31, is a Sunday → 6-01.
    expect(clockOf(d)).toMatchObject({ dueDate: '2026-06-01', basis: expect.arrayContaining([expect.objectContaining({ article: '第六十条' })]) });

    ctx.clock.set('2026-03-05T01:00:00Z');
    for (const k of Object.keys(w.s) as (keyof CaseWorld['s'])[]) w.s[k] = await login(ctx, b.users[k]!);
    expect((await act(w.s.officerA, id, 'suspendDecisionClock', { from: '2026-03-05', reason: '等待笔迹鉴定' })).statusCode).toBe(403);
    const noReason = await act(w.s.leader, id, 'suspendDecisionClock', { from: '2026-03-05', reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    const future = await act(w.s.leader, id, 'suspendDecisionClock', { from: '2026-03-06', reason: '等待笔迹鉴定' });
    expect(future.json()).toMatchObject({ code: 'INVALID_CLOCK_CHANGE', basis: { article: '第六十条' } });
    d = await ok(w.s.leader, id, 'suspendDecisionClock', { from: '2026-03-05', reason: '等待笔迹鉴定' });
    expect(clockOf(d)).toMatchObject({ dueDate: null });
    expect(ability(d, 'suspendDecisionClock')).toMatchObject({ allowed: false, code: 'DECISION_CLOCK_SUSPENDED' });
    expect(ability(await detail(w.s.officerA, id), 'resumeDecisionClock')).toMatchObject({ allowed: true });
    expect(d.decisionClock.suspensions).toEqual([{ from: '2026-03-05', to: null, reason: '等待笔迹鉴定', recordedByName: 'leader' }]);
    expect(d.state).toBe('investigating');
    expect(d.steps.at(-1)).toMatchObject({ action: 'suspendDecisionClock', fromState: 'investigating', toState: 'investigating' });
    const twice = await act(w.s.leader, id, 'suspendDecisionClock', { from: '2026-03-05', reason: '又一次' });
    expect(twice.json()).toMatchObject({ code: 'DECISION_CLOCK_SUSPENDED', details: { suggestedAction: 'resumeDecisionClock' } });

    ctx.clock.set('2026-03-15T01:00:00Z');
    for (const k of Object.keys(w.s) as (keyof CaseWorld['s'])[]) w.s[k] = await login(ctx, b.users[k]!);
    deputy = await login(ctx, deputies[0]!);
    // A stale version is a conflict, nothing recorded.
    const stale = await w.s.officerA.request({ method: 'POST', url: `/api/cases/${id}/actions/resumeDecisionClock`, payload: { version: d.version - 1 } });
    expect(stale.statusCode).toBe(409);
    d = await ok(w.s.officerA, id, 'resumeDecisionClock', { note: '鉴定结论已送达' });
    // 3-05 … 3-14 paused, ten days: 5-31 + 10 = 6-10.
    expect(d.decisionClock.suspensions).toEqual([expect.objectContaining({ from: '2026-03-05', to: '2026-03-14' })]);
    expect(clockOf(d)).toMatchObject({ dueDate: '2026-06-10' });

    // 延期: a leader who is not in charge of the case may not approve it.
    const notInCharge = await act(deputy, id, 'extendDecisionClock', { days: 30, reason: '案情复杂' });
    expect(notInCharge.statusCode).toBe(422);
    expect(notInCharge.json()).toMatchObject({ code: 'ACTOR_NOT_LEADER_IN_CHARGE', basis: { article: '第六十条' } });
    expect((await act(w.s.headA, id, 'extendDecisionClock', { days: 30, reason: '案情复杂' })).statusCode).toBe(403);
    expect((await act(w.s.leader, id, 'extendDecisionClock', { days: 31, reason: '案情复杂' })).json()).toMatchObject({ code: 'EXTENSION_LIMIT' });
    d = await ok(w.s.leader, id, 'extendDecisionClock', { days: 30, reason: '案情复杂，需调取异地证据' });
    expect(clockOf(d)).toMatchObject({ dueDate: '2026-07-10' });
    expect(d.decisionClock.extensions).toEqual([expect.objectContaining({ days: 30, reason: '案情复杂，需调取异地证据', approvedByName: 'leader' })]);
    const further = await act(w.s.leader, id, 'extendDecisionClock', { days: 30, reason: '仍需取证' });
    expect(further.json()).toMatchObject({ code: 'EXTENSION_NEEDS_COLLECTIVE_DECISION' });

    const audit = await ctx.sql(`select action from audit_events where object_id = $1 and action like 'case.%DecisionClock' order by seq`, [id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['case.suspendDecisionClock', 'case.resumeDecisionClock', 'case.extendDecisionClock']);
  });
});
