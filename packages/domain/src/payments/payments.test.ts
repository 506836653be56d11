import { describe, expect, it } from 'vitest';
import { CN_WORKDAY_CALENDAR as cal } from '../calendar/cn-workday-calendar.data.ts';
import { computeSurcharge } from '../deadlines/surcharge.ts';
import { checkArrangement } from './arrangement.ts';
import { cashHandoverStatus, checkHandover } from './cash-handover.ts';
import { executionCompleteness, payableOf } from './completeness.ts';
import { enforcementTrack } from './enforcement.ts';
import { computeLedger, type PaymentTerms } from './ledger.ts';
import { checkPaymentReference, formatPaymentReference, paymentReferenceCheckChar } from './payment-reference.ts';
import { matchReconciliation, parseReconciliationCsv, parseYuan } from './reconciliation.ts';

const terms = (over: Partial<PaymentTerms> = {}): PaymentTerms => ({
  fineFen: 50_000,
  principalFen: 50_000,
  servedOn: '2026-03-02',
  arrangement: null,
  pauses: [],
  ...over,
});

describe('缴款码 check character (ISO 7064 MOD 11-2)', () => {
  it('formats 20 characters and accepts its own output', () => {
    const ref = formatPaymentReference(2026, 12);
    expect(ref).toHaveLength(20);
    expect(ref.startsWith('2026000000000000012')).toBe(true);
    expect(checkPaymentReference(ref)).toEqual({ ok: true, reference: ref });
    expect(checkPaymentReference(`${ref.slice(0, 4)} ${ref.slice(4, 8)}-${ref.slice(8)}`).ok).toBe(true);
  });
  it('agrees with the ID-card check on a known number', () => {
    // 11010519491231002X: the standard's worked example.
    expect(paymentReferenceCheckChar('11010519491231002')).toBe('X');
  });
  it('catches every single wrong digit and every adjacent swap', () => {
    const ref = formatPaymentReference(2026, 987_654_321);
    for (let i = 0; i < 19; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === ref[i]) continue;
        expect(checkPaymentReference(ref.slice(0, i) + d + ref.slice(i + 1)).ok).toBe(false);
      }
      if (i < 18 && ref[i] !== ref[i + 1])
        expect(checkPaymentReference(ref.slice(0, i) + ref[i + 1] + ref[i] + ref.slice(i + 2)).ok).toBe(false);
    }
  });
});

describe('ledger: 15 days, 3 % a day, capped at the fine, paused for 复议/诉讼', () => {
  it('is due 15 days after service; paid on time = nothing more', () => {
    const l = computeLedger(terms(), [{ paidOn: '2026-03-17', amountFen: 50_000 }], '2026-04-30', cal);
    expect(l.statutoryDueDate).toBe('2026-03-17');
    expect(l).toMatchObject({ surchargeFen: 0, outstandingFen: 0, paidInFullOn: '2026-03-17' });
  });
  it('equals computeSurcharge when nothing is paid', () => {
    for (const asOf of ['2026-03-18', '2026-04-01', '2026-04-20', '2026-06-01'] as const) {
      const l = computeLedger(terms(), [], asOf, cal);
      expect(l.surchargeFen).toBe(computeSurcharge({ fineFen: 50_000, paymentDueDate: '2026-03-17', asOf }).amountFen);
    }
    expect(computeLedger(terms(), [], '2026-06-01', cal)).toMatchObject({
      surchargeFen: 50_000,
      surchargeCapped: true,
      outstandingFen: 100_000,
    });
  });
  it('a partial payment lowers the daily surcharge; the principal is covered first', () => {
    // 10 days late on 500, then 200 paid on day 10 → next 5 days on 300.
    const l = computeLedger(terms(), [{ paidOn: '2026-03-27', amountFen: 20_000 }], '2026-04-01', cal);
    expect(l.surchargeFen).toBe(10 * 1_500 + 5 * 900);
    expect(l.principalPaidFen).toBe(20_000);
    expect(l.outstandingFen).toBe(30_000 + l.surchargeFen);
    expect(l.allocations[0]).toMatchObject({ late: true, toPrincipalFen: 20_000, toSurchargeFen: 0 });
  });
  it('no surcharge on confiscated illegal income', () => {
    const l = computeLedger(terms({ principalFen: 80_000 }), [{ paidOn: '2026-03-01', amountFen: 50_000 }], '2026-03-27', cal);
    expect(l.surchargeFen).toBe(0);
    expect(l.overdueFen).toBe(30_000);
  });
  it('days while 复议 is pending do not count', () => {
    const l = computeLedger(terms({ pauses: [{ from: '2026-03-20', to: '2026-03-29' }] }), [], '2026-04-01', cal);
    expect(l.surchargeDays).toBe(15 - 10);
    expect(l.surchargeFen).toBe(5 * 1_500);
  });
  it('an approved deferral moves the due date; instalments charge only the overdue part', () => {
    expect(computeLedger(terms({ arrangement: { kind: 'deferral', until: '2026-05-01' } }), [], '2026-05-01', cal).surchargeFen).toBe(0);
    const inst = terms({
      arrangement: {
        kind: 'instalments',
        instalments: [
          { dueDate: '2026-04-01', amountFen: 20_000 },
          { dueDate: '2026-05-01', amountFen: 30_000 },
        ],
      },
    });
    expect(computeLedger(inst, [], '2026-04-11', cal).surchargeFen).toBe(10 * 600);
  });
  it('overpayment is reported; surcharge paid after the principal settles the notice', () => {
    const l = computeLedger(
      terms(),
      [
        { paidOn: '2026-03-19', amountFen: 50_000 },
        { paidOn: '2026-03-20', amountFen: 5_000 },
      ],
      '2026-03-25',
      cal,
    );
    expect(l).toMatchObject({
      surchargeFen: 3_000,
      surchargePaidFen: 3_000,
      overpaidFen: 2_000,
      paidInFullOn: '2026-03-20',
      outstandingFen: 0,
    });
  });
});

describe('reconciliation CSV', () => {
  const ref = formatPaymentReference(2026, 1);
  const now = new Date('2026-04-01T04:00:00Z');
  it('reads rows, amounts in yuan and Beijing times', () => {
    const p = parseReconciliationCsv(`\uFEFF流水号,缴款码,缴款人,金额,到账时间\r\nB1,${ref},"王某,某",200.5,2026-03-20 08:30:00\r\n`, now);
    expect(p.ok && p.errors).toEqual([]);
    expect(p.ok && p.rows[0]).toMatchObject({ serial: 'B1', payer: '王某,某', amountFen: 20_050, paidOn: '2026-03-20' });
    expect(parseYuan('1,000.00')).toBe(100_000);
    expect(parseYuan('0')).toBeNull();
    expect(parseYuan('1.234')).toBeNull();
  });
  it('reports unreadable rows as errors; a wrong check character is a readable row, unmatched with its reason', () => {
    const bad = ref.slice(0, 19) + (ref[19] === '0' ? '1' : '0');
    const p = parseReconciliationCsv(
      `流水号,缴款码,金额,到账时间\nB1,${bad},10,2026-03-20\nB2,${ref},abc,2026-03-20\nB3,${ref},1,2026-05-01\n`,
      now,
    );
    expect(p.ok && p.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'amount'],
      [4, 'paidAt'],
    ]);
    if (!p.ok) return;
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0]).toMatchObject({ line: 2, reference: bad, referenceProblem: expect.stringContaining('缴款码校验位不符') });
    // Even when a notice carries the mistyped code's digits, the row is not applied to it.
    const m = matchReconciliation(p.rows, new Map([[bad, { id: 'n1', reference: bad, terms: terms(), payments: [] }]]), new Set(), '2026-03-20', cal);
    expect(m.rows[0]).toMatchObject({ outcome: 'unmatched', noticeId: null });
    expect(m.rows[0]?.message).toContain('缴款码校验位不符');
    expect(m.summary).toMatchObject({ unmatched: 1, appliedFen: 0 });
  });
  it('refuses a file without the required columns', () => {
    expect(parseReconciliationCsv('a,b\n1,2\n', now)).toMatchObject({ ok: false });
  });
  it('matches by reference: partial, matched, late, overpaid, duplicate, unmatched', () => {
    const other = formatPaymentReference(2026, 2);
    const p = parseReconciliationCsv(
      [
        '流水号,缴款码,金额,到账时间',
        `B1,${ref},200,2026-03-10`,
        `B2,${ref},300,2026-03-19 10:00`,
        `B2,${ref},300,2026-03-19 10:00`,
        `B0,${ref},1,2026-03-19`,
        `B3,${other},5,2026-03-19`,
      ].join('\n'),
      now,
    );
    if (!p.ok) throw new Error(p.reason);
    const notices = new Map([[ref, { id: 'n1', reference: ref, terms: terms(), payments: [] }]]);
    const m = matchReconciliation(p.rows, notices, new Set(['B0']), '2026-04-01', cal);
    expect(m.rows.map((r) => r.outcome)).toEqual(['partial', 'partial', 'duplicate', 'duplicate', 'unmatched']);
    expect(m.rows[1]).toMatchObject({ late: true, surchargeFen: 2 * 900, outstandingAfterFen: 1_800 });
    expect(m.summary).toMatchObject({ total: 5, partial: 2, duplicate: 2, unmatched: 1, late: 1, appliedFen: 50_000 });
  });
});

describe('暂缓、分期 (第六十六条)', () => {
  const base = {
    appliedOn: '2026-03-05' as const,
    reason: '经营困难',
    outstandingPrincipalFen: 50_000,
    currentDueDate: '2026-03-17' as const,
    approverIsLeader: true,
    today: '2026-03-10' as const,
  };
  it('needs the leader, an application and amounts that add up', () => {
    expect(checkArrangement({ ...base, arrangement: { kind: 'deferral', until: '2026-05-01' } }).ok).toBe(true);
    expect(checkArrangement({ ...base, approverIsLeader: false, arrangement: { kind: 'deferral', until: '2026-05-01' } })).toMatchObject({
      code: 'NOT_LEADER',
    });
    expect(checkArrangement({ ...base, appliedOn: null, arrangement: { kind: 'deferral', until: '2026-05-01' } })).toMatchObject({
      code: 'APPLICATION_MISSING',
    });
    const two = (a: number, b: number) => ({
      kind: 'instalments' as const,
      instalments: [
        { dueDate: '2026-04-01' as const, amountFen: a },
        { dueDate: '2026-05-01' as const, amountFen: b },
      ],
    });
    expect(checkArrangement({ ...base, arrangement: two(20_000, 30_000) }).ok).toBe(true);
    expect(checkArrangement({ ...base, arrangement: two(20_000, 20_000) })).toMatchObject({
      code: 'INVALID_ARRANGEMENT',
      basis: { article: '第六十六条' },
    });
  });
});

describe('cash hand-over (第七十一条): 2 WD + 2 WD', () => {
  it('counts working days and shows overdue', () => {
    // Collected Friday 2026-03-06 → agency by Tuesday 03-10.
    const s = cashHandoverStatus(
      { collectedOn: '2026-03-06', onWater: false, landedOn: null, handedToAgencyOn: null, depositedToBankOn: null, today: '2026-03-11' },
      cal,
    );
    expect(s.toAgency).toMatchObject({ dueDate: '2026-03-10', overdue: true, daysLeft: -1 });
    expect(s.toBank.started).toBe(false);
    const t = cashHandoverStatus(
      {
        collectedOn: '2026-03-06',
        onWater: false,
        landedOn: null,
        handedToAgencyOn: '2026-03-09',
        depositedToBankOn: null,
        today: '2026-03-11',
      },
      cal,
    );
    expect(t.toAgency.overdue).toBe(false);
    expect(t.toBank).toMatchObject({ dueDate: '2026-03-11', overdue: false, daysLeft: 0 });
    expect(
      checkHandover(
        { collectedOn: '2026-03-06', onWater: false, landedOn: null, handedToAgencyOn: null, depositedToBankOn: null, today: '2026-03-11' },
        'bank',
        '2026-03-11',
      ).ok,
    ).toBe(false);
  });
});

describe('催告 and the court window (行政强制法 第五十三条、第五十四条)', () => {
  const input = {
    servedOn: '2026-03-02' as const,
    finalDueDate: '2026-03-17' as const,
    arranged: false,
    outstandingFen: 50_000,
    pauses: [],
    reminderServedOn: null,
    courtAppliedOn: null,
  };
  it('opens after the 6-month suit period, closes 3 months later, needs a reminder and 10 WD', () => {
    const early = enforcementTrack({ ...input, today: '2026-04-01' }, cal);
    expect(early).toMatchObject({
      remedyPeriodEndsOn: '2026-09-02',
      windowStatus: 'notYetOpen',
      reminderBlock: null,
      applicationBlock: { code: 'REMINDER_MISSING' },
    });
    const waiting = enforcementTrack({ ...input, reminderServedOn: '2026-09-07', today: '2026-09-10' }, cal);
    expect(waiting.applicationBlock).toMatchObject({ code: 'REMINDER_WAITING' });
    const open = enforcementTrack({ ...input, reminderServedOn: '2026-09-07', today: '2026-10-09' }, cal);
    expect(open).toMatchObject({ windowStatus: 'open', windowClosesOn: '2026-12-02', applicationBlock: null });
    expect(enforcementTrack({ ...input, reminderServedOn: '2026-09-07', today: '2026-12-03' }, cal).applicationBlock).toMatchObject({
      code: 'COURT_WINDOW_CLOSED',
    });
    expect(
      enforcementTrack({ ...input, pauses: [{ from: '2026-03-10' }], reminderServedOn: '2026-09-07', today: '2026-10-09' }, cal)
        .applicationBlock,
    ).toMatchObject({ code: 'REMEDY_PENDING' });
  });
  it('for an on-the-spot decision (复议前置) opens after the 60-day 复议 period, not a 6-month suit period', () => {
    const spot = { ...input, reconsiderationFirst: true };
    const t = enforcementTrack({ ...spot, reminderServedOn: '2026-04-01', today: '2026-05-20' }, cal);
    // Served 03-02: day 60 is 05-01, in the 劳动节 holiday (05-01–05-05), so the period ends 05-06.
    expect(t).toMatchObject({ remedyPeriodEndsOn: '2026-05-06', windowStatus: 'open', applicationBlock: null });
    expect(t.windowClosesOn! < '2026-09-02').toBe(true);
    expect(t.basis).toContainEqual(expect.objectContaining({ law: '行政复议法', article: expect.stringContaining('第二十三条') }));
    // The general decision served the same day still waits for the suit period.
    expect(enforcementTrack({ ...input, reminderServedOn: '2026-04-01', today: '2026-05-20' }, cal).applicationBlock).toMatchObject({
      code: 'REMEDY_PERIOD_RUNNING',
    });
    const early = enforcementTrack({ ...spot, reminderServedOn: '2026-04-01', today: '2026-04-20' }, cal).applicationBlock;
    expect(early).toMatchObject({ code: 'REMEDY_PERIOD_RUNNING' });
    expect(early?.reason).toContain('复议前置');
    expect(early?.reason).not.toContain('行政诉讼');
  });
  it('a reminder is premature before the payment deadline', () => {
    expect(enforcementTrack({ ...input, today: '2026-03-10' }, cal).reminderBlock).toMatchObject({ code: 'NOT_YET_DUE' });
  });
});

describe('execution completeness', () => {
  it('money settled and nothing else to carry out', () => {
    const pen = [{ kind: 'fine', amountFen: 50_000 }, { kind: 'warning' }] as const;
    expect(payableOf(pen)).toEqual({ fineFen: 50_000, confiscatedIncomeFen: 0, principalFen: 50_000 });
    const paid = computeLedger(terms(), [{ paidOn: '2026-03-10', amountFen: 50_000 }], '2026-03-20', cal);
    expect(executionCompleteness(pen, paid)).toMatchObject({ complete: true, paidInFullOn: '2026-03-10' });
    expect(executionCompleteness(pen, computeLedger(terms(), [], '2026-03-20', cal)).complete).toBe(false);
    expect(executionCompleteness([...pen, { kind: 'suspendLicence', months: 3 }], paid)).toMatchObject({
      complete: false,
      otherSanctions: ['暂扣许可证件'],
    });
  });
});
