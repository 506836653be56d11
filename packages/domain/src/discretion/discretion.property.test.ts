import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiscretionBenchmark } from './benchmark.ts';
import { checkProposedPenalty } from './check-proposed-penalty.ts';
import { computeDiscretion } from './compute-discretion.ts';
import { ALL_FIXTURES } from './discretion-fixtures.ts';
import { lawTitle } from './explain.ts';
import { CORRECTION_STATES, HARM_LEVELS, MENTAL_STATES, type DiscretionFacts, type MentalState } from './facts.ts';
import { rangeWithin, statutoryEnvelope } from './range.ts';

const MITIGATING = [
  'eliminatedHarm',
  'coerced',
  'confessedUnknown',
  'meritorious',
  'cooperated',
  'secondaryRole',
  'stoppedVoluntarily',
] as const;
const AGGRAVATING = ['obstructed', 'evidenceTampered', 'retaliated', 'emergencyMeasuresViolated', 'repeatAfterPenalty'] as const;

const benchmarkArb = fc.constantFrom(...ALL_FIXTURES);

const partyArb: fc.Arbitrary<DiscretionFacts['party']> = fc.oneof(
  fc.record({
    kind: fc.constant('naturalPerson' as const),
    ageYears: fc.integer({ min: 0, max: 90 }),
    mentalState: fc.constantFrom<MentalState>('sound', 'sound', 'sound', ...MENTAL_STATES),
  }),
  fc.constant({ kind: 'organization' as const }),
);

const factsArb: fc.Arbitrary<DiscretionFacts> = fc.record({
  party: partyArb,
  minorViolation: fc.boolean(),
  harm: fc.constantFrom(...HARM_LEVELS),
  correction: fc.constantFrom(...CORRECTION_STATES),
  priorViolations: fc.integer({ min: 0, max: 4 }),
  illegalIncomeFen: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000_000 }), fc.integer({ min: 0, max: 1_000_000_000 })),
  durationMonths: fc.integer({ min: 0, max: 30 }),
  noFaultProven: fc.constantFrom(false, false, false, true),
  circumstances: fc.subarray([...MITIGATING, ...AGGRAVATING]),
});

const up = <T extends string>(order: readonly T[], v: T): T => order[Math.min(order.indexOf(v) + 1, order.length - 1)]!;
const down = <T extends string>(order: readonly T[], v: T): T => order[Math.max(order.indexOf(v) - 1, 0)]!;
const add = (f: DiscretionFacts, c: string): DiscretionFacts => ({ ...f, circumstances: [...new Set([...f.circumstances, c])] });
const remove = (f: DiscretionFacts, c: string): DiscretionFacts => ({ ...f, circumstances: f.circumstances.filter((x) => x !== c) });

/** One more serious fact. */
const aggravations: readonly ((f: DiscretionFacts, n: number) => DiscretionFacts)[] = [
  (f) => ({ ...f, harm: up(HARM_LEVELS, f.harm) }),
  (f) => ({ ...f, correction: up(CORRECTION_STATES, f.correction) }),
  (f, n) => ({ ...f, priorViolations: f.priorViolations + 1 + (n % 3) }),
  (f, n) => ({ ...f, illegalIncomeFen: f.illegalIncomeFen + n }),
  (f, n) => ({ ...f, durationMonths: f.durationMonths + 1 + (n % 12) }),
  (f) => ({ ...f, minorViolation: false }),
  (f) => ({ ...f, noFaultProven: false }),
  (f, n) => add(f, AGGRAVATING[n % AGGRAVATING.length]!),
  (f, n) => remove(f, MITIGATING[n % MITIGATING.length]!),
];

/** One more mitigating fact. */
const mitigations: readonly ((f: DiscretionFacts, n: number) => DiscretionFacts)[] = [
  (f) => ({ ...f, harm: down(HARM_LEVELS, f.harm) }),
  (f) => ({ ...f, correction: down(CORRECTION_STATES, f.correction) }),
  (f) => ({ ...f, priorViolations: Math.max(0, f.priorViolations - 1) }),
  (f, n) => ({ ...f, illegalIncomeFen: Math.max(0, f.illegalIncomeFen - n) }),
  (f, n) => ({ ...f, durationMonths: Math.max(0, f.durationMonths - 1 - (n % 12)) }),
  (f) => ({ ...f, minorViolation: true }),
  (f) => ({ ...f, noFaultProven: true }),
  (f, n) => add(f, MITIGATING[n % MITIGATING.length]!),
  (f, n) => remove(f, AGGRAVATING[n % AGGRAVATING.length]!),
  (f, n) => (f.party.kind === 'naturalPerson' && f.party.ageYears >= 18 ? { ...f, party: { ...f.party, ageYears: n % 18 } } : f),
  (f, n) =>
    f.party.kind === 'naturalPerson' && f.party.mentalState !== 'incapable'
      ? { ...f, party: { ...f.party, mentalState: n % 2 === 0 ? 'limited' : 'incapable' } }
      : f,
];

const severity = (b: DiscretionBenchmark, f: DiscretionFacts): number => computeDiscretion(b, f).tier.severity;

describe('computeDiscretion: properties over the §4 benchmarks', () => {
  it('the range always lies inside the statutory range (from 0 only for 减轻)', () => {
    fc.assert(
      fc.property(benchmarkArb, factsArb, (b, f) => {
        const r = computeDiscretion(b, f);
        const envelope = statutoryEnvelope(b.statutory, f.illegalIncomeFen, r.tier.kind === 'mitigated');
        expect(rangeWithin(r.range, envelope)).toBe(true);
        expect(rangeWithin(r.range, r.lawful)).toBe(true);
        if (r.range.fine) expect(Number.isSafeInteger(r.range.fine.minFen) && Number.isSafeInteger(r.range.fine.maxFen)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('adding an aggravating fact never yields a lighter tier', () => {
    fc.assert(
      fc.property(
        benchmarkArb,
        factsArb,
        fc.nat({ max: aggravations.length - 1 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        (b, f, i, n) => {
          expect(severity(b, aggravations[i]!(f, n))).toBeGreaterThanOrEqual(severity(b, f));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('adding a mitigating fact never yields a heavier tier', () => {
    fc.assert(
      fc.property(benchmarkArb, factsArb, fc.nat({ max: mitigations.length - 1 }), fc.integer({ min: 1, max: 2_000_000 }), (b, f, i, n) => {
        expect(severity(b, mitigations[i]!(f, n))).toBeLessThanOrEqual(severity(b, f));
      }),
      { numRuns: 3000 },
    );
  });

  const exemptions: readonly [string, (f: DiscretionFacts) => DiscretionFacts][] = [
    ['第三十条', (f) => ({ ...f, party: { kind: 'naturalPerson', ageYears: f.durationMonths % 14, mentalState: 'sound' } })],
    ['第三十一条', (f) => ({ ...f, party: { kind: 'naturalPerson', ageYears: 20 + f.priorViolations, mentalState: 'incapable' } })],
    ['第三十三条第一款', (f) => ({ ...f, minorViolation: true, correction: 'prompt', harm: 'none' })],
    ['第三十三条第二款', (f) => ({ ...f, noFaultProven: true })],
  ];

  it('an exemption ground always gives 不予处罚, with its article, whatever else holds', () => {
    fc.assert(
      fc.property(benchmarkArb, factsArb, fc.constantFrom(...exemptions), (b, f, [article, make]) => {
        const r = computeDiscretion(b, make(f));
        expect(r.tier.kind).toBe('exempt');
        expect(r.exemption).toBe('mandatory');
        expect(r.range).toEqual({ fine: null, fineMultiple: null, suspension: null, sanctions: [] });
        expect(r.text).toContain(`《中华人民共和国行政处罚法》${article}`);
        expect(r.text).toContain('第三十三条第三款');
        expect(checkProposedPenalty(r, { fineFen: 100, suspensionMonths: 0, sanctions: [] }).outcome).toBe('unlawful');
      }),
      { numRuns: 1000 },
    );
  });

  it('the explanation mentions every article and clause it uses, and every ground found', () => {
    fc.assert(
      fc.property(benchmarkArb, factsArb, (b, f) => {
        const r = computeDiscretion(b, f);
        for (const c of [...r.basis, ...r.reviewNotes.flatMap((l) => l.basis)]) {
          const text = r.text + r.reviewNotes.map((l) => l.text).join('');
          expect(text).toContain(lawTitle(c.law));
          if (!c.article.startsWith('（')) expect(text).toContain(c.article);
        }
        for (const l of r.explanation) expect(l.basis.length).toBeGreaterThan(0);
        const shown = new Set(r.basis.map((c) => `${c.law}${c.article}`));
        for (const g of r.grounds) for (const c of g.basis) expect(shown.has(`${c.law}${c.article}`)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('a proposal at the bounds of the computed range is inside; one above the statutory maximum is unlawful', () => {
    fc.assert(
      fc.property(benchmarkArb, factsArb, fc.boolean(), (b, f, atMax) => {
        const r = computeDiscretion(b, f);
        const { fine, suspension, sanctions } = r.range;
        const at = {
          fineFen: fine ? (atMax ? fine.maxFen : fine.minFen) : 0,
          suspensionMonths: suspension ? (atMax ? suspension.maxMonths : suspension.minMonths) : 0,
          sanctions,
        };
        expect(checkProposedPenalty(r, at).outcome).toBe('inside');
        if (r.lawful.fine) expect(checkProposedPenalty(r, { ...at, fineFen: r.lawful.fine.maxFen + 1 }).outcome).toBe('unlawful');
      }),
      { numRuns: 1500 },
    );
  });
});
