import { describe, expect, it } from 'vitest';
import { makeArticle } from '../legal-basis/legal-fixtures.ts';
import { affectedPowerIds, dependenciesOf, impactOfArticleChange } from './impact.ts';
import { greenInput, makeAssignment, makeOfficer, makePower } from './power-fixtures.ts';

const p1 = makePower();
const p2 = makePower({
  id: 'p2',
  code: 'CF-LS-002',
  basis: [{ law: '律师法', article: '第四十七条第（二）项', gist: '', articleIds: ['art-47-2'] }],
});
const p3 = makePower({ id: 'p3', code: 'CF-GZ-001', basis: [{ law: '公证法', article: '第四十一条', gist: '', articleIds: ['gz-41'] }] });
const assignments = [
  makeAssignment(),
  makeAssignment({ id: 'asg-old', effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31', postIds: ['post-old'] }),
  makeAssignment({ id: 'asg-2', powerId: 'p2', postIds: ['post-b', 'post-c'] }),
];

describe('dependenciesOf', () => {
  it('names every row a power’s coverage reads, past and future assignments included', () => {
    const officers = [...greenInput().officers, makeOfficer('c1', 'post-c'), makeOfficer('none', null)];
    expect(dependenciesOf(p1, assignments, officers)).toEqual({
      assignmentIds: ['asg-1', 'asg-old'],
      postIds: ['post-a', 'post-b', 'post-old'],
      officerIds: ['a1', 'a2', 'b1'],
      articleIds: ['art-47'],
    });
  });
});

describe('affectedPowerIds', () => {
  it('maps each kind of change to the powers to recompute', () => {
    const powers = [p1, p2, p3];
    expect(affectedPowerIds({ kind: 'post', postId: 'post-b' }, powers, assignments).sort()).toEqual(['p1', 'p2']);
    expect(affectedPowerIds({ kind: 'officer', postIds: ['post-c', null] }, powers, assignments)).toEqual(['p2']);
    expect(affectedPowerIds({ kind: 'officer', postIds: [null] }, powers, assignments)).toEqual([]);
    expect(affectedPowerIds({ kind: 'article', articleId: 'gz-41' }, powers, assignments)).toEqual(['p3']);
    expect(affectedPowerIds({ kind: 'assignment', powerId: 'p2' }, powers, assignments)).toEqual(['p2']);
    expect(affectedPowerIds({ kind: 'power', powerId: 'p3' }, powers, assignments)).toEqual(['p3']);
  });
});

describe('impactOfArticleChange', () => {
  const library = [
    makeArticle(),
    makeArticle({ id: 'art-47-2', address: { article: 47, item: 2 } }),
    makeArticle({ id: 'art-48', address: { article: 48 } }),
  ];
  const rules = [
    { kind: 'discretionRule', id: 'd1', label: '律师法第四十七条第（二）项 裁量基准', articleIds: ['art-47-2'] },
    { kind: 'discretionRule', id: 'd2', label: '律师法第四十八条 裁量基准', articleIds: ['art-48'] },
  ];

  it('lists powers and other items that cite the article', () => {
    expect(impactOfArticleChange('art-47-2', [p1, p2, p3], rules)).toEqual({
      articleId: 'art-47-2',
      powers: [{ kind: 'power', id: 'p2', label: 'CF-LS-002 对律师同时在两个以上律师事务所执业的行政处罚', via: 'direct' }],
      others: [{ kind: 'discretionRule', id: 'd1', label: '律师法第四十七条第（二）项 裁量基准', via: 'direct' }],
    });
  });

  it('with the library, an amendment of the article reaches citations of its items', () => {
    const r = impactOfArticleChange('art-47', [p1, p2, p3], rules, library);
    expect(r.powers.map((x) => [x.id, x.via])).toEqual([
      ['p1', 'direct'],
      ['p2', 'overlap'],
    ]);
    expect(r.others.map((x) => [x.id, x.via])).toEqual([['d1', 'overlap']]);
  });

  it('is empty for an article nobody cites', () => {
    expect(impactOfArticleChange('nobody', [p1], rules, library)).toEqual({ articleId: 'nobody', powers: [], others: [] });
  });
});
