/**
 * The console side of complaints: accept → assign → (extend) → reply → close with clock dates on the bureau's
 * working-day calendar (across National Day 2026), not accepted with its written notice, the data scope (an officer
 * sees only what is assigned to them), optimistic versions, the survey code at closure, and a complaint → case lead.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { surveyInvitations } from '../src/modules/surveys/index.ts';
import { auditEvents } from '../src/platform/audit/audit.table.ts';
import type { CaseWorld } from './support/case-factory.ts';
import { makePng } from './support/file-fixtures.ts';
import type { TestBureau, TestContext } from './support/test-app.ts';
import { act, complaintFields, detailOf, idOf, makeComplaintsWorld, moveClockTo, ok, submitOk, track } from './complaints-helpers.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;

beforeAll(async () => {
  ({ ctx, b, w } = await makeComplaintsWorld());
});

const at = (date: string) => moveClockTo({ ctx, b, w }, date, ['leader', 'headA', 'officerA', 'officerA2', 'headB', 'officerB']);
const REPLY = '经调查核实，该律师事务所未按规定出具收费票据属实，已责令其限期改正并退还多收费用，对相关律师进行约谈。';

async function received(date: string, overrides: Record<string, string> = {}) {
  await at(date);
  const sub = await submitOk(ctx, complaintFields(b.id, overrides));
  return { ...sub, id: await idOf(w.s.leader, sub.referenceNumber) };
}

describe('full lifecycle', () => {
  it('accepts, assigns, extends, replies and closes, with clocks on the calendar and a survey code at the end', async () => {
    const c = await received('2026-08-03');
    let d = await detailOf(w.s.leader, c.id);
    expect(d.state).toBe('received');
    expect(d.contact.name).toBe('王小明');
    expect(d.clocks).toEqual([expect.objectContaining({ clockId: 'directNotice', dueDate: '2026-08-18', daysLeft: 15, overdue: false })]);
    const abilities = Object.fromEntries(d.abilities.map((a: { action: string }) => [a.action, a]));
    expect(abilities['accept']).toMatchObject({ allowed: true, to: 'accepted' });
    expect(abilities['notAccept']).toMatchObject({ allowed: true });
    expect(abilities['reply']).toBeUndefined();

    // Nobody in a department sees an unassigned complaint; an officer only what is assigned to them.
    for (const s of [w.s.headA, w.s.officerA])
      expect((await s.request({ method: 'GET', url: `/api/complaints/${c.id}` })).statusCode).toBe(404);

    await at('2026-08-05');
    // 申诉求决类 needs its route (第三十一条); the written notice is owed (第二十三条第二款).
    const noRoute = await act(w.s.leader, c.id, 'accept', { noticeServedOn: '2026-08-05' });
    expect(noRoute.statusCode).toBe(422);
    expect(noRoute.json()).toMatchObject({ code: 'ROUTE_REQUIRED', basis: { law: '信访工作条例', article: '第三十一条' } });
    const noNotice = await act(w.s.leader, c.id, 'accept', { route: 'petitionOpinion' });
    expect(noNotice.json()).toMatchObject({ code: 'NOTICE_REQUIRED', basis: { article: '第二十三条第二款' } });
    d = await ok(w.s.leader, c.id, 'accept', { route: 'petitionOpinion', noticeServedOn: '2026-08-05' });
    expect(d.state).toBe('accepted');
    // 60 days from 08-05 is 10-04, inside National Day: due the first working day after, 10-08 (第三十四条).
    expect(d.clocks).toEqual([expect.objectContaining({ clockId: 'petitionConclusion', startDate: '2026-08-05', dueDate: '2026-10-08' })]);
    expect(d.clocks[0].basis[0]).toMatchObject({ law: '信访工作条例', article: '第三十四条' });

    // A stale form loses: 409, nothing changed.
    const stale = await w.s.leader.request({
      method: 'POST',
      url: `/api/complaints/${c.id}/actions/assign`,
      payload: { version: d.version - 1, departmentId: b.departments.a, handlerUserId: b.users['officerA']!.id },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');

    const wrongDept = await act(w.s.leader, c.id, 'assign', { departmentId: b.departments.b, handlerUserId: b.users['officerA']!.id });
    expect(wrongDept.statusCode).toBe(400);
    expect(wrongDept.json().message).toBe('承办人不属于所选承办部门');
    d = await ok(w.s.leader, c.id, 'assign', { departmentId: b.departments.a, handlerUserId: b.users['officerA']!.id });
    expect(d).toMatchObject({ state: 'assigned', handlerName: 'officerA', departmentId: b.departments.a });

    // Scope after assignment: the handler and the department head see it; another officer and department do not.
    expect((await w.s.officerA.request({ method: 'GET', url: `/api/complaints/${c.id}` })).statusCode).toBe(200);
    expect((await w.s.headA.request({ method: 'GET', url: `/api/complaints/${c.id}` })).statusCode).toBe(200);
    for (const s of [w.s.officerA2, w.s.headB, w.s.officerB]) {
      expect((await s.request({ method: 'GET', url: `/api/complaints/${c.id}` })).statusCode).toBe(404);
      expect((await act(s, c.id, 'reply', { opinion: 'support', text: REPLY })).statusCode).toBe(404);
    }
    const list = await w.s.officerA2.request({ method: 'GET', url: '/api/complaints' });
    expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(c.id);

    // The handler may reply but not extend (complaint:handle); the extension needs the leader's approval.
    expect(
      (await act(w.s.officerA, c.id, 'extend', { days: 30, reason: '情况复杂', approvedByLeader: true, petitionerInformed: true }))
        .statusCode,
    ).toBe(403);
    const unapproved = await act(w.s.leader, c.id, 'extend', {
      days: 30,
      reason: '情况复杂',
      approvedByLeader: false,
      petitionerInformed: true,
    });
    expect(unapproved.json()).toMatchObject({ code: 'EXTENSION_NOT_APPROVED', basis: { article: '第三十四条' } });
    await at('2026-09-30');
    d = await ok(w.s.leader, c.id, 'extend', {
      days: 30,
      reason: '涉及多家律所，需调取银行流水',
      approvedByLeader: true,
      petitionerInformed: true,
    });
    expect(d.clocks[0]).toMatchObject({ clockId: 'petitionConclusion', dueDate: '2026-11-03' });
    expect(d.extensions).toEqual([{ days: 30, reason: '涉及多家律所，需调取银行流水', on: '2026-09-30' }]);
    const more = await act(w.s.leader, c.id, 'extend', { days: 1, reason: '再延', approvedByLeader: true, petitionerInformed: true });
    expect(more.statusCode).toBe(422);
    expect(more.json().code).toBe('EXTENSION_LIMIT');

    await at('2026-10-20');
    const short = await act(w.s.officerA, c.id, 'reply', { opinion: 'support', text: '已处理。', legalBasis: '律师法第四十七条' });
    expect(short.json()).toMatchObject({ code: 'REPLY_INCOMPLETE', basis: { article: '第三十二条' } });
    const noBasis = await act(w.s.officerA, c.id, 'reply', { opinion: 'support', text: REPLY });
    expect(noBasis.json().reason ?? noBasis.json().message).toContain('法律法规依据');
    d = await ok(w.s.officerA, c.id, 'reply', { opinion: 'support', text: REPLY, legalBasis: '《律师服务收费管理办法》第二十三条' });
    expect(d.state).toBe('replied');
    expect(d.reply).toMatchObject({ opinion: 'support', opinionLabel: '予以支持', repliedOn: '2026-10-20' });
    // After the reply the petitioner's 30-day window to ask for 复查 runs; it is not the bureau's clock (not overdue-making).
    expect(d.clocks).toEqual([expect.objectContaining({ clockId: 'reviewRequestWindow', dueDate: '2026-11-19' })]);
    expect(d.nextDueOn).toBeNull();

    await at('2026-10-21');
    d = await ok(w.s.officerA, c.id, 'close', { outcome: '已责令改正并退费，信访人表示认可' });
    expect(d).toMatchObject({ state: 'closed', closedOn: '2026-10-21', outcome: '已责令改正并退费，信访人表示认可' });
    expect(d.surveyCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const [inv] = await ctx.db
      .select()
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.subjectKind, 'complaint'), eq(surveyInvitations.subjectId, c.id)));
    expect(inv).toMatchObject({ bureauId: b.id, departmentId: b.departments.a });

    const t = (await track(ctx, c.trackingCode)).json();
    expect(t).toMatchObject({
      state: 'closed',
      stateLabel: '已办结',
      acceptedOn: '2026-08-05',
      repliedOn: '2026-10-20',
      closedOn: '2026-10-21',
      surveyCode: d.surveyCode,
    });
    expect(t.publicReply).toContain(REPLY);
    expect(t.timeline.map((s: { label: string }) => s.label)).toEqual(['提交', '受理', '交办承办', '延长办理期限', '书面答复', '办结']);
    expect(JSON.stringify(t)).not.toContain('officerA');

    expect(d.steps.map((s: { action: string }) => s.action)).toEqual(['submit', 'accept', 'assign', 'extend', 'reply', 'close']);
    const audit = await ctx.db.select().from(auditEvents).where(eq(auditEvents.objectId, c.id)).orderBy(auditEvents.seq);
    expect(audit.map((a) => a.action)).toEqual([
      'complaint.submit',
      'complaint.accept',
      'complaint.assign',
      'complaint.extend',
      'complaint.reply',
      'complaint.close',
    ]);
  });
});

describe('not accepted', () => {
  it('needs the written notice and records a late one as a warning (第二十三条, 第四十四条)', async () => {
    const c = await received('2026-09-16');
    await at('2026-10-12');
    const noNotice = await act(w.s.leader, c.id, 'notAccept', {
      ground: 'notCompetent',
      redirectTo: '市市场监督管理局',
      explanation: '属于价格监管事项',
    });
    expect(noNotice.statusCode).toBe(422);
    expect(noNotice.json()).toMatchObject({ code: 'NOTICE_REQUIRED', basis: { article: '第二十三条第二款' } });
    const noRedirect = await act(w.s.leader, c.id, 'notAccept', {
      ground: 'notCompetent',
      explanation: '属于价格监管事项',
      noticeServedOn: '2026-10-12',
    });
    expect(noRedirect.json().code).toBe('REDIRECT_REQUIRED');

    const d = await ok(w.s.leader, c.id, 'notAccept', {
      ground: 'notCompetent',
      redirectTo: '市市场监督管理局',
      explanation: '反映的收费问题属于价格监管事项',
      noticeServedOn: '2026-10-12',
    });
    expect(d.state).toBe('notAccepted');
    expect(d.notAccepted).toMatchObject({ groundLabel: '不属于本机关职权范围', redirectTo: '市市场监督管理局' });
    // Due 10-08 (10-01 rolled over National Day); served 10-12: late, recorded, not blocked.
    expect(d.steps.at(-1).warnings).toEqual([
      expect.objectContaining({ code: 'NOTICE_LATE', reason: '书面告知应于2026-10-08前送达，已逾期' }),
    ]);
    expect(d.clocks).toEqual([]);
    const t = (await track(ctx, c.trackingCode)).json();
    expect(t).toMatchObject({ state: 'notAccepted', stateLabel: '不予受理' });
    expect(t.publicReply).toContain('请向市市场监督管理局提出');
  });
});

describe('queue', () => {
  it('lists overdue complaints first and filters by state, kind and overdue; contacts are masked', async () => {
    const late = await received('2026-07-01', { kind: 'report', contactPhone: '13700001111' });
    await at('2026-07-20');
    const r = await w.s.leader.request({ method: 'GET', url: '/api/complaints?overdue=true' });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.overdueCount).toBeGreaterThanOrEqual(1);
    const item = body.items.find((i: { id: string }) => i.id === late.id);
    expect(item).toMatchObject({
      overdue: true,
      nextDueOn: '2026-07-16',
      kindLabel: '举报',
      contactName: '王*明',
      contactPhone: '137****1111',
    });
    expect(body.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    const reports = (await w.s.leader.request({ method: 'GET', url: '/api/complaints?kind=report&state=received' })).json();
    expect(reports.items.every((i: { kind: string; state: string }) => i.kind === 'report' && i.state === 'received')).toBe(true);
    expect(JSON.stringify(reports)).not.toContain('13700001111');
  });
});

describe('case lead', () => {
  it('opens a penalty-case lead from an assigned complaint and links both ways', async () => {
    const c = await received('2026-10-09');
    await ok(w.s.leader, c.id, 'accept', { route: 'enforcementDuty', noticeServedOn: '2026-10-09' });
    await ok(w.s.leader, c.id, 'assign', { departmentId: b.departments.a, handlerUserId: b.users['officerA']!.id });
    // The leader holds no case:manage: the lead is registered by the handler (or the department head).
    const byLeader = await detailOf(w.s.leader, c.id);
    expect(byLeader.abilities.find((a: { action: string }) => a.action === 'openCaseLead')).toMatchObject({
      allowed: false,
      code: 'FORBIDDEN',
    });
    const d = await ok(w.s.officerA, c.id, 'openCaseLead', {
      powerId: w.powerId,
      party: { kind: 'organisation', name: '某律师事务所' },
      leadSummary: '群众投诉某律师事务所未出具收费票据',
    });
    expect(d.linkedCaseId).toBeTruthy();
    expect(d.state).toBe('assigned');
    expect(d.abilities.find((a: { action: string }) => a.action === 'openCaseLead')).toMatchObject({
      allowed: false,
      reason: '已转为案件线索',
    });
    const kase = await w.s.officerA.request({ method: 'GET', url: `/api/cases/${d.linkedCaseId}` });
    expect(kase.statusCode, kase.body).toBe(200);
    expect(kase.json()).toMatchObject({ state: 'lead', leadSource: 'complaint', partyName: '某律师事务所' });
    expect(kase.json().leadSummary).toContain(c.referenceNumber);
    const again = await act(w.s.officerA, c.id, 'openCaseLead', {
      powerId: w.powerId,
      party: { kind: 'organisation', name: '某律师事务所' },
      leadSummary: '再次',
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('review (复查)', () => {
  it('records a review request after closure, clocks the 30-day answer, and keeps the first survey code on closing again', async () => {
    const c = await received('2026-06-01', { kind: 'petition' });
    await ok(w.s.leader, c.id, 'accept', { route: 'petitionOpinion', noticeServedOn: '2026-06-01' });
    await ok(w.s.leader, c.id, 'assign', { departmentId: b.departments.a, handlerUserId: b.users['officerA']!.id });
    await at('2026-07-01');
    await ok(w.s.officerA, c.id, 'reply', { opinion: 'notSupport', text: REPLY, legalBasis: '《公证法》第三十九条' });
    const first = await ok(w.s.officerA, c.id, 'close', { outcome: '已出具处理意见书' });
    await at('2026-07-20');
    let d = await ok(w.s.leader, c.id, 'requestReview', { note: '信访人不服处理意见，请求复查' });
    expect(d.state).toBe('reviewRequested');
    expect(d.clocks).toEqual([
      expect.objectContaining({
        clockId: 'reviewAnswer',
        startDate: '2026-07-20',
        dueDate: '2026-08-19',
        basis: [expect.objectContaining({ article: '第三十五条' }), expect.anything(), expect.anything()],
      }),
    ]);
    // The handler without complaint:handle may not record what the review body decides.
    expect((await act(w.s.officerA, c.id, 'answerReview', { text: '维持原处理意见' })).statusCode).toBe(403);
    await at('2026-08-10');
    d = await ok(w.s.leader, c.id, 'answerReview', { text: '经复查，维持原处理意见' });
    expect(d.state).toBe('reviewed');
    d = await ok(w.s.officerA, c.id, 'close', { outcome: '复查维持，办结' });
    expect(d.state).toBe('closed');
    expect(d.surveyCode).toBe(first.surveyCode);
  });
});

describe('attachments and history', () => {
  it("lets the bureau download the citizen's file in scope only, and keeps the history append-only", async () => {
    await at('2026-05-06');
    const png = makePng(3, 3);
    const sub = await submitOk(ctx, complaintFields(b.id), [{ buf: png, fileName: '票据.png', contentType: 'image/png' }]);
    const id = await idOf(w.s.leader, sub.referenceNumber);
    const d = await detailOf(w.s.leader, id);
    expect(d.attachments).toEqual([expect.objectContaining({ fileName: '票据.png', mimeType: 'image/png', sizeBytes: png.length })]);
    const url = `/api/complaints/${id}/attachments/${d.attachments[0].id}`;
    const file = await w.s.leader.request({ method: 'GET', url });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(png)).toBe(true);
    expect(file.headers['content-disposition']).toContain('attachment');
    expect((await w.s.officerB.request({ method: 'GET', url })).statusCode).toBe(404);
    await expect(ctx.sql('update complaint_steps set actor_name = $1 where complaint_id = $2', ['x', id])).rejects.toThrow(/append-only/);
    await expect(ctx.sql('delete from complaint_attachments where complaint_id = $1', [id])).rejects.toThrow(/append-only/);
  });
});

describe('console registration (来信、来电、来访)', () => {
  it('registers a transferred letter dated by its arrival, with the 5-working-day objection clock across National Day', async () => {
    await at('2026-09-30');
    const body = {
      kind: 'petition',
      source: 'letter',
      via: 'transferred',
      receivedOn: '2026-09-28',
      contactName: '李四',
      contactAddress: '示例市玄武区某路2号',
      subject: '市信访局转来：反映某公证处收费问题',
      text: '信访人来信反映某公证处办理继承公证时收费过高，市信访局转送我局办理。',
    };
    expect((await w.s.officerA.request({ method: 'POST', url: '/api/complaints', payload: body })).statusCode).toBe(403);
    const future = await w.s.leader.request({ method: 'POST', url: '/api/complaints', payload: { ...body, receivedOn: '2026-10-02' } });
    expect(future.statusCode).toBe(400);
    const r = await w.s.leader.request({ method: 'POST', url: '/api/complaints', payload: body });
    expect(r.statusCode, r.body).toBe(201);
    const { trackingCode, complaint } = r.json();
    expect(complaint).toMatchObject({
      source: 'letter',
      sourceLabel: '来信',
      via: 'transferred',
      receivedOn: '2026-09-28',
      contactPhone: '',
    });
    expect(complaint.steps[0]).toMatchObject({ action: 'register', label: '登记', actorName: 'leader' });
    // 5 working days: 9-29, 9-30, (National Day 10-1…10-7), 10-8, 10-9, 10-10 (a Saturday worked in 2026).
    const due = Object.fromEntries(complaint.clocks.map((c: { clockId: string; dueDate: string }) => [c.clockId, c.dueDate]));
    expect(due).toEqual({ transferObjection: '2026-10-10', transferredNotice: '2026-10-13' });
    expect((await track(ctx, trackingCode)).json()).toMatchObject({ state: 'received', timeline: [{ on: '2026-09-28', label: '登记' }] });
  });
});
