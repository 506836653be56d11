import { describe, expect, it } from 'vitest';
import { makeArticle } from '../legal-basis/legal-fixtures.ts';
import { computeCoverage } from './coverage-report.ts';
import { greenInput, makeAssignment, makeOfficer, makePost, makePower, RULES, TODAY } from './power-fixtures.ts';

const art48 = makeArticle({ id: 'art-48', address: { article: 48 } });
const art47item1 = makeArticle({ id: 'art-47-1', address: { article: 47, item: 1 } });

describe('coverage report: the reverse view', () => {
  it('is empty when everything is covered', () => {
    const r = computeCoverage(greenInput(), TODAY, RULES);
    expect(r).toMatchObject({
      counts: { red: 0, amber: 0, green: 1 },
      uncoveredPenaltyArticles: [],
      postsWithoutPower: [],
      ineligibleOfficers: [],
    });
  });

  it('lists penalty articles in force that no penalty power cites, and drops them when covered', () => {
    const input = {
      ...greenInput(),
      articles: [
        ...greenInput().articles,
        art48,
        makeArticle({ id: 'art-49', address: { article: 49 } }, { repealedOn: '2020-01-01' }),
        makeArticle({ id: 'art-2', address: { article: 2 }, isPenaltyProvision: false }),
      ],
    };
    const r = computeCoverage(input, TODAY, RULES);
    expect(r.uncoveredPenaltyArticles.map((a) => [a.articleId, a.label])).toEqual([['art-48', '《中华人民共和国律师法》第四十八条']]);
    const covered = {
      ...input,
      powers: [
        ...input.powers,
        makePower({ id: 'p2', code: 'CF-LS-002', basis: [{ law: '律师法', article: '第四十八条', gist: '', articleIds: ['art-48'] }] }),
      ],
    };
    expect(computeCoverage(covered, TODAY, RULES).uncoveredPenaltyArticles).toEqual([]);
  });

  it('counts a citation of an overlapping address of the same document, but not a non-penalty power', () => {
    const input = { ...greenInput(), articles: [art47item1, makeArticle()] };
    expect(computeCoverage({ ...input, articles: [art47item1] }, TODAY, RULES).uncoveredPenaltyArticles.map((a) => a.articleId)).toEqual([
      'art-47-1',
    ]);
    expect(computeCoverage(input, TODAY, RULES).uncoveredPenaltyArticles).toEqual([]);
    const inspectionOnly = { ...input, powers: [makePower({ category: 'inspection', code: 'JC-LS-001' })] };
    expect(
      computeCoverage(inspectionOnly, TODAY, RULES)
        .uncoveredPenaltyArticles.map((a) => a.articleId)
        .sort(),
    ).toEqual(['art-47', 'art-47-1']);
  });

  it('lists active posts that hold no power in force, not closed ones', () => {
    const input = {
      ...greenInput(),
      posts: [
        ...greenInput().posts,
        makePost({ id: 'post-idle', name: '法律援助监管岗' }),
        makePost({ id: 'post-closed', status: 'closed' }),
      ],
    };
    expect(computeCoverage(input, TODAY, RULES).postsWithoutPower).toEqual([
      { postId: 'post-idle', departmentId: 'dept-lawyers', name: '法律援助监管岗', message: '岗位“法律援助监管岗”未承担任何执法事项' },
    ]);
    const ended = { ...input, assignments: [makeAssignment({ effectiveTo: '2026-01-31' })] };
    expect(computeCoverage(ended, TODAY, RULES).postsWithoutPower.map((p) => p.postId)).toEqual(['post-a', 'post-b', 'post-idle']);
  });

  it('lists officers on assigned posts who may not enforce, with reasons per power', () => {
    const input = {
      ...greenInput(),
      powers: [makePower(), makePower({ id: 'p2', code: 'CF-GZ-001', enforcementField: 'GZ' })],
      assignments: [makeAssignment(), makeAssignment({ id: 'asg-2', powerId: 'p2' })],
      officers: [
        makeOfficer('a1', 'post-a'),
        makeOfficer('a2', 'post-a', { categories: ['LS', 'GZ'] }),
        makeOfficer('b1', 'post-b', { status: 'suspended' }),
        makeOfficer('z', null, null),
      ],
    };
    const r = computeCoverage(input, TODAY, RULES);
    expect(r.ineligibleOfficers.map((o) => [o.officerId, o.powers.map((p) => [p.code, p.reasons.map((x) => x.code)])])).toEqual([
      [
        'b1',
        [
          ['CF-LS-001', ['CERTIFICATE_NOT_VALID']],
          ['CF-GZ-001', ['CERTIFICATE_NOT_VALID', 'CATEGORY_NOT_COVERED']],
        ],
      ],
      ['a1', [['CF-GZ-001', ['CATEGORY_NOT_COVERED']]]],
    ]);
    expect(r.counts).toEqual({ red: 1, amber: 0, green: 1 });
  });
});
