/**
 * 回避 (信访工作条例 第二十八条第三款: 工作人员与信访事项或者信访人有直接利害关系的，应当回避): a complaint names the
 * staff it is about (被反映人) at intake or acceptance; they are never given it (assignment or reassignment) and take
 * no step on it (reply, closure, reassignment by them): 422 with the reason and the article, nothing written. The
 * assignment options grey them out with the same reason.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { complaints } from '../src/modules/complaints/complaints.table.ts';
import { auditEvents } from '../src/platform/audit/audit.table.ts';
import type { CaseWorld } from './support/case-factory.ts';
import type { Session, TestBureau, TestContext } from './support/test-app.ts';
import { act, complaintFields, detailOf, idOf, makeComplaintsWorld, moveClockTo, ok, submitOk } from './complaints-helpers.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;

beforeAll(async () => {
  ({ ctx, b, w } = await makeComplaintsWorld());
});

const at = (date: string) => moveClockTo({ ctx, b, w }, date, ['leader', 'headA', 'officerA', 'officerA2']);
const RECUSAL = { code: 'HANDLER_HAS_INTEREST', basis: { law: '信访工作条例', article: '第二十八条第三款' } };
const REPLY = '经调查核实，执法人员在检查中未出示执法证件的情况属实，已责令其改正并进行批评教育，今后严格规范执法。';

/** A letter about an officer, registered by the leader with the officer named as 被反映人. */
async function registerAbout(subjectPersonIds: string[]) {
  return w.s.leader.request({
    method: 'POST',
    url: '/api/complaints',
    payload: {
      kind: 'complaint',
      category: 'claim',
      source: 'letter',
      receivedOn: '2026-08-03',
      contactName: '周平',
      contactAddress: '示例市某路2号',
      about: '律师工作科 张执法',
      subjectPersonIds,
      subject: '执法人员检查时未出示执法证件',
      text: '8月1日律师工作科执法人员到我所检查，未出示执法证件，态度粗暴。',
    },
  });
}

async function assigneesFor(as: Session, id: string) {
  const r = await as.request({ method: 'GET', url: `/api/complaints/assignees?complaintId=${id}` });
  expect(r.statusCode, r.body).toBe(200);
  const handlers = r.json().departments.flatMap((d: { handlers: unknown[] }) => d.handlers) as {
    userId: string;
    refusal: { code: string; reason: string; basis: { article: string } } | null;
  }[];
  return new Map(handlers.map((h) => [h.userId, h.refusal]));
}

/** A refused action leaves the complaint as it was and writes no audit row. */
async function expectRefused(as: Session, id: string, action: string, body: Record<string, unknown>, reason: string) {
  const [before] = await ctx.db.select().from(complaints).where(eq(complaints.id, id));
  const r = await act(as, id, action, body);
  expect(r.statusCode, r.body).toBe(422);
  expect(r.json()).toMatchObject(RECUSAL);
  expect(r.json().message).toContain(reason);
  const [after] = await ctx.db.select().from(complaints).where(eq(complaints.id, id));
  expect(after).toMatchObject({ version: before!.version, state: before!.state, handlerUserId: before!.handlerUserId });
  const audits = await ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.objectId, id), eq(auditEvents.action, `complaint.${action}`)));
  return audits.length;
}

describe('被反映人 named at intake', () => {
  it('is recorded as a link, offered from the bureau’s staff, and must be one of them', async () => {
    await at('2026-08-03');
    const options = await w.s.leader.request({ method: 'GET', url: '/api/complaints/subject-options' });
    expect(options.statusCode, options.body).toBe(200);
    const people = options.json().people as { id: string; name: string }[];
    // Officers by their record (once: not again as their account), other staff by their account.
    expect(people).toEqual(expect.arrayContaining([expect.objectContaining({ id: w.officerIds.a, name: '张执法' })]));
    expect(people.map((p) => p.id)).toContain(b.users['headA']!.id);
    expect(people.map((p) => p.id)).not.toContain(b.users['officerA']!.id);
    // An officer without complaint:handle cannot list them.
    expect((await w.s.officerA.request({ method: 'GET', url: '/api/complaints/subject-options' })).statusCode).toBe(403);

    // Someone not of this bureau cannot be linked (free text 反映对象 is for them).
    const stranger = await registerAbout(['00000000-0000-4000-8000-000000000001']);
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().fieldErrors.subjectPersonIds[0]).toContain('不是本局工作人员');

    const r = await registerAbout([w.officerIds.a]);
    expect(r.statusCode, r.body).toBe(201);
    const d = r.json().complaint;
    expect(d.about).toBe('律师工作科 张执法');
    expect(d.subjects).toEqual([expect.objectContaining({ id: w.officerIds.a, name: '张执法' })]);
  });

  it('cannot be assigned or reassigned the complaint; a colleague can, and the options say who and why', async () => {
    await at('2026-08-03');
    const id = (await registerAbout([w.officerIds.a])).json().complaint.id as string;
    await ok(w.s.leader, id, 'accept', { route: 'petitionOpinion', noticeServedOn: '2026-08-03' });

    const options = await assigneesFor(w.s.leader, id);
    expect(options.get(b.users['officerA']!.id)).toMatchObject({ code: 'HANDLER_HAS_INTEREST', basis: { article: '第二十八条第三款' } });
    expect(options.get(b.users['officerA']!.id)!.reason).toContain('被反映人');
    // Their department head and colleague are not refused: no rule bars the person's leader.
    expect(options.get(b.users['officerA2']!.id)).toBeNull();
    expect(options.get(b.users['headA']!.id)).toBeNull();
    // Without a complaint, nobody is marked.
    const plain = await w.s.leader.request({ method: 'GET', url: '/api/complaints/assignees' });
    expect(
      plain.json().departments.flatMap((d: { handlers: { refusal: unknown }[] }) => d.handlers.map((h) => h.refusal)),
    ).not.toContainEqual(expect.anything());

    const assignSubject = { departmentId: b.departments.a, handlerUserId: b.users['officerA']!.id };
    expect(await expectRefused(w.s.leader, id, 'assign', assignSubject, '应当回避')).toBe(0);

    let d = await ok(w.s.leader, id, 'assign', { departmentId: b.departments.a, handlerUserId: b.users['officerA2']!.id });
    expect(d).toMatchObject({ state: 'assigned', handlerName: 'officerA2' });
    // Reassigning to the person complained about is refused the same way; the handler stays.
    expect(await expectRefused(w.s.leader, id, 'assign', assignSubject, '应当回避')).toBe(1);
    d = await detailOf(w.s.leader, id);
    expect(d.handlerUserId).toBe(b.users['officerA2']!.id);
  });
});

describe('被反映人 named at acceptance', () => {
  it('takes no step on the complaint: no reassignment, reply or closure by them, and their abilities say why', async () => {
    await at('2026-08-03');
    const sub = await submitOk(ctx, complaintFields(b.id, { about: '律师工作科科长', subject: '科长推诿不办' }));
    const id = await idOf(w.s.leader, sub.referenceNumber);
    expect((await detailOf(w.s.leader, id)).subjects).toEqual([]);

    // The head of department a is complained about; a staff member without an officer record is named by account.
    let d = await ok(w.s.leader, id, 'accept', {
      route: 'petitionOpinion',
      noticeServedOn: '2026-08-03',
      subjectPersonIds: [b.users['headA']!.id],
    });
    expect(d.subjects).toEqual([expect.objectContaining({ id: b.users['headA']!.id, name: 'headA' })]);
    expect((await assigneesFor(w.s.leader, id)).get(b.users['headA']!.id)).toMatchObject({ code: 'HANDLER_HAS_INTEREST' });
    await ok(w.s.leader, id, 'assign', { departmentId: b.departments.a, handlerUserId: b.users['officerA']!.id });

    // headA sees the department's complaints and holds complaint:handle — but not on this one.
    const theirs = await detailOf(w.s.headA, id);
    const reply = theirs.abilities.find((a: { action: string }) => a.action === 'reply');
    expect(reply).toMatchObject({ allowed: false, code: 'HANDLER_HAS_INTEREST', basis: { article: '第二十八条第三款' } });
    expect(reply.reason).toContain('您是本事项的被反映人');
    expect((await detailOf(w.s.leader, id)).abilities.find((a: { action: string }) => a.action === 'reply')).toMatchObject({
      allowed: true,
    });

    await expectRefused(
      w.s.headA,
      id,
      'assign',
      { departmentId: b.departments.a, handlerUserId: b.users['officerA2']!.id },
      '您是本事项的被反映人',
    );
    await expectRefused(
      w.s.headA,
      id,
      'reply',
      { opinion: 'support', text: REPLY, legalBasis: '行政执法证件管理规定' },
      '您是本事项的被反映人',
    );

    await at('2026-08-20');
    d = await ok(w.s.officerA, id, 'reply', { opinion: 'support', text: REPLY, legalBasis: '行政执法证件管理规定' });
    expect(d.state).toBe('replied');
    await expectRefused(w.s.headA, id, 'close', { outcome: '已答复' }, '应当回避');
    d = await ok(w.s.officerA, id, 'close', { outcome: '已书面答复信访人，责令改正。' });
    expect(d.state).toBe('closed');
    // The steps are those of the others: none by the person complained about.
    expect(d.steps.map((s: { actorName: string }) => s.actorName)).not.toContain('headA');
  });
});
