import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JIANGSU_PENALTY_RULES, NATIONAL_PENALTY_RULES } from './config.ts';
import { hearingRight, lowestHearingThresholdFen } from './hearing-right.ts';
import {
  applicableThresholds,
  hearingTableProblems,
  JIANGSU_GENERAL_HEARING_TABLE,
  MOJ_JUSTICE_HEARING_TABLE,
  type HearingContext,
} from './hearing-thresholds.ts';
import type { Penalty } from './penalty.ts';

const JS = JIANGSU_PENALTY_RULES.hearing;
const lawyer: HearingContext = { party: 'citizen', conduct: 'nonBusiness', sector: 'justiceAdministration' };
const lawyerInBusiness: HearingContext = { ...lawyer, conduct: 'business' };
const firm: HearingContext = { party: 'organisation', conduct: 'business', sector: 'justiceAdministration' };
const otherSectorFirm: HearingContext = { ...firm, sector: 'transport' };
const yuan = (y: number): Penalty => [{ kind: 'fine', amountFen: y * 100 }];

describe('较大数额 tables (JIANGSU.md §1): a hearing when any applicable threshold is met', () => {
  it.each<[string, HearingContext, Penalty, boolean]>([
    ['citizen, non-business, ¥499', lawyer, yuan(499), false],
    ['citizen, non-business, ¥500 (Jiangsu)', lawyer, yuan(500), true],
    ['citizen, business, ¥2,999', lawyerInBusiness, yuan(2999), false],
    ['citizen, business, ¥3,000 (司法部令53号 is lower than Jiangsu ¥20,000)', lawyerInBusiness, yuan(3000), true],
    ['organisation, business, ¥19,999', firm, yuan(19_999), false],
    ['organisation, business, ¥20,000', firm, yuan(20_000), true],
    ['organisation of another sector, non-business, ¥1,000', { ...otherSectorFirm, conduct: 'nonBusiness' }, yuan(1000), true],
    ['confiscation of ¥500 illegal income, fine table reused', lawyer, [{ kind: 'confiscateIllegalIncome', amountFen: 50_000 }], true],
    ['warning', lawyer, [{ kind: 'warning' }], false],
  ])('%s', (_name, context, penalty, required) => {
    expect(hearingRight(penalty, context, JS).required).toBe(required);
  });

  it('the national default (司法部令53号) alone: citizen ¥3,000, organisation ¥20,000', () => {
    const N = NATIONAL_PENALTY_RULES.hearing;
    expect(hearingRight(yuan(2999), lawyer, N).required).toBe(false);
    expect(hearingRight(yuan(3000), lawyer, N).required).toBe(true);
    expect(hearingRight(yuan(100_000), otherSectorFirm, N).required).toBe(false); // the sector table does not apply
  });

  it('says which table made the amount 较大数额', () => {
    const r = hearingRight(yuan(600), lawyer, JS);
    expect(r.triggers[0]).toMatchObject({ tableId: 'jiangsu.general', basis: { article: '第六十三条' } });
    expect(r.triggers[0]?.reason).toContain('500元以上');
  });

  it('gives the lowest applicable figure first', () => {
    expect(lowestHearingThresholdFen(lawyer, JS)).toBe(50_000);
    expect(lowestHearingThresholdFen(lawyerInBusiness, JS)).toBe(300_000);
    expect(lowestHearingThresholdFen(firm, JS)).toBe(2_000_000);
    expect(applicableThresholds([MOJ_JUSTICE_HEARING_TABLE], otherSectorFirm)).toEqual([]);
  });

  it('is monotone: a fine at or above the lowest applicable threshold always gives the right, below never', () => {
    const contexts = [lawyer, lawyerInBusiness, firm, { ...firm, conduct: 'nonBusiness' as const }];
    fc.assert(
      fc.property(fc.constantFrom(...contexts), fc.integer({ min: 1, max: 10_000_000 }), (context, fen) => {
        const lowest = lowestHearingThresholdFen(context, JS)!;
        expect(hearingRight([{ kind: 'fine', amountFen: fen }], context, JS).required).toBe(fen >= lowest);
      }),
    );
  });

  it('validates configured tables', () => {
    expect(hearingTableProblems(JIANGSU_GENERAL_HEARING_TABLE)).toEqual([]);
    expect(hearingTableProblems({ ...MOJ_JUSTICE_HEARING_TABLE, rows: [{ party: 'any', conduct: 'any', minFen: 0 }] })).toHaveLength(1);
  });
});

describe('hearing right by kind (行政处罚法 第六十三条)', () => {
  it.each<[string, Penalty, boolean]>([
    ['停止执业 (限制从业), any length', [{ kind: 'restrictPractice', months: 1 }], true],
    ['停业整顿 (责令停产停业)', [{ kind: 'suspendBusiness', months: 1 }], true],
    ['吊销执业证书', [{ kind: 'revokeLicence' }], true],
    ['降低资质等级', [{ kind: 'lowerQualification' }], true],
    ['责令关闭', [{ kind: 'closeDown' }], true],
    ['暂扣许可证件 (其他较重, configured)', [{ kind: 'suspendLicence', months: 1 }], true],
    ['通报批评', [{ kind: 'circulatedCriticism' }], false],
  ])('%s', (_name, penalty, required) => {
    expect(hearingRight(penalty, lawyer, JS).required).toBe(required);
  });

  it('drops 暂扣许可证件 when the configuration does not read it as 其他较重', () => {
    const rules = { ...JS, otherHeavierKinds: [] };
    expect(hearingRight([{ kind: 'suspendLicence', months: 1 }], lawyer, rules).required).toBe(false);
  });

  it('uses separate confiscation tables when configured', () => {
    const rules = {
      ...JS,
      confiscationTables: [{ ...MOJ_JUSTICE_HEARING_TABLE, rows: [{ party: 'any' as const, conduct: 'any' as const, minFen: 1_000_000 }] }],
    };
    expect(hearingRight([{ kind: 'confiscateIllegalIncome', amountFen: 999_999 }], lawyer, rules).required).toBe(false);
    expect(hearingRight([{ kind: 'confiscateIllegalIncome', amountFen: 1_000_000 }], lawyer, rules).required).toBe(true);
  });
});
