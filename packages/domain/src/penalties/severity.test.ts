import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNotIncreasedAfterDefence } from './defence.ts';
import {
  describePenalty,
  formatFenAsYuan,
  penaltyProblems,
  SANCTION_KINDS,
  type Penalty,
  type Sanction,
  type SanctionKind,
} from './penalty.ts';
import { comparePenalties, sanctionCovers, exceedsPenalty, isHeavierThan, type PenaltyComparison } from './severity.ts';

const warning: Sanction = { kind: 'warning' };
const fine = (yuan: number): Sanction => ({ kind: 'fine', amountFen: yuan * 100 });
const confiscate = (yuan: number): Sanction => ({ kind: 'confiscateIllegalIncome', amountFen: yuan * 100 });
const stopPractice = (months: number): Sanction => ({ kind: 'restrictPractice', months });
const revoke: Sanction = { kind: 'revokeLicence' };

/** Any valid penalty: at most one sanction per kind. */
const sanctionArb: fc.Arbitrary<Sanction> = fc.constantFrom(...SANCTION_KINDS).chain((kind: SanctionKind): fc.Arbitrary<Sanction> => {
  if (kind === 'fine' || kind === 'confiscateIllegalIncome' || kind === 'confiscateIllegalProperty') {
    return fc.integer({ min: 1, max: 10_000_000 }).map((amountFen) => ({ kind, amountFen }));
  }
  if (kind === 'suspendLicence' || kind === 'restrictBusiness' || kind === 'suspendBusiness' || kind === 'restrictPractice') {
    return fc.integer({ min: 1, max: 24 }).map((months) => ({ kind, months }));
  }
  return fc.constant({ kind });
});
const penaltyArb: fc.Arbitrary<Penalty> = fc.uniqueArray(sanctionArb, { selector: (s) => s.kind, maxLength: 4 });

describe('penalty values', () => {
  it('describes penalties in Chinese with yuan from integer fen', () => {
    expect(describePenalty([warning, fine(3000), stopPractice(3)])).toBe('警告，罚款3000元，限制从业3个月');
    expect(formatFenAsYuan(12_345)).toBe('123.45元');
    expect(formatFenAsYuan(5)).toBe('0.05元');
    expect(describePenalty([])).toBe('不予行政处罚');
  });

  it('rejects repeated kinds, non-integer or non-positive amounts and months', () => {
    expect(penaltyProblems([fine(1), fine(2)])[0]?.reason).toContain('重复');
    expect(penaltyProblems([{ kind: 'fine', amountFen: 10.5 }])).toHaveLength(1);
    expect(penaltyProblems([{ kind: 'fine', amountFen: 0 }])).toHaveLength(1);
    expect(penaltyProblems([{ kind: 'restrictPractice', months: 0 }])).toHaveLength(1);
    expect(penaltyProblems([warning, fine(200)])).toEqual([]);
  });
});

describe('heavier than', () => {
  it.each<[string, Penalty, Penalty, PenaltyComparison]>([
    ['a larger fine', [fine(5000)], [fine(3000)], 'heavier'],
    ['a smaller fine', [fine(3000)], [fine(5000)], 'lighter'],
    ['the same fine', [fine(3000)], [fine(3000)], 'equal'],
    ['a warning instead of a fine', [warning], [fine(3000)], 'lighter'],
    ['a fine plus a warning against the fine alone', [warning, fine(3000)], [fine(3000)], 'equal'],
    ['an added confiscation', [fine(3000), confiscate(100)], [fine(3000)], 'heavier'],
    ['a longer stop of practice', [stopPractice(6)], [stopPractice(3)], 'heavier'],
    ['a stop of practice instead of revocation', [stopPractice(12)], [revoke], 'lighter'],
    ['a fine instead of revocation: money and status do not compare', [fine(50_000)], [revoke], 'incomparable'],
    ['a shorter stop but a larger fine', [stopPractice(3), fine(10_000)], [stopPractice(6), fine(5000)], 'incomparable'],
    ['no penalty against any', [], [warning], 'lighter'],
  ])('%s', (_name, a, b, expected) => {
    expect(comparePenalties(a, b)).toBe(expected);
    expect(isHeavierThan(a, b)).toBe(expected === 'heavier');
  });

  it('is a preorder: every penalty covers itself, and covering chains', () => {
    fc.assert(fc.property(penaltyArb, (a) => !exceedsPenalty(a, a)));
    fc.assert(
      fc.property(penaltyArb, penaltyArb, penaltyArb, (a, b, c) => {
        if (!exceedsPenalty(a, b) && !exceedsPenalty(b, c)) expect(exceedsPenalty(a, c)).toBe(false);
      }),
    );
  });

  it('is antisymmetric in its verdicts: a heavier than b exactly when b lighter than a', () => {
    const flip: Record<PenaltyComparison, PenaltyComparison> = {
      heavier: 'lighter',
      lighter: 'heavier',
      equal: 'equal',
      incomparable: 'incomparable',
    };
    fc.assert(fc.property(penaltyArb, penaltyArb, (a, b) => comparePenalties(b, a) === flip[comparePenalties(a, b)]));
  });

  it('orders fines by amount alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (x, y) => {
        const expected = x > y ? 'heavier' : x < y ? 'lighter' : 'equal';
        expect(comparePenalties([{ kind: 'fine', amountFen: x }], [{ kind: 'fine', amountFen: y }])).toBe(expected);
      }),
    );
  });

  it('never lets money cover a status sanction or the reverse', () => {
    expect(sanctionCovers(fine(1_000_000), stopPractice(1))).toBe(false);
    expect(sanctionCovers(revoke, fine(1))).toBe(false);
    expect(sanctionCovers(fine(1), warning)).toBe(true);
  });
});

describe('no heavier penalty after statement and defence (行政处罚法 第四十五条)', () => {
  it.each<[string, Penalty, Penalty, boolean]>([
    ['decision equal to the notice', [fine(5000)], [fine(5000)], true],
    ['decision lowered after the defence', [fine(5000)], [fine(3000)], true],
    ['fine replaced by a warning', [fine(5000)], [warning], true],
    ['fine raised after the defence', [fine(3000)], [fine(5000)], false],
    ['a stop of practice added', [fine(3000)], [fine(3000), stopPractice(3)], false],
    ['revocation reduced to a 6-month stop', [revoke], [stopPractice(6)], true],
  ])('%s', (_name, notice, decision, allowed) => {
    const r = checkNotIncreasedAfterDefence(notice, decision);
    expect(r.ok).toBe(allowed);
    if (!r.ok) {
      expect(r.code).toBe('INCREASED_AFTER_DEFENCE');
      expect(r.basis).toMatchObject({ law: '行政处罚法', article: '第四十五条' });
      expect(r.reason).toContain('重新告知');
    }
  });

  it('names what goes beyond the notice', () => {
    const r = checkNotIncreasedAfterDefence([fine(3000)], [fine(5000), confiscate(800)]);
    expect(r.ok ? '' : r.reason).toContain('罚款5000元超过罚款3000元');
    expect(r.ok ? '' : r.reason).toContain('增加了“没收违法所得800元”');
  });

  it('refuses any fine above the noticed one and accepts any at or below it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e8 }), fc.integer({ min: 1, max: 1e8 }), (noticed, decided) => {
        const r = checkNotIncreasedAfterDefence([{ kind: 'fine', amountFen: noticed }], [{ kind: 'fine', amountFen: decided }]);
        expect(r.ok).toBe(decided <= noticed);
      }),
    );
  });
});
