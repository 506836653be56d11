/**
 * Penalty cases through the API (issue 5, first slice): a general-procedure case from lead to closed; the guards of
 * 第四十四条 and 第四十五条 and the two-officer rule (第四十二条) refusing with code, reason and article; decision
 * numbers unbroken; a stale version is a 409 and nothing is lost; scope is a 404; every step has its audit row.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { act, addEvidence, decisionBody, detail, discussionBody, FINE_500, makeCase, makeCaseWorld, noticeBody, ok, registerLead, WARNING, type CaseWorld } from './support/case-factory.ts';
import { makeOfficer } from './support/officer-factory.ts';
import { makeLaw } from './support/power-factory.ts';
import { makeLeaders } from './support/leader-factory.ts';
import { createTestContext, login, makeBureau, type TestBureau, type TestContext, type TestUser } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
}, 60_000);

describe('a general-procedure case from lead to closed', () => {
  it('registers, files, investigates, reviews, notifies, hears, decides, serves and closes', async () => {
    const id = await registerLead(w);
    let d = await detail(w.s.officerA, id);
    expect(d).toMatchObject({ state: 'lead', stateLabel: '案源登记', procedure: null, partyName: '王某某', version: 1 });
    expect(d.party.idNumberMasked).not.toContain('198503');
    expect(d.clocks.map((c: { clockId: string }) => c.clockId)).toContain('leadVerification');
    // The officer may not file: the leader in charge approves (第五十四条).
    const file = d.abilities.find((a: { action: string }) => a.action === 'fileCase');
    expect(file).toBeUndefined();
    const byOfficer = await act(w.s.officerA, id, 'fileCase', {});
    expect(byOfficer.statusCode).toBe(403);
    expect((await detail(w.s.leader, id)).abilities.find((a: { action: string }) => a.action === 'fileCase')).toMatchObject({ allowed: true });

    d = await ok(w.s.leader, id, 'fileCase', { opinion: '同意立案' });
    expect(d).toMatchObject({ state: 'filed', procedure: 'general' });
    expect(d.caseNumber).toMatch(/^测司罚立字〔2026〕第\d+号$/);
    expect(d.clocks.find((c: { clockId: string }) => c.clockId === 'decisionPeriod')).toMatchObject({ basis: expect.arrayContaining([expect.objectContaining({ article: '第六十条' })]) });

    d = await ok(w.s.headA, id, 'startInvestigation', { officerIds: [w.officerIds.a, w.officerIds.a2] });
    expect(d.state).toBe('investigating');
    expect(d.investigators.map((i: { name: string }) => i.name).sort()).toEqual(['张执法', '李执法']);
    // An empty 证据目录: the report is shown blocked with reason and article, and refused (第五十四条、第四十条).
    const empty = (await w.s.officerA.request({ method: 'GET', url: `/api/cases/${id}` })).json();
    expect(empty.abilities.find((a: { action: string }) => a.action === 'submitInvestigationReport')).toMatchObject({
      allowed: false,
      code: 'EVIDENCE_MISSING',
      basis: { article: '第五十四条' },
    });
    const refused = await act(w.s.officerA, id, 'submitInvestigationReport', { summary: '事实清楚，证据确凿', proposedPenalty: WARNING });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'EVIDENCE_MISSING', basis: { article: '第五十四条' } });
    expect((await detail(w.s.officerA, id)).state).toBe('investigating');
    await addEvidence(w, id);
    // The report's proposal is entered in its form: the button is offered, not blocked for the missing input.
    const asOfficer = (await w.s.officerA.request({ method: 'GET', url: `/api/cases/${id}` })).json();
    expect(asOfficer.abilities.find((a: { action: string }) => a.action === 'submitInvestigationReport')).toMatchObject({ allowed: true });

    d = await ok(w.s.officerA, id, 'submitInvestigationReport', { summary: '事实清楚，证据确凿', proposedPenalty: WARNING });
    expect(d).toMatchObject({ state: 'investigationReported', proposedPenalty: WARNING });
    d = await ok(w.s.reviewer, id, 'completeLegalReview', { opinion: '事实清楚，适用依据正确' });
    expect(d.state).toBe('legalReview');
    d = await ok(w.s.officerA, id, 'servePriorNotice', noticeBody());
    expect(d.state).toBe('priorNoticeServed');
    expect(d.clocks.find((c: { clockId: string }) => c.clockId === 'statementAndDefence')).toMatchObject({ dayType: 'workingDays', overdue: false });
    d = await ok(w.s.officerA, id, 'recordStatementAndDefence', { statement: '当事人称系初犯', recheck: '经复核，陈述不影响事实认定' });
    expect(d.state).toBe('statementAndDefence');
    // The statement period is still open and not waived: no decision yet (第六十二条).
    const early = await act(w.s.leader, id, 'decide', decisionBody());
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'STATEMENT_PERIOD_OPEN', basis: { article: '第六十二条' } });
    await ok(w.s.officerA2, id, 'recordStatementWaiver', { note: '当事人书面表示不再陈述申辩' });

    d = await ok(w.s.leader, id, 'decide', decisionBody());
    expect(d.state).toBe('decided');
    expect(d.decisionNumber).toMatch(/^测司罚决字〔2026〕第\d+号$/);
    expect(d.clocks.find((c: { clockId: string }) => c.clockId === 'decisionService')).toBeTruthy();
    d = await ok(w.s.officerA, id, 'serveDecision', { method: 'direct' });
    expect(d.state).toBe('served');
    d = await ok(w.s.leader, id, 'close', { summary: '警告已送达，履行完毕' });
    expect(d).toMatchObject({ state: 'closed', stateLabel: '已结案' });
    expect(d.steps.map((s: { action: string }) => s.action)).toEqual([
      'registerLead',
      'fileCase',
      'startInvestigation',
      'submitInvestigationReport',
      'completeLegalReview',
      'servePriorNotice',
      'recordStatementAndDefence',
      'recordStatementWaiver',
      'decide',
      'serveDecision',
      'close',
    ]);
    expect(d.steps[1]).toMatchObject({ fromState: 'lead', toState: 'filed', basis: '行政处罚法 第五十四条' });

    // Every step has its audit row, in the same transaction.
    const audit = await ctx.sql(`select action, summary->>'stepId' as step from audit_events where object_type = 'penalty_case' and object_id = $1 order by seq`, [id]);
    expect(audit.rows.map((r) => r.action)).toEqual(d.steps.map((s: { action: string }) => `case.${s.action}`));
    expect(audit.rows.map((r) => Number(r.step))).toEqual(d.steps.map((s: { id: number }) => s.id));
  });

  it('a fine is not closed before it is executed', async () => {
    const id = await makeCase(w, 'partyHeard', FINE_500);
    await ok(w.s.leader, id, 'decide', decisionBody(FINE_500));
    await ok(w.s.officerA, id, 'serveDecision', { method: 'direct' });
    const r = await act(w.s.leader, id, 'close', { summary: '结案' });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'EXECUTION_NOT_COMPLETE', details: { suggestedAction: 'startExecution' } });
    expect((await ok(w.s.headA, id, 'startExecution', {})).clocks.map((c: { clockId: string }) => c.clockId)).toContain('finePayment');
  });
});

describe('the guards refuse with the code, the reason and the article', () => {
  it('no decision before the prior notice (第四十四条)', async () => {
    const id = await makeCase(w, 'legalReview');
    const r = await act(w.s.leader, id, 'decide', decisionBody());
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'PRIOR_NOTICE_REQUIRED', basis: { law: '行政处罚法', article: '第四十四条' }, details: { suggestedAction: 'servePriorNotice' } });
    expect(r.json().message).toContain('告知');
    const d = await detail(w.s.leader, id);
    expect(d).toMatchObject({ state: 'legalReview', version: 5 });
    expect(d.abilities.find((a: { action: string }) => a.action === 'decide')).toMatchObject({ allowed: false, code: 'PRIOR_NOTICE_REQUIRED', basis: { article: '第四十四条' } });
  });

  it('no heavier penalty than noticed after the statement and defence (第四十五条)', async () => {
    const id = await makeCase(w, 'partyHeard', FINE_500);
    const r = await act(w.s.leader, id, 'decide', decisionBody([{ kind: 'fine', amountFen: 80_000 }]));
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'INCREASED_AFTER_DEFENCE', basis: { article: '第四十五条' } });
    expect((await detail(w.s.leader, id)).decisionNumber).toBeNull();
  });

  it('investigators must be two officers eligible today (第四十二条): a suspended certificate is refused with the reason', async () => {
    const suspended = await makeOfficer(ctx, b, { name: '钱停证', certificate: 'suspended', categories: ['LS'], areas: ['320100'], lastReviewedYear: 2025 });
    const id = await makeCase(w, 'filed');
    const r = await act(w.s.headA, id, 'startInvestigation', { officerIds: [w.officerIds.a, suspended.id] });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'TWO_OFFICER_RULE', basis: { article: '第四十二条' } });
    expect(r.json().message).toContain('钱停证');
    expect(r.json().message).toContain('暂扣');
    const one = await act(w.s.headA, id, 'startInvestigation', { officerIds: [w.officerIds.a] });
    expect(one.statusCode).toBe(400);
    const d = await detail(w.s.headA, id);
    expect(d).toMatchObject({ state: 'filed', investigators: [] });
  });
});

describe('numbers, concurrency and scope', () => {
  it('allocates decision numbers in an unbroken yearly sequence, also when two are decided at once', async () => {
    const ids = [await makeCase(w, 'partyHeard'), await makeCase(w, 'partyHeard')];
    const versions = await Promise.all(ids.map(async (id) => (await detail(w.s.leader, id)).version as number));
    const rs = await Promise.all(ids.map((id, i) => w.s.leader.request({ method: 'POST', url: `/api/cases/${id}/actions/decide`, payload: { version: versions[i], ...decisionBody() } })));
    for (const r of rs) expect(r.statusCode, r.body).toBe(200);
    const all = await ctx.sql(`select decision_number from penalty_cases where bureau_id = $1 and decision_number is not null`, [b.id]);
    const seqs = all.rows.map((r) => Number(/第(\d+)号/.exec(r.decision_number as string)![1])).sort((x, y) => x - y);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(seqs.length).toBeGreaterThanOrEqual(2);
  });

  it('two officers editing the same case: one 409, nothing lost', async () => {
    const id = await makeCase(w, 'priorNoticeServed');
    const { version } = await detail(w.s.officerA, id);
    const body = (who: string) => ({ version, statement: `${who}记录的陈述`, recheck: null });
    const [r1, r2] = await Promise.all([
      w.s.officerA.request({ method: 'POST', url: `/api/cases/${id}/actions/recordStatementAndDefence`, payload: body('张') }),
      w.s.officerA2.request({ method: 'POST', url: `/api/cases/${id}/actions/recordStatementAndDefence`, payload: body('李') }),
    ]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([200, 409]);
    const loser = r1.statusCode === 409 ? r1 : r2;
    expect(loser.json()).toMatchObject({ code: 'VERSION_CONFLICT' });
    // The loser reloads and records again: both statements are kept.
    await ok(r1.statusCode === 409 ? w.s.officerA : w.s.officerA2, id, 'recordStatementAndDefence', { statement: '重新提交的陈述', recheck: null });
    const d = await detail(w.s.officerA, id);
    expect(d.version).toBe(version + 2);
    expect(d.steps.filter((s: { action: string }) => s.action === 'recordStatementAndDefence')).toHaveLength(2);
  });

  it('a case outside the actor’s scope is a 404, in the list and on every route', async () => {
    const id = await makeCase(w, 'investigating');
    for (const k of ['officerB', 'headB'] as const) {
      expect((await w.s[k].request({ method: 'GET', url: `/api/cases/${id}` })).statusCode).toBe(404);
      expect((await w.s[k].request({ method: 'POST', url: `/api/cases/${id}/actions/withdraw`, payload: { version: 3, reason: '试图撤销' } })).statusCode).toBe(404);
      const list = await w.s[k].request({ method: 'GET', url: '/api/cases' });
      expect(list.json().items.map((c: { id: string }) => c.id)).not.toContain(id);
    }
    for (const k of ['officerA', 'headA', 'leader', 'reviewer', 'supervisor'] as const) {
      expect((await w.s[k].request({ method: 'GET', url: `/api/cases/${id}` })).statusCode, k).toBe(200);
    }
    // The supervisor reads but does not act.
    expect((await act(w.s.supervisor, id, 'withdraw', { reason: '监督人员不能撤销' })).statusCode).toBe(403);
  });

  it('lists by department, state and date range, newest first, a citizen party masked', async () => {
    const r = await w.s.headA.request({ method: 'GET', url: `/api/cases?departmentId=${b.departments.a}&state=investigating&receivedFrom=2026-03-01&receivedTo=2026-03-31` });
    expect(r.statusCode, r.body).toBe(200);
    const items = r.json().items as { state: string; leadReceivedAt: string; partyName: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c) => c.state === 'investigating')).toBe(true);
    expect(items.map((c) => c.leadReceivedAt)).toEqual([...items.map((c) => c.leadReceivedAt)].sort().reverse());
    expect(items[0]!.partyName).not.toBe('王某某');
    const none = await w.s.headA.request({ method: 'GET', url: '/api/cases?receivedFrom=2025-01-01&receivedTo=2025-12-31' });
    expect(none.json().total).toBe(0);
  });
});

type Ability = { action: string; allowed: boolean; code: string | null };
const ability = (d: { abilities: Ability[] }, action: string) => d.abilities.find((a) => a.action === action);

/** Log every session in again after the clock moved (sessions expire when idle). */
async function relogin(): Promise<void> {
  for (const k of Object.keys(w.s) as (keyof CaseWorld['s'])[]) w.s[k] = await login(ctx, b.users[k]!);
}

/** The 局长 and two deputy leaders (accounts with the leader role: the server counts only those as 负责人). */
let deputies: TestUser[] = [];
const leaders = () => [b.users['leader']!.id, ...deputies.map((u) => u.id)];

describe('collective discussion (第五十七条)', () => {
  beforeAll(async () => {
    deputies = await makeLeaders(ctx, b, ['副局长甲', '副局长乙']);
  });

  it('a complex case is neither notified nor decided without it; with it, it is', async () => {
    const id = await makeCase(w, 'legalReview', WARNING, { lead: { flags: { complex: true } } });
    const early = await act(w.s.leader, id, 'decide', decisionBody());
    expect(early.statusCode).toBe(422);
    expect(early.json().details.others).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'COLLECTIVE_DISCUSSION_REQUIRED', basis: expect.objectContaining({ article: '第五十七条' }) })]),
    );
    const notice = await act(w.s.officerA, id, 'servePriorNotice', noticeBody());
    expect(notice.statusCode).toBe(422);
    expect(notice.json()).toMatchObject({ code: 'COLLECTIVE_DISCUSSION_REQUIRED', basis: { article: '第五十七条' }, details: { suggestedAction: 'recordCollectiveDiscussion' } });
    expect(ability(await detail(w.s.leader, id), 'recordCollectiveDiscussion')).toMatchObject({ allowed: true });
    // An officer does not hold it; too few leaders is refused.
    expect((await act(w.s.officerA, id, 'recordCollectiveDiscussion', discussionBody(leaders()))).statusCode).toBe(403);
    const few = await act(w.s.leader, id, 'recordCollectiveDiscussion', { ...discussionBody(leaders()), attendees: [{ userId: b.users['leader']!.id, isLeader: true }] });
    expect(few.statusCode).toBe(422);
    expect(few.json()).toMatchObject({ code: 'COLLECTIVE_QUORUM', basis: { article: '第五十七条' } });

    let d = await ok(w.s.leader, id, 'recordCollectiveDiscussion', discussionBody(leaders()));
    expect(d.state).toBe('collectiveDiscussion');
    d = await ok(w.s.officerA, id, 'servePriorNotice', noticeBody());
    expect(d.state).toBe('priorNoticeServed');
    await ok(w.s.officerA2, id, 'recordStatementWaiver', { note: '当事人书面表示不再陈述申辩' });
    d = await ok(w.s.leader, id, 'decide', decisionBody());
    expect(d.state).toBe('decided');
    // A heavier penalty than the one discussed would have been refused.
    expect(d.steps.map((s: { action: string }) => s.action)).toContain('recordCollectiveDiscussion');
  });
});

describe('the hearing branch (第六十三条、第六十四条、第六十五条)', () => {
  it('priorNotice → hearing requested → noticed (≥ 7 WD, presider not an investigator) → held → reviewed → decided', async () => {
    const id = await makeCase(w, 'statementAndDefence', WARNING, { notice: { statesHearingRight: true } });
    expect(ability(await detail(w.s.headA, id), 'requestHearing')).toMatchObject({ allowed: true });
    const today = new Date(ctx.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(today).toBe('2026-03-02');

    let d = await ok(w.s.headA, id, 'requestHearing', { receivedOn: today });
    expect(d.state).toBe('hearingRequested');
    const pending = await act(w.s.leader, id, 'decide', decisionBody());
    expect(pending.statusCode).toBe(422);
    expect(pending.json().code === 'HEARING_PENDING' || pending.json().details.others.some((o: { code: string }) => o.code === 'HEARING_PENDING')).toBe(true);
    expect(ability(await detail(w.s.reviewer, id), 'serveHearingNotice')).toMatchObject({ allowed: true });

    // 3-02 → 3-10: only six working days between notice and hearing.
    const tooSoon = await act(w.s.reviewer, id, 'serveHearingNotice', { scheduledFor: '2026-03-10', presiderUserId: b.users['headA']!.id });
    expect(tooSoon.statusCode).toBe(422);
    expect(tooSoon.json()).toMatchObject({ code: 'HEARING_NOTICE_TOO_LATE', basis: { law: '行政处罚法', article: '第六十四条' } });
    expect(tooSoon.json().message).toContain('2026-03-12');
    // An investigator of the case may not preside.
    const investigator = await act(w.s.reviewer, id, 'serveHearingNotice', { scheduledFor: '2026-03-13', presiderUserId: b.users['officerA']!.id });
    expect(investigator.statusCode).toBe(422);
    expect(investigator.json()).toMatchObject({ code: 'PRESIDER_IS_INVESTIGATOR', basis: { article: '第六十四条' } });
    expect(investigator.json().message).toContain('张执法');

    d = await ok(w.s.reviewer, id, 'serveHearingNotice', { scheduledFor: '2026-03-13', place: '本局听证室', presiderUserId: b.users['headA']!.id });
    expect(d.state).toBe('hearingNoticed');
    // Not before the day, and only by the presider.
    const early = await act(w.s.headA, id, 'holdHearing', { outcome: 'held', recordSigned: true });
    expect(early.json()).toMatchObject({ code: 'HEARING_NOT_YET_DUE' });
    expect((await act(w.s.reviewer, id, 'holdHearing', { outcome: 'held', recordSigned: true })).json()).toMatchObject({ code: 'ACTOR_NOT_PRESIDER' });

    ctx.clock.set('2026-03-13T01:30:00Z');
    await relogin();
    const unsigned = await act(w.s.headA, id, 'holdHearing', { outcome: 'held', recordSigned: false });
    expect(unsigned.json()).toMatchObject({ code: 'HEARING_RECORD_MISSING' });
    d = await ok(w.s.headA, id, 'holdHearing', { outcome: 'held', recordSigned: true, summary: '当事人到场陈述' });
    expect(d.state).toBe('heard');

    // After a hearing the decision needs a fresh legal review (第五十八条).
    const stale = await act(w.s.leader, id, 'decide', decisionBody());
    expect(stale.statusCode).toBe(422);
    expect(stale.json()).toMatchObject({ code: 'LEGAL_REVIEW_STALE', details: { suggestedAction: 'completeLegalReview' } });
    ctx.clock.advanceMinutes(10);
    await ok(w.s.reviewer, id, 'completeLegalReview', { opinion: '听证后审核：事实清楚' });
    d = await ok(w.s.leader, id, 'decide', decisionBody());
    expect(d.state).toBe('decided');
    expect(d.steps.map((s: { action: string }) => s.action)).toEqual(
      expect.arrayContaining(['requestHearing', 'serveHearingNotice', 'holdHearing', 'completeLegalReview', 'decide']),
    );
  });

  it('a withdrawn hearing request ends the hearing branch', async () => {
    const id = await makeCase(w, 'statementAndDefence', WARNING, { notice: { statesHearingRight: true } });
    await ok(w.s.headA, id, 'requestHearing', {});
    const d = await ok(w.s.reviewer, id, 'recordHearingWithdrawal', { note: '当事人书面撤回听证申请' });
    expect(d.state).toBe('heard');
    expect(ability(await detail(w.s.leader, id), 'decide')).toBeDefined();
  });
});

describe('the legal-basis verdict of the cited basis (第十六条)', () => {
  it('a normative document alone is not a basis: filing is refused with the reason; the power’s own basis is sound', async () => {
    const sound = await detail(w.s.leader, await registerLead(w));
    expect(sound.legalBasisChecks).toEqual([{ label: '《中华人民共和国律师法》第四十七条', problems: [], applied: [expect.objectContaining({ rule: 'actTime' })] }]);

    await makeLaw(w.s.reviewer, {
      title: '示例市律师执业监督管理办法',
      level: 'normativeDocument',
      issuingBody: '示例市司法局',
      publishedOn: '2020-01-01',
      effectiveFrom: '2020-01-01',
      articles: [{ address: { article: 3 }, text: '律师不得同时在两个律师事务所执业' }],
    });
    const id = await registerLead(w, w.s.officerA, { legalBasis: ['《示例市律师执业监督管理办法》第三条'] });
    const d = await detail(w.s.leader, id);
    expect(d.legalBasisChecks[0].problems.map((p: { code: string }) => p.code)).toContain('NORMATIVE_DOCUMENT_ONLY');
    expect(ability(d, 'fileCase')).toMatchObject({ allowed: false, code: 'LEGAL_BASIS_INVALID' });
    const r = await act(w.s.leader, id, 'fileCase', { opinion: '同意立案' });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'LEGAL_BASIS_INVALID' });
    expect(r.json().message).toContain('示例市律师执业监督管理办法');
  });
});
