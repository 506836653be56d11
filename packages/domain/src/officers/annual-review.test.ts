import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAnnualReview, trainingHoursInYear, type TrainingRecord } from './annual-review.ts';
import { DISCIPLINE_KINDS, type DisciplineRecord } from './discipline.ts';
import { CONFIG } from './officer-fixtures.ts';

const training = (hours: number, date = '2025-06-01'): TrainingRecord => ({ id: `t${date}${hours}`, course: '行政处罚法专题', hours, date, examScore: null });
const discipline = (over: Partial<DisciplineRecord>): DisciplineRecord => ({ id: 'd', kind: 'demerit', decidedOn: '2025-03-01', endsOn: '2026-02-28', rescinded: false, ...over });
const review = (trainings: TrainingRecord[], disciplines: DisciplineRecord[] = [], config = CONFIG) => evaluateAnnualReview({ year: 2025, trainings, disciplines }, config);

describe('annual review (年度审验)', () => {
  it('passes with exactly the minimum, and fails just below it', () => {
    expect(review([training(40), training(20)])).toMatchObject({ passed: true, trainingHours: 60, requiredHours: 60, reasons: [] });
    const short = review([training(40), training(19.5)]);
    expect(short).toMatchObject({ passed: false, trainingHours: 59.5, reasons: [{ code: 'TRAINING_HOURS_SHORT' }] });
    expect(short.reasons[0]!.message).toBe('2025年度培训59.5学时，未达到60学时');
  });

  it('adds fractional hours exactly (0.1 × 600 = 60)', () => {
    expect(review(Array.from({ length: 600 }, (_, i) => training(0.1, `2025-01-${String((i % 28) + 1).padStart(2, '0')}`))).passed).toBe(true);
  });

  it('counts only training inside the reviewed calendar year', () => {
    const t = [training(30, '2024-12-31'), training(30, '2025-01-01'), training(30, '2025-12-31'), training(30, '2026-01-01')];
    expect(trainingHoursInYear(t, 2025)).toBe(60);
  });

  it('uses the minimum configured for that year', () => {
    const config = { ...CONFIG, trainingHoursByYear: { 2025: 40 } };
    expect(review([training(40)], [], config)).toMatchObject({ passed: true, requiredHours: 40 });
    expect(evaluateAnnualReview({ year: 2026, trainings: [training(40, '2026-05-01')], disciplines: [] }, config)).toMatchObject({ passed: false, requiredHours: 60 });
  });

  it.each<[string, Partial<DisciplineRecord>, boolean]>([
    ['记过 in the year', {}, false],
    ['警告 is not disqualifying by default', { kind: 'warning' }, true],
    ['rescinded 记过', { rescinded: true }, true],
    ['记过 whose period ended before the year', { decidedOn: '2023-06-01', endsOn: '2024-05-31' }, true],
    ['记大过 still running into the year', { kind: 'majorDemerit', decidedOn: '2024-01-01', endsOn: '2025-06-30' }, false],
    ['记过 decided after the year', { decidedOn: '2026-01-05', endsOn: '2027-01-04' }, true],
    ['开除 without an end', { kind: 'expulsion', decidedOn: '2020-01-01', endsOn: null }, false],
    ['criminal liability', { kind: 'criminal', decidedOn: '2025-12-31', endsOn: null }, false],
  ])('%s', (_name, over, passed) => {
    const r = review([training(60)], [discipline(over)]);
    expect(r.passed).toBe(passed);
    if (!passed) expect(r.reasons.map((x) => x.code)).toEqual(['DISQUALIFYING_DISCIPLINE']);
  });

  it('returns every reason: short hours and each disqualifying record', () => {
    const r = review([training(10)], [discipline({ id: 'x' }), discipline({ id: 'y', kind: 'demotion' }), discipline({ id: 'z', kind: 'warning' })]);
    expect(r.reasons.map((x) => x.code)).toEqual(['TRAINING_HOURS_SHORT', 'DISQUALIFYING_DISCIPLINE', 'DISQUALIFYING_DISCIPLINE']);
    expect(r.reasons[2]!.message).toContain('降级');
  });

  it('passes exactly when hours reach the minimum and no disqualifying record is in force', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 8 }),
        fc.array(fc.constantFrom(...DISCIPLINE_KINDS), { maxLength: 3 }),
        (tenths, kinds) => {
          const r = review(tenths.map((t, i) => ({ ...training(t / 10), id: String(i) })), kinds.map((kind, i) => discipline({ id: String(i), kind })));
          const hoursOk = tenths.reduce((a, b) => a + b, 0) >= 600;
          const disciplineOk = kinds.every((k) => !CONFIG.disqualifyingDiscipline.includes(k));
          expect(r.passed).toBe(hoursOk && disciplineOk);
        },
      ),
    );
  });
});
