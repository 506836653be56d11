/**
 * Province configuration of the discretion rules, with the default for a Jiangsu deployment.
 * No 江苏省司法厅 benchmark was found (JUSTICE-POWERS.md §7 item 5, [U]); the default therefore uses the national
 * guidance (国办发〔2022〕27号 [S]) for the tier set and comparator provinces (厦门, 江西, 重庆 [S]) for the
 * 从轻 / 从重 lists. Every list entry carries its tag so the 法制 section can confirm or replace it.
 */
import type { DiscretionGround, DiscretionPolicy, TierScheme } from './benchmark.ts';
import * as src from './sources.ts';

/** The GLOSSARY tier set: 不予处罚 / 减轻 / 从轻 / 一般 / 从重; 从轻、一般、从重 required by 国办发〔2022〕27号 [S]. */
export const FIVE_TIER_SCHEME: TierScheme = {
  id: 'five-tier',
  name: '五档（不予处罚、减轻、从轻、一般、从重）',
  levels: [
    { code: 'exempt', label: '不予处罚', kind: 'exempt', required: false },
    { code: 'mitigated', label: '减轻处罚', kind: 'mitigated', required: false },
    { code: 'lighter', label: '从轻处罚', kind: 'lighter', required: true },
    { code: 'ordinary', label: '一般处罚', kind: 'ordinary', required: true },
    { code: 'heavier', label: '从重处罚', kind: 'heavier', required: true },
  ],
  source: src.BENCHMARK_GUIDELINE,
};

const local = (g: Omit<DiscretionGround, 'basis'> & { basis?: DiscretionGround['basis'] }): DiscretionGround => ({
  basis: {
    law: '江苏省司法行政机关行政处罚裁量基准（未找到，待省厅文本）',
    article: '（待核）',
    note: '参照厦门、江西、重庆同类规定拟定 [U]',
  },
  ...g,
});

/** 可以从轻 (province). Not statutory: each falls away when the province text says otherwise. */
export const DEFAULT_MITIGATING_GROUNDS: readonly DiscretionGround[] = [
  local({
    id: 'firstViolation',
    label: '系初次违法且危害后果轻微',
    effect: 'mayMitigate',
    lighterOnly: true,
    when: {
      all: [
        { fact: 'priorViolations', max: 0 },
        { fact: 'harm', max: 'minor' },
      ],
    },
    tag: 'S',
  }),
  local({
    id: 'cooperated',
    label: '积极配合调查，如实陈述违法事实并主动提供证据材料',
    effect: 'mayMitigate',
    lighterOnly: true,
    when: { circumstance: 'cooperated' },
    tag: 'S',
  }),
  local({
    id: 'secondaryRole',
    label: '在共同违法行为中起次要或者辅助作用',
    effect: 'mayMitigate',
    lighterOnly: true,
    when: { circumstance: 'secondaryRole' },
    tag: 'S',
  }),
  local({
    id: 'stoppedVoluntarily',
    label: '主动中止违法行为',
    effect: 'mayMitigate',
    lighterOnly: true,
    when: { circumstance: 'stoppedVoluntarily' },
    tag: 'S',
  }),
];

/** 从重 (province). 江西 2024 and 厦门 lists name repetition, obstruction, evidence tampering and serious harm [S]. */
export const DEFAULT_AGGRAVATING_GROUNDS: readonly DiscretionGround[] = [
  local({
    id: 'repeat',
    label: '曾有同类违法行为又实施同类违法行为',
    effect: 'aggravate',
    when: { fact: 'priorViolations', min: 1 },
    tag: 'S',
  }),
  local({ id: 'seriousHarm', label: '造成严重危害后果', effect: 'aggravate', when: { fact: 'harm', min: 'serious' }, tag: 'S' }),
  local({
    id: 'refusedCorrection',
    label: '经责令改正拒不改正',
    effect: 'aggravate',
    when: { fact: 'correction', min: 'refused' },
    tag: 'S',
  }),
  local({
    id: 'obstructed',
    label: '拒绝、阻碍执法人员依法调查或者以暴力、威胁方法抗拒执法',
    effect: 'aggravate',
    when: { circumstance: 'obstructed' },
    tag: 'S',
  }),
  local({
    id: 'evidenceTampered',
    label: '伪造、隐匿、毁灭证据',
    effect: 'aggravate',
    when: { circumstance: 'evidenceTampered' },
    tag: 'S',
  }),
  local({ id: 'retaliated', label: '对举报人、证人打击报复', effect: 'aggravate', when: { circumstance: 'retaliated' }, tag: 'S' }),
];

export const JIANGSU_DISCRETION_POLICY: DiscretionPolicy = {
  id: 'js-default',
  province: '江苏',
  scheme: FIVE_TIER_SCHEME,
  mitigatingGrounds: DEFAULT_MITIGATING_GROUNDS,
  aggravatingGrounds: DEFAULT_AGGRAVATING_GROUNDS,
  // Design choice [design]: two or more "应当从轻或者减轻" grounds select the 减轻 tier when the benchmark has one.
  reductionThreshold: 2,
  // 首违不罚 lists commonly look back over the previous years; the number is not set nationally [U].
  priorViolationLookBackYears: 2,
  deviation: {
    requiresWrittenReason: true,
    requiresLegalReview: true,
    requiresCollectiveDiscussion: false,
    basis: [src.BENCHMARK_DEVIATION, src.LEGAL_REVIEW_CHECKLIST, src.LEGAL_REVIEW],
  },
  circumstanceLabels: {},
  source: {
    law: '江苏省行政处罚裁量基准（省司法厅文本未找到）',
    article: '（待核）',
    note: '档次按国办发〔2022〕27号 [S]，情形清单参照外省 [S/U]；上线前由法制科室确认',
  },
};

/** Same policy, another tier scheme (a province or sector that grades differently). */
export function withTierScheme(policy: DiscretionPolicy, scheme: TierScheme, id = `${policy.id}/${scheme.id}`): DiscretionPolicy {
  return { ...policy, id, scheme };
}
