import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../calendar/local-date.ts';
import { computeSurcharge } from './surcharge.ts';

const due = '2026-10-08';

describe('加处罚款 (行政处罚法 第七十二条、第七十三条)', () => {
  it('accrues 3 % of the fine a day from the day after the due date', () => {
    expect(computeSurcharge({ fineFen: 10_000, paymentDueDate: due, asOf: due }).amountFen).toBe(0);
    expect(computeSurcharge({ fineFen: 10_000, paymentDueDate: due, asOf: '2026-10-09' })).toMatchObject({
      accruedDays: 1,
      amountFen: 300,
    });
    expect(computeSurcharge({ fineFen: 10_000, paymentDueDate: due, asOf: '2026-11-10' })).toMatchObject({
      accruedDays: 33,
      amountFen: 9_900,
      capped: false,
    });
  });

  it('never exceeds the fine', () => {
    const s = computeSurcharge({ fineFen: 10_000, paymentDueDate: due, asOf: '2026-11-11' });
    expect(s).toMatchObject({ accruedDays: 34, amountFen: 10_000, capped: true });
    expect(computeSurcharge({ fineFen: 10_000, paymentDueDate: due, asOf: '2027-10-08' }).amountFen).toBe(10_000);
  });

  it('does not count days while 复议 or 诉讼 is pending', () => {
    const closed = computeSurcharge({
      fineFen: 10_000,
      paymentDueDate: due,
      asOf: '2026-10-20',
      pauses: [{ from: '2026-10-10', to: '2026-10-19' }],
    });
    expect(closed).toMatchObject({ accruedDays: 2, amountFen: 600 });
    expect(closed.basis.map((b) => b.article)).toContain('第七十三条');
    const open = computeSurcharge({ fineFen: 10_000, paymentDueDate: due, asOf: '2026-12-31', pauses: [{ from: '2026-10-10' }] });
    expect(open.accruedDays).toBe(1);
  });

  it('rounds down to the fen', () => {
    expect(computeSurcharge({ fineFen: 1, paymentDueDate: due, asOf: '2026-10-09' }).amountFen).toBe(0);
    expect(computeSurcharge({ fineFen: 333, paymentDueDate: due, asOf: '2026-10-10' }).amountFen).toBe(19); // 19.98
  });

  it('grows with time and stays within the fine', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 400 }), (fineFen, days) => {
        const a = computeSurcharge({ fineFen, paymentDueDate: due, asOf: addCalendarDays(due, days) });
        const b = computeSurcharge({ fineFen, paymentDueDate: due, asOf: addCalendarDays(due, days + 1) });
        expect(a.amountFen).toBeLessThanOrEqual(fineFen);
        expect(b.amountFen).toBeGreaterThanOrEqual(a.amountFen);
      }),
    );
  });

  it('refuses a fine that is not whole fen', () => {
    expect(() => computeSurcharge({ fineFen: 1.5, paymentDueDate: due, asOf: due })).toThrow(RangeError);
  });
});
