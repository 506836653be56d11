import { describe, expect, it } from 'vitest';
import { catalogEntryToPower, type CatalogEntry } from './catalog.ts';
import { parsePowerCode, powerCategoryFromLabel } from './power.ts';

/** CF-LS-011 as in shared/domain/justice-powers.json (律师法 第五十五条: 1–5× illegal income). */
const entry: CatalogEntry = {
  code: 'CF-LS-011',
  category: '处罚',
  catalogType: '行政处罚',
  name: '对冒充律师从事法律服务的行政处罚',
  target: '没有取得律师执业证书的人员',
  basis: [
    {
      law: '中华人民共和国律师法（2017年修正）',
      article: '第五十五条',
      gist: '责令停止非法执业，没收违法所得，处违法所得一倍以上五倍以下罚款',
    },
  ],
  department: '律师工作科',
  level: '县级以上司法行政部门（市、县均可）',
  fineMin: null,
  fineMax: null,
  fineMultipleOfIllegalIncome: [1, 5],
  suspensionMonthsMin: null,
  suspensionMonthsMax: null,
  otherSanctions: ['没收违法所得'],
  hearingEligible: true,
  hearingCondition: '较大数额罚款时',
  verification: 'verified',
  verificationNote: null,
  notes: '',
};
const context = { id: 'p11', subjectId: 'bureau', area: '320100' };

describe('catalogue rows → powers', () => {
  it('maps a justice-powers.json row, the field from the code, money in fen', () => {
    const r = catalogEntryToPower({ ...entry, fineMin: 0, fineMax: 5000.5 }, context);
    if (!r.ok) throw new Error(r.problems.join());
    expect(r.power).toMatchObject({
      id: 'p11',
      code: 'CF-LS-011',
      category: 'penalty',
      enforcementField: 'LS',
      area: '320100',
      departmentName: '律师工作科',
    });
    expect(r.power.sanctions).toEqual({
      fineMinFen: 0,
      fineMaxFen: 500_050,
      multipleOfIllegalIncome: [1, 5],
      suspensionMonthsMin: null,
      suspensionMonthsMax: null,
      otherSanctions: ['没收违法所得'],
    });
    expect(r.power.basis[0]!.articleIds).toEqual([]);
  });

  it('gives no sanctions to a permit', () => {
    const r = catalogEntryToPower(
      { ...entry, code: 'XK-LS-002', category: '许可', fineMultipleOfIllegalIncome: null, otherSanctions: [] },
      context,
    );
    expect(r.ok && r.power.sanctions).toBeNull();
  });

  it('reports every problem of a bad row', () => {
    const r = catalogEntryToPower(
      { ...entry, code: 'XK-LS-011', category: '处分', basis: [], fineMin: 10, fineMax: 5, verification: 'maybe' },
      context,
    );
    expect(r).toEqual({
      ok: false,
      code: 'XK-LS-011',
      problems: ['职权类别“处分”无法识别', '未列明执法依据', '罚款下限高于上限', '核实状态“maybe”无法识别'],
    });
    expect(catalogEntryToPower({ ...entry, code: 'XK-LS-011' }, context)).toMatchObject({
      ok: false,
      problems: ['编码前缀与职权类别“处罚”不一致'],
    });
  });

  it('reads codes and category words', () => {
    expect(parsePowerCode('QT-JZ-003')).toEqual({ category: 'other', field: 'JZ', serial: 3 });
    expect(parsePowerCode('CF-LS-1')).toBeNull();
    expect(parsePowerCode('ZZ-LS-001')).toBeNull();
    expect(powerCategoryFromLabel('行政许可')).toBe('license');
    expect(powerCategoryFromLabel('裁决')).toBe('adjudication');
    expect(powerCategoryFromLabel('给付')).toBeNull();
  });
});
