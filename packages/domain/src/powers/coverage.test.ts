import { describe, expect, it } from 'vitest';
import { makeArticle, makeNormativeArticle } from '../legal-basis/legal-fixtures.ts';
import { DEFAULT_COVERAGE_CONFIG } from './coverage-config.ts';
import { computeCoverage, type FullCoverageInput } from './coverage-report.ts';
import { COVERAGE_SEVERITY, type CoverageCode, type CoverageStatus } from './coverage.ts';
import { greenInput, LAW_47, makeAssignment, makeOfficer, makePost, makePower, RULES, TODAY } from './power-fixtures.ts';

type Change = (input: FullCoverageInput) => FullCoverageInput;
const powerWith =
  (over: Parameters<typeof makePower>[0]): Change =>
  (i) => ({ ...i, powers: [makePower(over)] });
const officers =
  (...list: ReturnType<typeof makeOfficer>[]): Change =>
  (i) => ({ ...i, officers: list });
const basis = (...articleIds: string[]) => [{ law: '律师法', article: '第四十七条', gist: '', articleIds }];
const withArticles =
  (...extra: ReturnType<typeof makeArticle>[]): Change =>
  (i) => ({ ...i, articles: [...i.articles, ...extra] });
const both =
  (...changes: Change[]): Change =>
  (i) =>
    changes.reduce((acc, c) => c(acc), i);

function coverageOf(input: FullCoverageInput) {
  const r = computeCoverage(input, TODAY, RULES);
  const p = r.powers[0]!;
  return { status: p.status, codes: p.reasons.map((x) => x.code).sort(), report: r, power: p };
}

const soon = { validTo: '2026-06-10' }; // within the 60-day reminder window of DEFAULT_OFFICER_RULES

const CASES: [string, Change, CoverageStatus, CoverageCode[]][] = [
  [
    'no assignment at all',
    (i) => ({ ...i, assignments: [] }),
    'red',
    ['NO_A_POST', 'NO_B_POST', 'NO_DEPARTMENT', 'NO_LEADER_IN_CHARGE', 'TOO_FEW_ELIGIBLE_OFFICERS'],
  ],
  [
    'assignment ended',
    (i) => ({ ...i, assignments: [makeAssignment({ effectiveTo: '2026-05-19' })] }),
    'red',
    ['NO_A_POST', 'NO_B_POST', 'NO_DEPARTMENT', 'NO_LEADER_IN_CHARGE', 'TOO_FEW_ELIGIBLE_OFFICERS'],
  ],
  ['no department', (i) => ({ ...i, assignments: [makeAssignment({ departmentId: null })] }), 'red', ['NO_DEPARTMENT']],
  [
    'A post closed: its officers no longer count',
    (i) => ({ ...i, posts: [makePost({ status: 'closed' }), makePost({ id: 'post-b', role: 'B' })] }),
    'red',
    ['NO_A_POST', 'TOO_FEW_ELIGIBLE_OFFICERS'],
  ],
  ['no B post', (i) => ({ ...i, assignments: [makeAssignment({ postIds: ['post-a'] })] }), 'amber', ['NO_B_POST']],
  ['no leader in charge', (i) => ({ ...i, assignments: [makeAssignment({ leaderInChargeId: null })] }), 'amber', ['NO_LEADER_IN_CHARGE']],
  [
    'one ineligible officer, two remain',
    officers(makeOfficer('a1', 'post-a', { status: 'suspended' }), makeOfficer('a2', 'post-a'), makeOfficer('b1', 'post-b')),
    'green',
    [],
  ],
  [
    'only one eligible officer (第四十二条)',
    officers(
      makeOfficer('a1', 'post-a', { status: 'suspended' }),
      makeOfficer('a2', 'post-a', { categories: ['GZ'] }),
      makeOfficer('b1', 'post-b'),
    ),
    'red',
    ['TOO_FEW_ELIGIBLE_OFFICERS'],
  ],
  [
    'officers outside the area or gone',
    officers(
      makeOfficer('a1', 'post-a', { areas: ['320200'] }),
      { ...makeOfficer('a2', 'post-a'), status: 'left' },
      makeOfficer('b1', 'post-b'),
    ),
    'red',
    ['TOO_FEW_ELIGIBLE_OFFICERS'],
  ],
  [
    'one officer about to lapse, two remain',
    officers(makeOfficer('a1', 'post-a', soon), makeOfficer('a2', 'post-a'), makeOfficer('b1', 'post-b')),
    'green',
    [],
  ],
  [
    'two officers about to lapse, one would remain',
    officers(makeOfficer('a1', 'post-a', soon), makeOfficer('a2', 'post-a', soon), makeOfficer('b1', 'post-b')),
    'amber',
    ['ELIGIBILITY_LAPSING', 'ELIGIBILITY_LAPSING'],
  ],
  [
    'inspection with one eligible officer',
    both(powerWith({ category: 'inspection', code: 'JC-LS-001' }), officers(makeOfficer('a1', 'post-a'))),
    'amber',
    ['FEW_ELIGIBLE_OFFICERS'],
  ],
  [
    'inspection with none',
    both(powerWith({ category: 'inspection', code: 'JC-LS-001' }), officers()),
    'red',
    ['TOO_FEW_ELIGIBLE_OFFICERS'],
  ],
  ['no basis', powerWith({ basis: [] }), 'red', ['NO_BASIS']],
  [
    'basis repealed',
    (i) => ({ ...i, articles: [makeArticle({}, { repealedOn: '2026-01-01' })] }),
    'red',
    ['BASIS_NOT_IN_FORCE', 'BASIS_REPEALED'],
  ],
  [
    'basis only a 规范性文件 (第十六条)',
    both(powerWith({ basis: basis('art-notice-5') }), withArticles(makeNormativeArticle())),
    'red',
    ['PENALTY_BASIS_NORMATIVE_ONLY'],
  ],
  [
    'basis not yet effective next to one in force',
    both(
      powerWith({ basis: basis('art-47', 'art-new') }),
      withArticles(makeArticle({ id: 'art-new' }, { id: 'doc-new', effectiveFrom: '2027-01-01' })),
    ),
    'amber',
    ['BASIS_NOT_YET_EFFECTIVE'],
  ],
  [
    'basis not yet effective alone',
    both(
      powerWith({ basis: basis('art-new') }),
      withArticles(makeArticle({ id: 'art-new' }, { id: 'doc-new', effectiveFrom: '2027-01-01' })),
    ),
    'red',
    ['BASIS_NOT_IN_FORCE', 'BASIS_NOT_YET_EFFECTIVE'],
  ],
  [
    'basis unpublished rule',
    both(
      powerWith({ basis: basis('art-rule') }),
      withArticles(makeArticle({ id: 'art-rule' }, { id: 'doc-rule', level: 'departmentalRule', publishedOn: null })),
    ),
    'red',
    ['BASIS_NOT_IN_FORCE', 'BASIS_UNPUBLISHED'],
  ],
  [
    'basis not linked to the library',
    powerWith({ basis: [...basis('art-47'), { law: '律师和律师事务所违法行为处罚办法', article: '第五条', gist: '', articleIds: [] }] }),
    'amber',
    ['BASIS_NOT_LINKED'],
  ],
  ['basis linked to a missing article', powerWith({ basis: basis('art-47', 'gone') }), 'amber', ['BASIS_NOT_LINKED']],
  [
    'unlinked law next to a 规范性文件: not judged as 规范性文件-only',
    both(
      powerWith({ basis: [...basis('art-notice-5'), { law: '律师法', article: '第四十七条', gist: '', articleIds: [] }] }),
      withArticles(makeNormativeArticle()),
    ),
    'amber',
    ['BASIS_NOT_LINKED'],
  ],
];

describe('coverage of one power (table of crafted gaps)', () => {
  it('is green when fully covered', () => {
    const c = coverageOf(greenInput());
    expect(c).toMatchObject({ status: 'green', codes: [] });
    expect(c.power).toMatchObject({ eligibleCount: 3, required: 2, aPostIds: ['post-a'], bPostIds: ['post-b'], assignmentId: 'asg-1' });
  });

  it.each(CASES)('%s → %s %j, and green again without the gap', (_name, change, status, codes) => {
    const c = coverageOf(change(greenInput()));
    expect(c.codes).toEqual([...codes].sort());
    expect(c.status).toBe(status);
    for (const r of c.power.reasons) {
      expect(r.severity).toBe(COVERAGE_SEVERITY[r.code]);
      expect(r.message).toMatch(/[\u4e00-\u9fff]/);
      expect(r.basis.law).toBeTruthy();
    }
    expect(coverageOf(greenInput()).status).toBe('green');
  });

  it('cites 第四十二条 for a penalty and 强制法 第十八条 for coercion', () => {
    const one = officers(makeOfficer('a1', 'post-a'));
    expect(coverageOf(one(greenInput())).power.reasons[0]!.basis.article).toBe('第四十二条');
    const coercion = both(one, powerWith({ category: 'coercion', code: 'QZ-LS-001' }));
    expect(coverageOf(coercion(greenInput())).power.reasons[0]!.basis).toMatchObject({ law: '行政强制法', article: '第十八条第（二）项' });
  });

  it('says when and why an officer lapses, pointing at the officer', () => {
    const c = coverageOf(
      officers(makeOfficer('a1', 'post-a', soon), makeOfficer('a2', 'post-a', soon), makeOfficer('b1', 'post-b'))(greenInput()),
    );
    const r = c.power.reasons.find((x) => x.officerId === 'a1')!;
    expect(r.message).toContain('自2026-06-11起不能执法');
    expect(r.message).toContain('执法证已于2026-06-10到期');
    expect(c.power.officers.find((o) => o.officerId === 'a1')).toMatchObject({ eligible: true, lapsesOn: '2026-06-11' });
  });

  it('forecasts the annual review too (canEnforce on a later day), and honours a configured window', () => {
    // Reviewed for 2025: the 2026 review is due 2027-03-31, so from 2027-04-01 they may not enforce.
    const input = greenInput();
    const c = computeCoverage(input, '2027-03-01', RULES).powers[0]!;
    expect(c.status).toBe('amber');
    expect(c.reasons.map((r) => r.code)).toEqual(['ELIGIBILITY_LAPSING', 'ELIGIBILITY_LAPSING', 'ELIGIBILITY_LAPSING']);
    expect(c.reasons[0]!.message).toContain('自2027-04-01起不能执法');
    expect(c.reasons[0]!.message).toContain('年度审验');
    expect(computeCoverage(input, '2027-03-01', RULES, { ...DEFAULT_COVERAGE_CONFIG, lapseWarningDays: 31 }).powers[0]!.status).toBe(
      'amber',
    );
    expect(computeCoverage(input, '2027-03-01', RULES, { ...DEFAULT_COVERAGE_CONFIG, lapseWarningDays: 30 }).powers[0]!.status).toBe(
      'green',
    );
  });

  it('an officer on both the A and the B post… cannot happen: one post per officer, counted once', () => {
    const c = coverageOf(greenInput());
    expect(c.power.officers.map((o) => [o.officerId, o.postRole])).toEqual([
      ['a1', 'A'],
      ['a2', 'A'],
      ['b1', 'B'],
    ]);
  });

  it('uses the article of the day: the same input turns red when the law is repealed later', () => {
    const input = { ...greenInput(), articles: [makeArticle({}, { repealedOn: '2026-07-01' })] };
    expect(computeCoverage(input, TODAY, RULES).powers[0]!.status).toBe('green');
    expect(computeCoverage(input, '2026-07-01', RULES).powers[0]!.status).toBe('red');
    expect(LAW_47.id).toBe('art-47');
  });
});
