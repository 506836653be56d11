import { describe, expect, it } from 'vitest';
import { articleStatusOn, checkArticleVersions } from './article-status.ts';
import { makeArticle, makeVersion } from './legal-fixtures.ts';

const v2017 = makeVersion({ id: 'v2017', effectiveFrom: '2018-01-01', effectiveTo: '2025-12-31' });
const v2026 = makeVersion({ id: 'v2026', effectiveFrom: '2026-01-01', effectiveTo: null, text: '修改后的条文' });
const amended = makeArticle({ versions: [v2026, v2017] }, { effectiveFrom: '2018-01-01' });

describe('articleStatusOn', () => {
  it('gives the version in force on the day, whatever the order of versions', () => {
    expect(articleStatusOn(amended, '2025-12-31')).toEqual({ status: 'inForce', version: v2017 });
    expect(articleStatusOn(amended, '2026-01-01')).toEqual({ status: 'inForce', version: v2026 });
  });

  it('is not yet effective before the first version, with what will apply', () => {
    expect(articleStatusOn(amended, '2017-12-31')).toEqual({ status: 'notYetEffective', effectiveFrom: '2018-01-01', version: v2017 });
  });

  it('is repealed from the repeal day of the document (自…起废止), with the last text', () => {
    const a = makeArticle({ versions: [v2017, v2026] }, { repealedOn: '2026-03-01' });
    expect(articleStatusOn(a, '2026-02-28').status).toBe('inForce');
    expect(articleStatusOn(a, '2026-03-01')).toEqual({ status: 'repealed', since: '2026-03-01', version: v2026 });
  });

  it('is repealed when the article alone was deleted, whichever repeal comes first', () => {
    const a = makeArticle({ repealedOn: '2024-01-01' }, { repealedOn: '2030-01-01' });
    expect(articleStatusOn(a, '2024-01-01')).toMatchObject({ status: 'repealed', since: '2024-01-01' });
  });

  it('is not in force after the last version ended, or in a gap', () => {
    const ended = makeArticle({ versions: [makeVersion({ effectiveTo: '2020-12-31' })] });
    expect(articleStatusOn(ended, '2021-01-01')).toMatchObject({ status: 'repealed', since: '2021-01-01' });
    const gap = makeArticle({
      versions: [makeVersion({ id: 'a', effectiveTo: '2020-12-31' }), makeVersion({ id: 'b', effectiveFrom: '2021-02-01' })],
    });
    expect(articleStatusOn(gap, '2021-01-15')).toMatchObject({ status: 'repealed', since: '2021-01-01', version: { id: 'a' } });
  });

  it('has no version at all: not yet effective from the document date', () => {
    expect(articleStatusOn(makeArticle({ versions: [] }), '2026-01-01')).toEqual({
      status: 'notYetEffective',
      effectiveFrom: '2008-06-01',
      version: null,
    });
  });
});

describe('checkArticleVersions', () => {
  it('accepts contiguous versions', () => {
    expect(checkArticleVersions(amended)).toEqual([]);
  });

  it('reports overlaps, gaps, inverted ranges, versions outside the document life', () => {
    const a = makeArticle(
      {
        versions: [
          makeVersion({ id: 'a', effectiveFrom: '2008-06-01', effectiveTo: '2010-12-31' }),
          makeVersion({ id: 'b', effectiveFrom: '2010-06-01', effectiveTo: '2012-12-31' }),
          makeVersion({ id: 'c', effectiveFrom: '2014-01-01', effectiveTo: '2013-01-01' }),
          makeVersion({ id: 'd', effectiveFrom: '2031-01-01', effectiveTo: null }),
        ],
      },
      { repealedOn: '2030-01-01' },
    );
    expect(checkArticleVersions(a).map((p) => [p.code, p.versionId])).toEqual([
      ['VERSION_OVERLAP', 'b'],
      ['VERSION_GAP', 'c'],
      ['VERSION_RANGE_INVALID', 'c'],
      ['VERSION_GAP', 'd'],
      ['VERSION_AFTER_REPEAL', 'd'],
    ]);
    expect(checkArticleVersions(makeArticle({ versions: [] })).map((p) => p.code)).toEqual(['NO_VERSION']);
    expect(checkArticleVersions(makeArticle({ versions: [makeVersion({ effectiveFrom: '2000-01-01' })] })).map((p) => p.code)).toEqual([
      'VERSION_BEFORE_DOCUMENT',
    ]);
  });
});
