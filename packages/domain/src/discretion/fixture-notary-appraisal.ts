/**
 * Test fixtures, part 3: 公证 and 司法鉴定 benchmarks — 重庆 试行 公证法41 (four bands), 衢州 浙江条例45
 * (JUSTICE-POWERS.md §4) and a synthetic five-tier 公证法42 benchmark with a 减轻 tier.
 */
import type { DiscretionBenchmark } from './benchmark.ts';
import { CHONGQING_BANDS_POLICY, section4, yuan } from './fixture-policies.ts';
import { FIVE_TIER_SCHEME, JIANGSU_DISCRETION_POLICY, withTierScheme } from './policy.ts';

/** 重庆 试行, 公证法41 公证员两处执业: four bands by duration or illegal income. */
export const CHONGQING_NOTARY_41: DiscretionBenchmark = {
  powerCode: 'CF-GZ-002',
  powerName: '对公证员同时在两个以上公证机构执业的行政处罚',
  source: section4('重庆市司法行政机关行政处罚裁量规定（试行）', '公证法第四十一条'),
  statutory: {
    basis: [
      {
        law: '公证法',
        article: '第四十一条',
        note: '警告；情节严重的，对公证员处一千元以上五千元以下罚款，并可以给予三个月以上六个月以下停止执业；有违法所得的，没收违法所得',
      },
    ],
    fine: { minFen: yuan(1000), maxFen: yuan(5000), mandatory: false },
    fineMultiple: null,
    suspension: { kind: 'restrictPractice', minMonths: 3, maxMonths: 6, mandatory: false },
    sanctions: ['warning', 'confiscateIllegalIncome'],
    mandatorySanctions: [],
    otherMeasures: [],
  },
  policy: CHONGQING_BANDS_POLICY,
  tiers: [
    {
      level: 'B1',
      clause: '第一档',
      conditionText: '两处执业三个月以下且违法所得三千元以下',
      when: {
        all: [
          { fact: 'durationMonths', max: 3 },
          { fact: 'illegalIncomeFen', max: yuan(3000) },
        ],
      },
      sanctions: ['warning'],
      description: '警告',
      note: '原表“或”按从重理解为两项均满足',
    },
    {
      level: 'B2',
      clause: '第二档',
      conditionText: '三至六个月或者违法所得三千元至五千元',
      fine: { minFen: yuan(1000), maxFen: yuan(3000) },
      suspension: { kind: 'restrictPractice', minMonths: 3, maxMonths: 3 },
      sanctions: [],
      description: '罚款一千元以上三千元以下，停止执业三个月',
    },
    {
      level: 'B3',
      clause: '第三档',
      conditionText: '六个月以上十二个月以下',
      when: { fact: 'durationMonths', over: 6 },
      fine: { minFen: yuan(3000), maxFen: yuan(5000) },
      suspension: { kind: 'restrictPractice', minMonths: 4, maxMonths: 4 },
      sanctions: [],
      description: '罚款三千元以上五千元以下，停止执业四个月',
    },
    {
      level: 'B4',
      clause: '第四档',
      conditionText: '超过十二个月',
      when: { fact: 'durationMonths', over: 12 },
      fine: { minFen: yuan(5000), maxFen: yuan(5000) },
      suspension: { kind: 'restrictPractice', minMonths: 5, maxMonths: 6 },
      sanctions: [],
      description: '罚款五千元，停止执业五个月以上六个月以下',
      note: '“更长期限”测试补全为五至六个月',
    },
  ],
  firstViolationEntries: [],
};

/** 衢州 2025, 浙江省司法鉴定管理条例45: only the 从轻 band is real; 一般/从重 are 测试补全. */
export const QUZHOU_ZJ_45: DiscretionBenchmark = {
  powerCode: 'CF-JD-004',
  powerName: '对司法鉴定机构违反程序、组织无证人员鉴定等行为的行政处罚（浙江）',
  source: section4('衢州市司法局行政处罚裁量基准（2025）', '浙江省司法鉴定管理条例第四十五条'),
  statutory: {
    basis: [
      {
        law: '浙江省司法鉴定管理条例',
        article: '第四十五条',
        note: '警告、责令改正，没收违法所得，并处违法所得一倍以上三倍以下罚款；情节严重的，由省司法行政部门停止从事司法鉴定业务三个月以上一年以下',
      },
    ],
    fine: null,
    fineMultiple: { minPercent: 100, maxPercent: 300, mandatory: true, capFen: null },
    suspension: { kind: 'suspendAppraisal', minMonths: 3, maxMonths: 12, mandatory: false },
    sanctions: ['warning', 'confiscateIllegalIncome'],
    mandatorySanctions: ['warning', 'confiscateIllegalIncome'],
    otherMeasures: ['责令改正'],
  },
  policy: JIANGSU_DISCRETION_POLICY,
  tiers: [
    {
      level: 'lighter',
      clause: '第一档',
      conditionText: '初次违法且危害后果轻微',
      when: {
        all: [
          { fact: 'priorViolations', max: 0 },
          { fact: 'harm', max: 'minor' },
        ],
      },
      fineMultiple: { minPercent: 100, maxPercent: 100 },
      sanctions: ['warning', 'confiscateIllegalIncome'],
      description: '警告，没收违法所得，并处违法所得一倍罚款',
    },
    {
      level: 'ordinary',
      clause: '第二档',
      fineMultiple: { minPercent: 100, maxPercent: 200 },
      sanctions: ['warning', 'confiscateIllegalIncome'],
      description: '警告，没收违法所得，并处违法所得一倍以上二倍以下罚款',
      note: '测试补全',
    },
    {
      level: 'heavier',
      clause: '第三档',
      when: {
        any: [
          { fact: 'harm', min: 'serious' },
          { fact: 'priorViolations', min: 1 },
        ],
      },
      fineMultiple: { minPercent: 200, maxPercent: 300 },
      sanctions: ['warning', 'confiscateIllegalIncome'],
      description: '警告，没收违法所得，并处违法所得二倍以上三倍以下罚款',
      note: '测试补全',
    },
  ],
  firstViolationEntries: [],
};

/** Synthetic, five tiers with 减轻: 公证法42 against a notary office (fine mandatory, 2万–10万). */
export const SYNTHETIC_NOTARY_OFFICE_42: DiscretionBenchmark = {
  powerCode: 'CF-GZ-003',
  powerName: '对公证机构为不真实、不合法的事项出具公证书的行政处罚',
  source: { law: '（合成示例）五档裁量基准', article: '第一条', note: '测试用，非现行基准' },
  statutory: {
    basis: [
      {
        law: '公证法',
        article: '第四十二条',
        note: '对公证机构给予警告，并处二万元以上十万元以下罚款，并可以给予一个月以上三个月以下停业整顿；有违法所得的，没收违法所得',
      },
    ],
    fine: { minFen: yuan(20_000), maxFen: yuan(100_000), mandatory: true },
    fineMultiple: null,
    suspension: { kind: 'suspendBusiness', minMonths: 1, maxMonths: 3, mandatory: false },
    sanctions: ['warning', 'confiscateIllegalIncome'],
    mandatorySanctions: ['warning'],
    otherMeasures: [],
  },
  policy: withTierScheme(JIANGSU_DISCRETION_POLICY, FIVE_TIER_SCHEME),
  tiers: [
    {
      level: 'mitigated',
      clause: '第（一）项',
      fine: { minFen: yuan(5000), maxFen: yuan(20_000) },
      sanctions: ['warning'],
      description: '警告，并处五千元以上二万元以下罚款（减轻）',
    },
    {
      level: 'lighter',
      clause: '第（二）项',
      conditionText: '危害后果轻微并及时改正',
      when: {
        all: [
          { fact: 'harm', max: 'minor' },
          { fact: 'correction', max: 'prompt' },
        ],
      },
      fine: { minFen: yuan(20_000), maxFen: yuan(40_000) },
      sanctions: ['warning'],
      description: '警告，并处二万元以上四万元以下罚款',
    },
    {
      level: 'ordinary',
      clause: '第（三）项',
      fine: { minFen: yuan(40_000), maxFen: yuan(70_000) },
      sanctions: ['warning'],
      description: '警告，并处四万元以上七万元以下罚款',
    },
    {
      level: 'heavier',
      clause: '第（四）项',
      conditionText: '造成严重危害后果',
      when: { fact: 'harm', min: 'serious' },
      fine: { minFen: yuan(70_000), maxFen: yuan(100_000) },
      suspension: { kind: 'suspendBusiness', minMonths: 1, maxMonths: 3 },
      sanctions: ['warning'],
      description: '警告，并处七万元以上十万元以下罚款，停业整顿一个月以上三个月以下',
    },
  ],
  firstViolationEntries: [],
};
