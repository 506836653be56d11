/**
 * Test fixtures, part 2: 律师法 benchmarks — 北京 48(4), 重庆 试行 50(8), 凤凰县 55 (JUSTICE-POWERS.md §4) and a
 * synthetic one with a 首违不罚 entry. Completions of the real tables are marked "测试补全" in the tier note.
 */
import type { DiscretionBenchmark, StatutoryRange } from './benchmark.ts';
import { BEIJING_POLICY, CHONGQING_TRIAL_POLICY, FENGHUANG_POLICY, section4, yuan } from './fixture-policies.ts';
import { JIANGSU_DISCRETION_POLICY } from './policy.ts';

const LAWYER_48: StatutoryRange = {
  basis: [
    {
      law: '律师法',
      article: '第四十八条第（四）项',
      note: '警告，可以处一万元以下的罚款；有违法所得的，没收违法所得；情节严重的，停止执业三个月以上六个月以下',
    },
  ],
  fine: { minFen: 0, maxFen: yuan(10_000), mandatory: false },
  fineMultiple: null,
  suspension: { kind: 'restrictPractice', minMonths: 3, maxMonths: 6, mandatory: false },
  sanctions: ['warning', 'confiscateIllegalIncome'],
  mandatorySanctions: [],
  otherMeasures: [],
};

/** 北京, 律师法48(4) 泄露秘密: three steps. */
export const BEIJING_48_4: DiscretionBenchmark = {
  powerCode: 'CF-LS-006',
  powerName: '对律师泄露商业秘密、个人隐私的行政处罚',
  source: section4('北京市律师违法行为行政处罚裁量基准（约2015年）', '律师法第四十八条第（四）项'),
  statutory: LAWYER_48,
  policy: BEIJING_POLICY,
  tiers: [
    {
      level: 'A1',
      clause: '第一档',
      conditionText: '情节较轻、危害后果轻微',
      when: { fact: 'harm', max: 'minor' },
      fine: { minFen: 0, maxFen: yuan(5000) },
      sanctions: ['warning', 'confiscateIllegalIncome'],
      description: '警告，可以并处五千元以下罚款，没收违法所得',
      note: '适用条件测试补全',
    },
    {
      level: 'A2',
      clause: '第二档',
      fine: { minFen: yuan(5000), maxFen: yuan(10_000) },
      sanctions: ['warning', 'confiscateIllegalIncome'],
      description: '警告，并处五千元以上一万元以下罚款，没收违法所得',
    },
    {
      level: 'A3',
      clause: '第三档',
      conditionText: '情节严重',
      when: { fact: 'harm', min: 'serious' },
      suspension: { kind: 'restrictPractice', minMonths: 3, maxMonths: 6 },
      sanctions: ['confiscateIllegalIncome'],
      description: '停止执业三个月以上六个月以下，没收违法所得',
      note: '适用条件测试补全',
    },
  ],
  firstViolationEntries: [],
};

/** 重庆 试行, 律师法50(8) 律所疏于管理造成严重后果. */
export const CHONGQING_50_8: DiscretionBenchmark = {
  powerCode: 'CF-LS-016',
  powerName: '对律师事务所对本所律师疏于管理造成严重后果的行政处罚',
  source: section4('重庆市司法行政机关行政处罚裁量规定（试行）', '律师法第五十条第一款第（八）项'),
  statutory: {
    basis: [
      {
        law: '律师法',
        article: '第五十条第一款第（八）项',
        note: '视其情节给予警告、停业整顿一个月以上六个月以下，可以处十万元以下的罚款；有违法所得的，没收违法所得',
      },
    ],
    fine: { minFen: 0, maxFen: yuan(100_000), mandatory: false },
    fineMultiple: null,
    suspension: { kind: 'suspendBusiness', minMonths: 1, maxMonths: 6, mandatory: false },
    sanctions: ['warning', 'confiscateIllegalIncome', 'revokeLicence'],
    mandatorySanctions: [],
    otherMeasures: [],
  },
  policy: CHONGQING_TRIAL_POLICY,
  tiers: [
    {
      level: 'light',
      clause: '第一档',
      conditionText: '积极配合调查并及时改正',
      when: { all: [{ circumstance: 'cooperated' }, { fact: 'correction', max: 'prompt' }] },
      fine: { minFen: yuan(10_000), maxFen: yuan(20_000) },
      sanctions: ['warning'],
      description: '警告，并处一万元以上二万元以下罚款（对负责人给予警告）',
    },
    {
      level: 'ordinary',
      clause: '第二档',
      conditionText: '不配合调查',
      suspension: { kind: 'suspendBusiness', minMonths: 1, maxMonths: 3 },
      fine: { minFen: yuan(20_000), maxFen: yuan(50_000) },
      sanctions: [],
      description: '停业整顿一个月以上三个月以下，并处二万元以上五万元以下罚款（对负责人处五千元以上一万元以下罚款）',
    },
    {
      level: 'heavy',
      clause: '第三档',
      conditionText: '拒不改正',
      when: { fact: 'correction', min: 'refused' },
      suspension: { kind: 'suspendBusiness', minMonths: 3, maxMonths: 6 },
      fine: { minFen: yuan(50_000), maxFen: yuan(100_000) },
      sanctions: [],
      description: '停业整顿三个月以上六个月以下，并处五万元以上十万元以下罚款',
    },
  ],
  firstViolationEntries: [],
};

/** 凤凰县, 律师法55 无证以律师名义执业: multiples of the illegal income. */
export const FENGHUANG_55: DiscretionBenchmark = {
  powerCode: 'CF-LS-011',
  powerName: '对没有取得律师执业证书的人员以律师名义从事法律服务业务的行政处罚',
  source: section4('凤凰县司法局行政处罚自由裁量权细化标准（2017）', '律师法第五十五条'),
  statutory: {
    basis: [{ law: '律师法', article: '第五十五条', note: '责令停止非法执业，没收违法所得，处违法所得一倍以上五倍以下的罚款' }],
    fine: null,
    fineMultiple: { minPercent: 100, maxPercent: 500, mandatory: true, capFen: null },
    suspension: null,
    sanctions: ['confiscateIllegalIncome'],
    mandatorySanctions: ['confiscateIllegalIncome'],
    otherMeasures: ['责令停止非法执业'],
  },
  policy: FENGHUANG_POLICY,
  tiers: [
    {
      level: 'general',
      clause: '一般情形',
      conditionText: '初次违法且违法所得不满三千元',
      when: {
        all: [
          { fact: 'priorViolations', max: 0 },
          { fact: 'illegalIncomeFen', under: yuan(3000) },
        ],
      },
      default: true,
      fineMultiple: { minPercent: 100, maxPercent: 300 },
      sanctions: ['confiscateIllegalIncome'],
      description: '没收违法所得，处违法所得一倍以上三倍以下罚款',
    },
    {
      level: 'serious',
      clause: '较重情形',
      conditionText: '第二次违法或者违法所得三千元以上不满一万元',
      when: {
        any: [
          { fact: 'priorViolations', min: 1 },
          { fact: 'illegalIncomeFen', min: yuan(3000) },
        ],
      },
      fineMultiple: { minPercent: 300, maxPercent: 400 },
      sanctions: ['confiscateIllegalIncome'],
      description: '没收违法所得，处违法所得三倍以上四倍以下罚款',
    },
    {
      level: 'grave',
      clause: '严重情形',
      conditionText: '违法三次以上、受处罚后再犯或者违法所得一万元以上',
      when: {
        any: [{ fact: 'priorViolations', min: 2 }, { circumstance: 'repeatAfterPenalty' }, { fact: 'illegalIncomeFen', min: yuan(10_000) }],
      },
      fineMultiple: { minPercent: 400, maxPercent: 500 },
      sanctions: ['confiscateIllegalIncome'],
      description: '没收违法所得，处违法所得四倍以上五倍以下罚款',
    },
  ],
  firstViolationEntries: [],
};

/** Synthetic, with a 首违不罚 entry: 律师法50(2) 律所未依法办理重大事项变更. */
export const SYNTHETIC_FIRM_CHANGE_50_2: DiscretionBenchmark = {
  powerCode: 'CF-LS-013',
  powerName: '对律师事务所违反法定程序变更重大事项的行政处罚',
  source: { law: '（合成示例）律师事务所违法行为裁量基准', article: '第二条', note: '测试用，非现行基准' },
  statutory: {
    ...CHONGQING_50_8.statutory,
    basis: [
      { law: '律师法', article: '第五十条第一款第（二）项', note: '违反规定办理名称、负责人、章程、合伙协议、住所、合伙人等重大事项变更' },
    ],
  },
  policy: JIANGSU_DISCRETION_POLICY,
  tiers: [
    {
      level: 'lighter',
      clause: '第一档',
      conditionText: '危害后果轻微',
      when: { fact: 'harm', max: 'minor' },
      fine: { minFen: 0, maxFen: yuan(20_000) },
      sanctions: ['warning'],
      description: '警告，可以并处二万元以下罚款',
    },
    {
      level: 'ordinary',
      clause: '第二档',
      fine: { minFen: yuan(20_000), maxFen: yuan(50_000) },
      sanctions: ['warning'],
      description: '警告，并处二万元以上五万元以下罚款',
    },
    {
      level: 'heavier',
      clause: '第三档',
      conditionText: '造成严重危害后果或者拒不改正',
      when: {
        any: [
          { fact: 'harm', min: 'serious' },
          { fact: 'correction', min: 'refused' },
        ],
      },
      suspension: { kind: 'suspendBusiness', minMonths: 1, maxMonths: 3 },
      fine: { minFen: yuan(50_000), maxFen: yuan(100_000) },
      sanctions: [],
      description: '停业整顿一个月以上三个月以下，并处五万元以上十万元以下罚款',
    },
  ],
  firstViolationEntries: [
    {
      description: '律师事务所变更重大事项未依法办理，违法行为持续不满三个月，在责令改正期限内改正',
      when: { fact: 'durationMonths', under: 3 },
      source: { law: '（示例）江苏省司法行政领域轻微违法行为不予处罚清单', article: '第1项', note: '演示数据，非现行清单 [U]' },
    },
  ],
};
