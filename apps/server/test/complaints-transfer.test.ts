/**
 * 转送、交办 (信访工作条例 第二十三条第一款) and 提出异议退回 (第二十三条第三款: within 5 working days of receipt,
 * with reasons), through the console's action route; and the bureau's published supervision channels (第十五条):
 * edited by a bureau-level handler (audited, versioned), shown on the portal's complaint form.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { complaintChannels } from '../src/modules/complaints/complaints.table.ts';
import { auditEvents } from '../src/platform/audit/audit.table.ts';
import type { CaseWorld } from './support/case-factory.ts';
import type { TestBureau, TestContext } from './support/test-app.ts';
import { act, complaintFields, detailOf, idOf, makeComplaintsWorld, moveClockTo, ok, submitOk, track } from './complaints-helpers.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;

beforeAll(async () => {
  ({ ctx, b, w } = await makeComplaintsWorld());
});

const at = (date: string) => moveClockTo({ ctx, b, w }, date, ['leader', 'headA', 'officerA']);

async function auditOf(action: string, objectId: string) {
  return ctx.db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.objectId, objectId))).orderBy(auditEvents.seq);
}

/** A matter another agency transferred to the bureau, registered from its letter. */
async function registerTransferred(receivedOn: string): Promise<string> {
  const r = await w.s.leader.request({
    method: 'POST',
    url: '/api/complaints',
    payload: {
      kind: 'petition',
      category: 'claim',
      source: 'letter',
      via: 'transferred',
      receivedOn,
      contactName: '孙立',
      contactAddress: '示例市某街道1号',
      subject: '对某仲裁委员会裁决不服',
      text: '信访人对某仲裁委员会作出的裁决不服，请求重新处理。',
    },
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().complaint.id as string;
}

describe('transfer (转送、交办)', () => {
  it('sends a received matter to the competent agency, ends its clocks here and tells the citizen where it went', async () => {
    await at('2026-08-03');
    const sub = await submitOk(ctx, complaintFields(b.id, { subject: '区公证处收费疑问' }));
    const id = await idOf(w.s.leader, sub.referenceNumber);
    let d = await detailOf(w.s.leader, id);
    expect(d.abilities.find((a: { action: string }) => a.action === 'transfer')).toMatchObject({ allowed: true, to: 'transferred' });

    // The receiving agency must be named (zod), and the officer without complaint:handle cannot transfer.
    expect((await act(w.s.leader, id, 'transfer', { to: ' ', noticeServedOn: '2026-08-03' })).statusCode).toBe(400);
    // The citizen's written notice is owed (第二十三条第二款).
    const noNotice = await act(w.s.leader, id, 'transfer', { to: '示例市某区司法局' });
    expect(noNotice.statusCode).toBe(422);
    expect(noNotice.json()).toMatchObject({ code: 'NOTICE_REQUIRED', basis: { law: '信访工作条例', article: '第二十三条第二款' } });

    await at('2026-08-25');
    // Served after the 15 days: allowed, recorded as a warning (第四十四条).
    d = await ok(w.s.leader, id, 'transfer', { to: '示例市某区司法局', note: '由区局核查收费。', noticeServedOn: '2026-08-25' });
    expect(d).toMatchObject({
      state: 'transferred',
      closedOn: '2026-08-25',
      nextDueOn: null,
      overdue: false,
      redirect: { kind: 'transfer', to: '示例市某区司法局', note: '由区局核查收费。', on: '2026-08-25' },
    });
    expect(d.clocks).toEqual([]);
    expect(d.abilities).toEqual([]);
    const step = d.steps.at(-1);
    expect(step).toMatchObject({ action: 'transfer', label: '转送、交办', fromState: 'received', toState: 'transferred' });
    expect(step.warnings.map((x: { code: string }) => x.code)).toEqual(['NOTICE_LATE']);

    const [audit] = await auditOf('complaint.transfer', id);
    expect(audit?.summary).toMatchObject({ from: 'received', to: 'transferred', agency: '示例市某区司法局', warnings: ['NOTICE_LATE'] });

    const t = await track(ctx, sub.trackingCode);
    expect(t.json()).toMatchObject({ state: 'transferred', stateLabel: '已转送交办' });
    expect(t.json().publicReply).toContain('示例市某区司法局');

    // Terminal here: nothing more can be done with it, and a second transfer is refused by the table.
    const again = await act(w.s.leader, id, 'transfer', { to: '别处', noticeServedOn: '2026-08-25' });
    expect(again.statusCode).toBe(422);
  });

  it('is a handling step: an officer without complaint:handle may not transfer (scope first: 404 when not theirs)', async () => {
    await at('2026-08-03');
    const sub = await submitOk(ctx, complaintFields(b.id));
    const id = await idOf(w.s.leader, sub.referenceNumber);
    expect((await act(w.s.officerA, id, 'transfer', { to: '某机关', noticeServedOn: '2026-08-03' })).statusCode).toBe(404);
    expect((await detailOf(w.s.leader, id)).state).toBe('received');
  });
});

describe('returnToSender (提出异议并退回)', () => {
  it('only for a transferred matter', async () => {
    await at('2026-08-03');
    const sub = await submitOk(ctx, complaintFields(b.id));
    const id = await idOf(w.s.leader, sub.referenceNumber);
    const r = await act(w.s.leader, id, 'returnToSender', { reason: '不属于本局职权' });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'NOT_TRANSFERRED', basis: { article: '第二十三条第三款' } });
  });

  it('runs the 5-working-day objection clock from receipt; within it returns with reasons, after it is refused', async () => {
    // Received Monday 08-03: five working days end Monday 08-10.
    await at('2026-08-03');
    const late = await registerTransferred('2026-08-03');
    const onTime = await registerTransferred('2026-08-03');
    const d0 = await detailOf(w.s.leader, onTime);
    expect(d0.via).toBe('transferred');
    expect(d0.clocks).toEqual(
      expect.arrayContaining([expect.objectContaining({ clockId: 'transferObjection', dueDate: '2026-08-10', dayType: 'workingDays' })]),
    );

    // Reasons are required in detail (zod: blank is a 400).
    expect((await act(w.s.leader, onTime, 'returnToSender', { reason: '' })).statusCode).toBe(400);

    await at('2026-08-10');
    const d = await ok(w.s.leader, onTime, 'returnToSender', { to: '示例市信访局', reason: '仲裁裁决不服应依法申请撤销，不属于本局职权范围。' });
    expect(d).toMatchObject({
      state: 'returned',
      closedOn: '2026-08-10',
      redirect: { kind: 'returnToSender', to: '示例市信访局', on: '2026-08-10' },
    });
    expect(d.clocks).toEqual([]);
    const [audit] = await auditOf('complaint.returnToSender', onTime);
    expect(audit?.summary).toMatchObject({ from: 'received', to: 'returned', agency: '示例市信访局', reason: '仲裁裁决不服应依法申请撤销，不属于本局职权范围。' });

    await at('2026-08-11');
    const r = await act(w.s.leader, late, 'returnToSender', { reason: '不属于本局职权范围' });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'OBJECTION_OUT_OF_TIME', basis: { article: '第二十三条第三款' } });
    expect(r.json().message).toContain('2026-08-10');
    // Out of time the bureau keeps it: accepting is still open.
    expect((await detailOf(w.s.leader, late)).abilities.find((a: { action: string }) => a.action === 'accept')).toMatchObject({ allowed: true });
  });
});

describe('supervision channels (监督渠道)', () => {
  const form = () => ctx.app.inject({ method: 'GET', url: `/api/public/complaints/form?bureauId=${b.id}` });
  const body = {
    hotline: '0000-12345678',
    hotlineHours: '工作日 9:00—17:00',
    mailAddress: '示例市政务路1号',
    postcode: '000000',
    email: 'jubao@example.gov.cn',
    receptionAddress: '市司法局一楼接待室',
    receptionHours: '工作日上午',
    note: '',
  };

  it('is published by a bureau-level handler, audited and versioned, and shown on the portal form', async () => {
    await at('2026-08-03');
    expect((await form()).json().channels).toBeNull();

    // A department head handles complaints in the department only; the channels are the bureau's.
    const head = await w.s.headA.request({ method: 'PUT', url: '/api/complaints/channels', payload: { ...body, version: 0 } });
    expect(head.statusCode).toBe(403);
    const officer = await w.s.officerA.request({ method: 'PUT', url: '/api/complaints/channels', payload: { ...body, version: 0 } });
    expect(officer.statusCode).toBe(403);
    const bad = await w.s.leader.request({ method: 'PUT', url: '/api/complaints/channels', payload: { ...body, hotline: '打电话', version: 0 } });
    expect(bad.statusCode).toBe(400);

    const saved = await w.s.leader.request({ method: 'PUT', url: '/api/complaints/channels', payload: { ...body, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ ...body, demo: false, version: 1 });
    // Seeded placeholders saved unchanged stay marked 演示数据; any edit makes them the bureau's own.
    await ctx.db.update(complaintChannels).set({ demo: true }).where(eq(complaintChannels.bureauId, b.id));
    const unchanged = await w.s.leader.request({ method: 'PUT', url: '/api/complaints/channels', payload: { ...body, version: 1 } });
    expect(unchanged.json()).toMatchObject({ demo: true, version: 2 });
    expect((await form()).json().channels).toMatchObject({ hotline: '0000-12345678', email: 'jubao@example.gov.cn' });

    const stale = await w.s.leader.request({ method: 'PUT', url: '/api/complaints/channels', payload: { ...body, email: '', version: 1 } });
    expect(stale.statusCode).toBe(409);
    const second = await w.s.leader.request({ method: 'PUT', url: '/api/complaints/channels', payload: { ...body, email: '', version: 2 } });
    expect(second.json()).toMatchObject({ email: '', demo: false, version: 3 });

    const audits = await auditOf('complaint.channels.update', b.id);
    expect(audits).toHaveLength(3);
    expect(audits[2]!.summary).toMatchObject({ changed: ['email'], before: { email: 'jubao@example.gov.cn' }, after: { email: '' } });
    // Everyone who reads complaints can see what is published.
    expect((await w.s.officerA.request({ method: 'GET', url: '/api/complaints/channels' })).json()).toMatchObject({ version: 3 });
  });
});
