/**
 * 回避 (信访工作条例 第二十八条第三款: 工作人员与信访事项或者信访人有直接利害关系的，应当回避): a complaint names the
 * staff it is about (被反映人) at intake or acceptance; they are never given it (assignment or reassignment): 422 with
 * the reason and the article, nothing written; the assignment options grey them out with the same reason. They do
 * not see it either (第三十条第三款: last describe), so a step they try is a 404 as for any complaint out of scope.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { complaints } from '../src/modules/complaints/complaints.table.ts';
import { auditEvents } from '../src/platform/audit/audit.table.ts';
import type { CaseWorld } from './support/case-factory.ts';
import type { Session, TestBureau, TestContext } from './support/test-app.ts';
import { act, complaintFields, detailOf, idOf, makeComplaintsWorld, minimalPdf, moveClockTo, ok, submitOk } from './complaints-helpers.ts';

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

/** A step by someone who cannot see the complaint: 404 as for any complaint out of scope; nothing changes or is logged. */
async function expectUnchanged(who: keyof CaseWorld['s'], id: string, action: string, body: Record<string, unknown>) {
  const as = w.s[who];
  const [before] = await ctx.db.select().from(complaints).where(eq(complaints.id, id));
  const r = await as.request({
    method: 'POST',
    url: `/api/complaints/${id}/actions/${action}`,
    payload: { version: before!.version, ...body },
  });
  expect(r.statusCode, r.body).toBe(404);
  const [after] = await ctx.db.select().from(complaints).where(eq(complaints.id, id));
  expect(after).toMatchObject({ version: before!.version, state: before!.state, handlerUserId: before!.handlerUserId });
  const audits = await ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.objectId, id), eq(auditEvents.action, `complaint.${action}`), eq(auditEvents.actorId, b.users[who]!.id)));
  expect(audits).toHaveLength(0);
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
  it('takes no step on the complaint and cannot open it: no reassignment, reply or closure by them', async () => {
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

    // headA sees the department's complaints and holds complaint:handle — but not this one, which is about them
    // (第三十条第三款: below); a step they try is refused as for a complaint out of their scope, nothing written.
    expect((await w.s.headA.request({ method: 'GET', url: `/api/complaints/${id}` })).statusCode).toBe(404);
    expect((await detailOf(w.s.leader, id)).abilities.find((a: { action: string }) => a.action === 'reply')).toMatchObject({
      allowed: true,
    });
    await expectUnchanged('headA', id, 'assign', { departmentId: b.departments.a, handlerUserId: b.users['officerA2']!.id });
    await expectUnchanged('headA', id, 'reply', { opinion: 'support', text: REPLY, legalBasis: '行政执法证件管理规定' });

    await at('2026-08-20');
    d = await ok(w.s.officerA, id, 'reply', { opinion: 'support', text: REPLY, legalBasis: '行政执法证件管理规定' });
    expect(d.state).toBe('replied');
    await expectUnchanged('headA', id, 'close', { outcome: '已答复' });
    d = await ok(w.s.officerA, id, 'close', { outcome: '已书面答复信访人，责令改正。' });
    expect(d.state).toBe('closed');
    // The steps are those of the others: none by the person complained about.
    expect(d.steps.map((s: { actorName: string }) => s.actorName)).not.toContain('headA');
  });
});

/**
 * 信访工作条例 第三十条第三款 (不得将信访人的检举、揭发材料以及有关情况透露或者转给被检举、揭发的人员或者单位): the
 * person a complaint names as 被反映人 does not see it, whatever their role or scope — here the head of the department
 * it is assigned to, who sees the department's other complaints; the bureau's supervisor and leader still see it.
 */
describe('被反映人 do not see the complaint (第三十条第三款)', () => {
  const ABSENT = '00000000-0000-4000-8000-00000000000a';
  const list = async (as: Session, query = '') => {
    const r = await as.request({ method: 'GET', url: `/api/complaints?pageSize=100${query}` });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<{ items: { id: string }[]; total: number; overdueCount: number }>();
    return { ids: body.items.map((i) => i.id), total: body.total, overdueCount: body.overdueCount };
  };
  const deadlineComplaintIds = async (as: Session) => {
    const r = await as.request({ method: 'GET', url: '/api/deadlines?pageSize=200' });
    expect(r.statusCode, r.body).toBe(200);
    return (r.json().items as { complaintId: string | null }[]).map((i) => i.complaintId);
  };

  it('is left out of the named head’s queue, counts and 期限监控; its detail, steps and files are 404 to them only', async () => {
    const keys = ['leader', 'supervisor', 'headA', 'officerA'] as const;
    await moveClockTo({ ctx, b, w }, '2026-09-01', keys);
    const pdf = minimalPdf();
    const about = await submitOk(ctx, complaintFields(b.id, { about: '律师工作科科长', subject: '科长推诿不办' }), [
      { buf: pdf, fileName: '材料.pdf', contentType: 'application/pdf' },
    ]);
    const other = await submitOk(ctx, complaintFields(b.id, { subject: '律所收费不规范' }));
    const id = await idOf(w.s.leader, about.referenceNumber);
    const otherId = await idOf(w.s.leader, other.referenceNumber);
    const before = await list(w.s.headA);

    // Both go to department a and officerA; only the first names headA as 被反映人.
    await ok(w.s.leader, id, 'accept', {
      route: 'petitionOpinion',
      noticeServedOn: '2026-09-01',
      subjectPersonIds: [b.users['headA']!.id],
    });
    await ok(w.s.leader, otherId, 'accept', { route: 'petitionOpinion', noticeServedOn: '2026-09-01' });
    for (const c of [id, otherId])
      await ok(w.s.leader, c, 'assign', { departmentId: b.departments.a, handlerUserId: b.users['officerA']!.id });

    // The queue and its count: the department's other complaint appears, this one does not, even searched for.
    const after = await list(w.s.headA);
    expect(after.ids).toContain(otherId);
    expect(after.ids).not.toContain(id);
    expect(after.total).toBe(before.total + 1);
    expect((await list(w.s.headA, `&q=${encodeURIComponent(about.referenceNumber)}`)).total).toBe(0);
    for (const s of [w.s.supervisor, w.s.leader, w.s.officerA]) expect((await list(s)).ids).toContain(id);

    // Detail (with its steps), attachment and assignment options: 404, as for a complaint that does not exist.
    const d = await detailOf(w.s.supervisor, id);
    expect(d.steps.length).toBeGreaterThan(0);
    const fileUrl = `/api/complaints/${id}/attachments/${d.attachments[0].id}`;
    const absent = (await w.s.headA.request({ method: 'GET', url: `/api/complaints/${ABSENT}` })).json();
    for (const url of [`/api/complaints/${id}`, fileUrl, `/api/complaints/assignees?complaintId=${id}`]) {
      const r = await w.s.headA.request({ method: 'GET', url });
      expect(r.statusCode, url).toBe(404);
      expect(r.json()).toMatchObject({ code: absent.code, message: absent.message });
    }
    expect((await w.s.headA.request({ method: 'GET', url: `/api/complaints/${otherId}` })).statusCode).toBe(200);
    // The bureau's supervisor opens and downloads it.
    const file = await w.s.supervisor.request({ method: 'GET', url: fileUrl });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);

    // 期限监控: no row of it for headA; the supervisor and the handler have its clock.
    expect(await deadlineComplaintIds(w.s.headA)).not.toContain(id);
    expect(await deadlineComplaintIds(w.s.headA)).toContain(otherId);
    for (const s of [w.s.supervisor, w.s.officerA]) expect(await deadlineComplaintIds(s)).toContain(id);

    // Overdue (60 days from 09-01: 10-31, a Saturday, so 11-02): the overdue filter and count leave it out too.
    await moveClockTo({ ctx, b, w }, '2026-11-10', keys);
    const overdue = await list(w.s.headA, '&overdue=true');
    expect(overdue.ids).toContain(otherId);
    expect(overdue.ids).not.toContain(id);
    expect(overdue.overdueCount).toBe(overdue.ids.length);
    expect((await list(w.s.headA)).overdueCount).toBe(overdue.ids.length);
    expect((await list(w.s.supervisor, '&overdue=true')).ids).toContain(id);
  });

  it('cannot be registered or accepted by the person it names (they would have to see it)', async () => {
    await moveClockTo({ ctx, b, w }, '2026-09-01', ['leader', 'supervisor']);
    const subject = '局领导接访态度生硬';
    const self = await w.s.leader.request({
      method: 'POST',
      url: '/api/complaints',
      payload: {
        kind: 'complaint',
        category: 'claim',
        source: 'visit',
        receivedOn: '2026-09-01',
        contactName: '李四',
        about: '局领导',
        subjectPersonIds: [b.users['leader']!.id],
        subject,
        text: '来访时局领导态度生硬，未说明处理途径。',
      },
    });
    expect(self.statusCode, self.body).toBe(422);
    expect(self.json()).toMatchObject(RECUSAL);
    expect(await ctx.db.select().from(complaints).where(eq(complaints.subject, subject))).toHaveLength(0);

    const sub = await submitOk(ctx, complaintFields(b.id, { about: '局领导', subject }));
    const id = await idOf(w.s.supervisor, sub.referenceNumber);
    await expectRefused(
      w.s.leader,
      id,
      'accept',
      { route: 'petitionOpinion', noticeServedOn: '2026-09-01', subjectPersonIds: [b.users['leader']!.id] },
      '您是本事项的被反映人',
    );
    // Someone else accepts it naming the leader, who from then on no longer sees it.
    await ok(w.s.supervisor, id, 'accept', {
      route: 'petitionOpinion',
      noticeServedOn: '2026-09-01',
      subjectPersonIds: [b.users['leader']!.id],
    });
    expect((await w.s.leader.request({ method: 'GET', url: `/api/complaints/${id}` })).statusCode).toBe(404);
    expect((await list(w.s.leader, `&q=${encodeURIComponent(sub.referenceNumber)}`)).total).toBe(0);
  });
});
