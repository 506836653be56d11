/**
 * 罚缴分离 and execution through the API (issue 5): the payment notice with its checked 缴款码 issued with the
 * decision; the bank reconciliation import — partial, late (3 %/day from day 16, paused for 复议, capped at the fine),
 * duplicate and unmatched rows reported, a file with one bad row changing nothing; on-the-spot cash within
 * 第六十八条 / 第六十九条 with a receipt number that cannot be reused, and the 2 WD hand-over clock going overdue;
 * execution completed by payment only, so that the case can close.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPaymentReference, formatPaymentReference } from '@quanze/domain';
import {
  act,
  decisionBody,
  detail,
  FINE_500,
  makeCase,
  makeCaseWorld,
  ok,
  registerLead,
  WARNING,
  type CaseWorld,
} from './support/case-factory.ts';
import { multipartFile } from './support/file-fixtures.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
const ids: Record<string, string> = {};
const refs: Record<string, string> = {};

async function relogin(): Promise<void> {
  for (const k of Object.keys(w.s) as (keyof CaseWorld['s'])[]) w.s[k] = await login(ctx, b.users[k]!);
}
async function at(iso: string): Promise<void> {
  ctx.clock.set(iso);
  await relogin();
}
async function payments(id: string, as: Session = w.s.leader) {
  const r = await as.request({ method: 'GET', url: `/api/cases/${id}/payments` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}
async function upload(csv: string | Buffer, as: Session = w.s.leader) {
  const m = multipartFile(typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv, '对账.csv', 'text/csv');
  return as.request({ method: 'POST', url: '/api/payments/reconciliations', payload: m.payload, headers: m.headers });
}
const commit = (id: string, as: Session = w.s.leader) => as.request({ method: 'POST', url: `/api/payments/reconciliations/${id}/commit` });
const paymentCount = async () => Number((await ctx.sql(`select count(*)::int as n from payments where bureau_id = $1`, [b.id])).rows[0].n);

async function decidedAndServed(penalty: unknown): Promise<string> {
  const id = await makeCase(w, 'partyHeard', penalty);
  await ok(w.s.leader, id, 'decide', decisionBody(penalty));
  await ok(w.s.officerA, id, 'serveDecision', { method: 'direct' });
  return id;
}

async function onTheSpot(fineFen: number): Promise<string> {
  const id = await registerLead(w);
  await ok(w.s.officerA, id, 'decideOnTheSpot', {
    penalty: [{ kind: 'fine', amountFen: fineFen }],
    formNumber: `DC-${fineFen}-${Math.random().toString(16).slice(2, 8)}`,
    act: '未按规定公示执业信息',
    legalBasis: ['《中华人民共和国律师法》第四十七条'],
    time: ctx.clock.now().toISOString(),
    place: '示例市玄武区某路1号',
    remedies: '可在六十日内申请行政复议，或在六个月内提起行政诉讼',
    secondOfficerId: w.officerIds.a2,
    factsCertain: true,
    certificateShown: true,
    officerSigned: true,
    handedOver: 'signed',
  });
  return id;
}

/** Text → GBK bytes, with the table built from the platform's GBK decoder (no encoder ships with Node). */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gbk');
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) if (lo !== 0x7f) table.set(dec.decode(Uint8Array.of(hi, lo)), [hi, lo]);
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f]))));
}

const cash = (over: Record<string, unknown>) => ({
  receiptIssuer: 'provincialFinance',
  hardToEnforceLater: false,
  remoteArea: false,
  bankPaymentDifficult: false,
  partyRequested: false,
  ...over,
});

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  // Monday 2026-03-02, 09:00 Beijing: every case is decided and served today, so payment is due on 03-17.
  ids.late = await decidedAndServed(FINE_500);
  ids.onTime = await decidedAndServed(FINE_500);
  ids.remote = await decidedAndServed(FINE_500);
  ids.warning = await decidedAndServed(WARNING);
  for (const k of ['late', 'onTime', 'remote']) refs[k] = (await payments(ids[k]!)).notice.reference;
}, 180_000);

describe('payment notice (缴款通知)', () => {
  it('is issued with the decision, with a unique 缴款码 that carries its check character; a warning has none', async () => {
    const p = await payments(ids.late!);
    expect(p.notice).toMatchObject({
      principalFen: 50_000,
      fineFen: 50_000,
      servedOn: '2026-03-02',
      statutoryDueDate: '2026-03-17',
      decisionNumber: expect.stringMatching(/罚决字/),
    });
    expect(p.notice.ledger).toMatchObject({ outstandingFen: 50_000, surchargeFen: 0, paidFen: 0 });
    expect(checkPaymentReference(p.notice.reference).ok).toBe(true);
    expect(new Set(Object.values(refs)).size).toBe(3);
    expect((await payments(ids.warning!)).notice).toBeNull();
    // The officer who investigates sees it; an officer of another department does not (404).
    expect((await payments(ids.late!, w.s.officerA)).notice.reference).toBe(p.notice.reference);
    expect((await w.s.officerB.request({ method: 'GET', url: `/api/cases/${ids.late}/payments` })).statusCode).toBe(404);
  });

  it('cannot be marked paid by hand, and the case cannot close while the fine is owed', async () => {
    expect((await w.s.leader.request({ method: 'POST', url: `/api/cases/${ids.onTime}/payments/paid`, payload: {} })).statusCode).toBe(404);
    await ok(w.s.headA, ids.onTime!, 'startExecution', {});
    const r = await act(w.s.leader, ids.onTime!, 'close', { summary: '结案' });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'EXECUTION_NOT_COMPLETE' });
  });
});

describe('cash on the spot (第六十八条—第七十一条)', () => {
  it('refuses cash for a general-procedure fine outside 第六十九条, and takes it with a receipt in a remote area', async () => {
    const refused = await act(w.s.officerA, ids.remote!, 'collectCashOnTheSpot', cash({ amountFen: 20_000, receiptNumber: 'JS-0001' }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'CASH_NOT_ALLOWED', basis: { article: '第六十九条' } });
    await ok(
      w.s.officerA,
      ids.remote!,
      'collectCashOnTheSpot',
      cash({ amountFen: 20_000, receiptNumber: 'JS-0001', remoteArea: true, bankPaymentDifficult: true, partyRequested: true }),
    );
    const p = await payments(ids.remote!);
    expect(p.payments).toHaveLength(1);
    expect(p.payments[0]).toMatchObject({
      source: 'cash',
      amountFen: 20_000,
      receiptNumber: 'JS-0001',
      cash: { toAgency: { dueDate: '2026-03-04', overdue: false } },
    });
    expect(p.notice.ledger.outstandingFen).toBe(30_000);
  });

  it('refuses cash above the 第六十八条 limit after a simple-procedure decision', async () => {
    const id = await onTheSpot(15_000);
    const r = await act(w.s.officerA, id, 'collectCashOnTheSpot', cash({ amountFen: 15_000, receiptNumber: 'JS-0100' }));
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'CASH_NOT_ALLOWED', basis: { article: '第六十八条' } });
    expect((await payments(id)).payments).toHaveLength(0);
  });

  it('takes ¥50 on the spot with a receipt, settles it, and refuses the same receipt number again', async () => {
    const first = await onTheSpot(5_000);
    const d = await ok(w.s.officerA, first, 'collectCashOnTheSpot', cash({ amountFen: 5_000, receiptNumber: 'JS-0200' }));
    expect(d.steps.map((s: { action: string }) => s.action)).toContain('completeExecution');
    expect((await payments(first)).notice.completeness).toMatchObject({ complete: true, paidInFullOn: '2026-03-02' });
    const second = await onTheSpot(5_000);
    const again = await act(w.s.officerA, second, 'collectCashOnTheSpot', cash({ amountFen: 5_000, receiptNumber: 'JS-0200' }));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'DUPLICATE', basis: { article: '第七十条' } });
    expect((await payments(second)).payments).toHaveLength(0);
  });

  it('shows the officer → agency hand-over overdue after 2 working days, and runs the agency → bank clock', async () => {
    await at('2026-03-05T02:00:00Z'); // Thursday: collected Monday, due Wednesday
    const p = await payments(ids.remote!);
    const pay = p.payments[0];
    expect(pay.cash.toAgency).toMatchObject({ dueDate: '2026-03-04', overdue: true, daysLeft: -1 });
    const early = await w.s.officerA.request({
      method: 'POST',
      url: `/api/payments/${pay.id}/handover`,
      payload: { stage: 'bank', on: '2026-03-05' },
    });
    expect(early.statusCode).toBe(422);
    const r = await w.s.officerA.request({
      method: 'POST',
      url: `/api/payments/${pay.id}/handover`,
      payload: { stage: 'agency', on: '2026-03-05' },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ overdue: true, dueDate: '2026-03-04' });
    const after = (await payments(ids.remote!)).payments[0].cash;
    expect(after.toAgency).toMatchObject({ doneOn: '2026-03-05', overdue: true });
    expect(after.toBank).toMatchObject({ started: true, dueDate: '2026-03-09', overdue: false });
    const audit = await ctx.sql(`select action from audit_events where object_type = 'payment' and object_id = $1`, [pay.id]);
    expect(audit.rows.map((x) => x.action)).toEqual(['payment.cash.to_agency']);
  });
});

describe('bank reconciliation import', () => {
  const header = '流水号,缴款码,缴款人,金额,到账时间';

  it('refuses the whole file when one row is bad: nothing is imported', async () => {
    const before = await paymentCount();
    const r = await upload(
      [header, `BAD-1,${refs.onTime},王某某,500.00,2026-03-04 10:00:00`, `BAD-2,${refs.late},王某某,五百,2026-03-04 10:00:00`].join('\r\n'),
    );
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ status: 'previewed', errorCount: 1, errors: [{ line: 3, field: 'amount' }] });
    const c = await commit(r.json().id);
    expect(c.statusCode).toBe(422);
    expect(c.json()).toMatchObject({ code: 'RECONCILIATION_HAS_ERRORS' });
    expect(await paymentCount()).toBe(before);
    expect((await payments(ids.onTime!)).notice.ledger.paidFen).toBe(0);
  });

  it('imports the good rows of a bank statement and reports a row whose 缴款码 fails its check character as unmatched', async () => {
    const id = await decidedAndServed(FINE_500);
    const ref = (await payments(id)).notice.reference as string;
    const typo = ref.slice(0, 19) + (ref[19] === '0' ? '1' : '0'); // the check character alone is wrong
    const today = new Date(ctx.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const before = await paymentCount();
    const r = await upload([header, `CK-1,${typo},王某某,100.00,${today}`, `CK-2,${ref},王某某,100.00,${today}`].join('\r\n'));
    expect(r.statusCode, r.body).toBe(201);
    const preview = r.json();
    expect(preview).toMatchObject({ status: 'previewed', errorCount: 0, summary: { total: 2, unmatched: 1, partial: 1, appliedFen: 10_000 } });
    expect(preview.rows[0]).toMatchObject({ line: 2, outcome: 'unmatched' });
    expect(preview.rows[0].message).toContain('缴款码校验位不符');
    const c = await commit(preview.id);
    expect(c.statusCode, c.body).toBe(200);
    expect(c.json()).toMatchObject({ applied: 1 });
    expect(await paymentCount()).toBe(before + 1);
    const p = await payments(id);
    expect(p.notice.ledger.paidFen).toBe(10_000);
    expect(p.payments.map((x: { bankSerial: string }) => x.bankSerial)).toEqual(['CK-2']);
  });

  it('refuses a file that is not text, and anyone without 导入银行对账', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect((await upload(png)).statusCode).toBe(415);
    expect((await upload(`${header}\r\n`, w.s.officerA)).statusCode).toBe(403);
  });

  it('matches by 缴款码: paid in full, partial, duplicate, unmatched; the paid case completes execution and closes', async () => {
    await at('2026-03-12T02:00:00Z');
    const stranger = formatPaymentReference(2026, 999_999);
    const typo = refs.late!.slice(0, 18) + refs.late![19] + refs.late![18];
    const csv = [
      header,
      `B-001,${refs.onTime},王某某,500.00,2026-03-10 09:30:00`,
      `B-002,${refs.late},王某某,200.00,2026-03-10 10:00:00`,
      `B-002,${refs.late},王某某,200.00,2026-03-10 10:00:00`,
      `B-003,${stranger},张某,100.00,2026-03-11 11:00:00`,
    ].join('\r\n');
    const before = await paymentCount();
    const preview = (await upload(gbk(csv))).json();
    expect(preview.encoding).toBe('GBK');
    expect(preview.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['matched', 'partial', 'duplicate', 'unmatched']);
    expect(preview.summary).toMatchObject({ total: 4, matched: 1, partial: 1, duplicate: 1, unmatched: 1, appliedFen: 70_000 });
    expect(await paymentCount()).toBe(before); // the preview records nothing

    const c = await commit(preview.id);
    expect(c.statusCode, c.body).toBe(200);
    expect(c.json()).toMatchObject({ applied: 2 });
    expect((await commit(preview.id)).statusCode).toBe(409);

    const paid = await payments(ids.onTime!);
    expect(paid.notice.ledger).toMatchObject({ outstandingFen: 0, paidInFullOn: '2026-03-10' });
    expect(paid.payments[0]).toMatchObject({ source: 'bank', bankSerial: 'B-001', late: false });
    const audit = await ctx.sql(
      `select action from audit_events where object_type = 'payment_reconciliation' and object_id = $1 order by seq`,
      [preview.id],
    );
    expect(audit.rows.map((x) => x.action)).toEqual(['payment.reconciliation.upload', 'payment.reconciliation.commit']);

    const d = await detail(w.s.leader, ids.onTime!);
    expect(d.steps.map((s: { action: string }) => s.action)).toContain('completeExecution');
    expect((await ok(w.s.leader, ids.onTime!, 'close', { summary: '罚款已缴清，执行完毕' })).state).toBe('closed');

    // The same bank rows again are duplicates; a mistyped reference (two digits swapped) is not a match: it is
    // reported unmatched with its reason (the bureau cannot correct a bank statement), and nothing is left to import.
    const again = (await upload(csv)).json();
    expect(again.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['duplicate', 'duplicate', 'duplicate', 'unmatched']);
    const wrong = (await upload([header, `B-009,${typo},王某某,1.00,2026-03-11`].join('\n'))).json();
    expect(wrong).toMatchObject({ errorCount: 0, summary: { unmatched: 1, appliedFen: 0 } });
    expect(wrong.rows[0]).toMatchObject({ outcome: 'unmatched' });
    expect(wrong.rows[0].message).toContain('缴款码校验位不符');
    const nothing = await commit(wrong.id);
    expect(nothing.statusCode).toBe(422);
    expect(nothing.json()).toMatchObject({ code: 'NOTHING_TO_IMPORT' });

    // UTF-8 (with a BOM) is read as well.
    expect((await upload(`\uFEFF${header}\r\nB-010,${stranger},李某,1.00,2026-03-11\r\n`)).json()).toMatchObject({
      encoding: 'UTF-8',
      summary: { unmatched: 1 },
    });
  });

  it('late payment: 3 % a day of the unpaid fine from day 16, not while 复议 is pending, never more than the fine', async () => {
    await at('2026-04-01T02:00:00Z');
    let p = await payments(ids.late!);
    // Due 03-17; 03-18 … 04-01 = 15 days on the ¥300 still unpaid.
    expect(p.notice.ledger).toMatchObject({ principalPaidFen: 20_000, surchargeFen: 15 * 900, surchargeDays: 15, overdueFen: 30_000 });
    const v = p.notice.version;
    let r = await w.s.officerA.request({
      method: 'POST',
      url: `/api/cases/${ids.late}/payments/pauses`,
      payload: { version: v, kind: 'reconsideration', from: '2026-03-20' },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().notice.ledger.surchargeFen).toBe(2 * 900);
    const stale = await w.s.officerA.request({
      method: 'POST',
      url: `/api/cases/${ids.late}/payments/pauses/end`,
      payload: { version: v, to: '2026-03-29' },
    });
    expect(stale.statusCode).toBe(409);
    r = await w.s.officerA.request({
      method: 'POST',
      url: `/api/cases/${ids.late}/payments/pauses/end`,
      payload: { version: v + 1, to: '2026-03-29' },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().notice.ledger).toMatchObject({ surchargeFen: 5 * 900, surchargeDays: 5 });

    await at('2026-05-25T02:00:00Z');
    p = await payments(ids.late!);
    // 03-18 … 05-25 = 69 days, 10 paused → 59 × ¥9 = ¥531 > ¥500: capped at the fine.
    expect(p.notice.ledger).toMatchObject({ surchargeFen: 50_000, surchargeCapped: true, outstandingFen: 80_000 });
    const csv = [
      '流水号,缴款码,缴款人,金额,到账时间',
      `B-100,${refs.late},王某某,300.00,2026-05-25 08:00:00`,
      `B-101,${refs.late},王某某,600.00,2026-05-25 09:00:00`,
    ].join('\n');
    const preview = (await upload(csv)).json();
    expect(preview.rows).toMatchObject([
      { outcome: 'partial', late: true, surchargeFen: 50_000, outstandingAfterFen: 50_000 },
      { outcome: 'overpaid', late: true, excessFen: 10_000, outstandingAfterFen: 0 },
    ]);
    expect(preview.summary).toMatchObject({ late: 2, overpaid: 1, partial: 1 });
    expect((await commit(preview.id)).statusCode).toBe(200);
    p = await payments(ids.late!);
    expect(p.notice.ledger).toMatchObject({ outstandingFen: 0, surchargePaidFen: 50_000, overpaidFen: 10_000, paidInFullOn: '2026-05-25' });
    expect(p.notice.completeness.complete).toBe(true);
  });
});
