/**
 * The facts of a case the discretion rules look at, and the small condition language benchmarks and grounds are
 * written in (so province tables stay data). Ordered facts are listed from the mildest to the most serious.
 */
import { formatFen, isNonNegativeInteger } from './sanctions.ts';

/** 危害后果: none 没有造成, minor 轻微, ordinary 一般, serious 严重. */
export const HARM_LEVELS = ['none', 'minor', 'ordinary', 'serious'] as const;
export type HarmLevel = (typeof HARM_LEVELS)[number];
export const HARM_LEVEL_LABELS: Record<HarmLevel, string> = {
  none: '未造成危害后果',
  minor: '危害后果轻微',
  ordinary: '造成一般危害后果',
  serious: '造成严重危害后果',
};

/** 改正: prompt 及时改正, late 逾期改正, none 未改正, refused 拒不改正. */
export const CORRECTION_STATES = ['prompt', 'late', 'none', 'refused'] as const;
export type CorrectionState = (typeof CORRECTION_STATES)[number];
export const CORRECTION_LABELS: Record<CorrectionState, string> = {
  prompt: '及时改正',
  late: '逾期改正',
  none: '未改正',
  refused: '拒不改正',
};

/**
 * Mental state at the time of the act (行政处罚法 第三十一条): sound; lucidInterval 间歇性精神病人在精神正常时;
 * limited 尚未完全丧失辨认或者控制自己行为能力; incapable 不能辨认或者不能控制自己行为.
 */
export const MENTAL_STATES = ['sound', 'lucidInterval', 'limited', 'incapable'] as const;
export type MentalState = (typeof MENTAL_STATES)[number];
export const MENTAL_STATE_LABELS: Record<MentalState, string> = {
  sound: '精神状态正常',
  lucidInterval: '系间歇性精神病人，违法时精神正常',
  limited: '系尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人',
  incapable: '系违法时不能辨认或者不能控制自己行为的精神病人、智力残疾人',
};

export type DiscretionParty =
  | { kind: 'naturalPerson'; /** 周岁 at the time of the act (ageInFullYears). */ ageYears: number; mentalState: MentalState }
  | { kind: 'organization' };

export interface DiscretionFacts {
  party: DiscretionParty;
  /** 违法行为轻微 — the officer's finding. */
  minorViolation: boolean;
  harm: HarmLevel;
  correction: CorrectionState;
  /**
   * Earlier violations of the same kind within the policy's look-back window; 0 = 初次违法.
   * The server counts them (the window is DiscretionPolicy.priorViolationLookBackYears).
   */
  priorViolations: number;
  illegalIncomeFen: number;
  /** How long the violation lasted, whole months (0 if instantaneous). */
  durationMonths: number;
  /** 当事人有证据足以证明没有主观过错 (第三十三条第二款). */
  noFaultProven: boolean;
  /** Checked circumstances, by id (CIRCUMSTANCE_LABELS and the policy's own). */
  circumstances: readonly string[];
}

/** Circumstances the statutory and default lists use; a policy may add its own ids with labels. */
export const CIRCUMSTANCE_LABELS: Readonly<Record<string, string>> = {
  eliminatedHarm: '主动消除或者减轻违法行为危害后果',
  coerced: '受他人胁迫或者诱骗实施违法行为',
  confessedUnknown: '主动供述行政机关尚未掌握的违法行为',
  meritorious: '配合行政机关查处违法行为有立功表现',
  cooperated: '积极配合调查，如实陈述违法事实并主动提供证据材料',
  secondaryRole: '在共同违法行为中起次要或者辅助作用',
  stoppedVoluntarily: '主动中止违法行为',
  obstructed: '拒绝、阻碍执法人员依法调查或者以暴力、威胁方法抗拒执法',
  evidenceTampered: '伪造、隐匿、毁灭证据',
  retaliated: '对举报人、证人打击报复',
  emergencyMeasuresViolated: '在突发事件期间违反突发事件应对措施',
  repeatAfterPenalty: '受到行政处罚后再次实施同类违法行为',
};

export type NumericFact = 'illegalIncomeFen' | 'priorViolations' | 'durationMonths' | 'ageYears';

/**
 * Conditions as data. Numeric bounds: min 以上 (≥), max 以下 (≤), over 超过 (>), under 不满 (<).
 * An age condition never holds for an organization.
 */
export type DiscretionCondition =
  | { readonly all: readonly DiscretionCondition[] }
  | { readonly any: readonly DiscretionCondition[] }
  | { readonly fact: NumericFact; readonly min?: number; readonly max?: number; readonly over?: number; readonly under?: number }
  | { readonly fact: 'harm'; readonly min?: HarmLevel; readonly max?: HarmLevel }
  | { readonly fact: 'correction'; readonly min?: CorrectionState; readonly max?: CorrectionState }
  | { readonly fact: 'minorViolation' | 'noFaultProven'; readonly is: boolean }
  | { readonly fact: 'party'; readonly is: 'naturalPerson' | 'organization' }
  | { readonly fact: 'mentalState'; readonly is: MentalState }
  | { readonly circumstance: string };

function numericValue(facts: DiscretionFacts, fact: NumericFact): number | null {
  if (fact === 'ageYears') return facts.party.kind === 'naturalPerson' ? facts.party.ageYears : null;
  return facts[fact];
}

function inOrderedRange<T extends string>(order: readonly T[], value: T, min?: T, max?: T): boolean {
  const i = order.indexOf(value);
  return (min === undefined || i >= order.indexOf(min)) && (max === undefined || i <= order.indexOf(max));
}

export function conditionHolds(c: DiscretionCondition, facts: DiscretionFacts): boolean {
  if ('all' in c) return c.all.every((x) => conditionHolds(x, facts));
  if ('any' in c) return c.any.some((x) => conditionHolds(x, facts));
  if ('circumstance' in c) return facts.circumstances.includes(c.circumstance);
  switch (c.fact) {
    case 'harm':
      return inOrderedRange(HARM_LEVELS, facts.harm, c.min, c.max);
    case 'correction':
      return inOrderedRange(CORRECTION_STATES, facts.correction, c.min, c.max);
    case 'minorViolation':
    case 'noFaultProven':
      return facts[c.fact] === c.is;
    case 'party':
      return facts.party.kind === c.is;
    case 'mentalState':
      return facts.party.kind === 'naturalPerson' && facts.party.mentalState === c.is;
    case 'illegalIncomeFen':
    case 'priorViolations':
    case 'durationMonths':
    case 'ageYears': {
      const v = numericValue(facts, c.fact);
      if (v === null) return false;
      return (
        (c.min === undefined || v >= c.min) &&
        (c.max === undefined || v <= c.max) &&
        (c.over === undefined || v > c.over) &&
        (c.under === undefined || v < c.under)
      );
    }
  }
}

const NUMERIC_WORDING: Record<NumericFact, { subject: string; unit: (n: number) => string }> = {
  illegalIncomeFen: { subject: '违法所得', unit: formatFen },
  priorViolations: { subject: '此前同类违法行为', unit: (n) => `${n}次` },
  durationMonths: { subject: '违法行为持续', unit: (n) => `${n}个月` },
  ageYears: { subject: '当事人违法时', unit: (n) => `${n}周岁` },
};

function orderedWording<T extends string>(order: readonly T[], labels: Record<T, string>, min?: T, max?: T): string {
  const lo = min === undefined ? 0 : order.indexOf(min);
  const hi = max === undefined ? order.length - 1 : order.indexOf(max);
  return order
    .slice(lo, hi + 1)
    .map((x) => labels[x])
    .join('或者');
}

/** The condition in plain Chinese, for the explanation and for the portal's benchmark table. */
export function describeCondition(c: DiscretionCondition, labels: Readonly<Record<string, string>> = CIRCUMSTANCE_LABELS): string {
  if ('all' in c) return c.all.map((x) => nested(x, labels)).join('，且');
  if ('any' in c) return c.any.map((x) => nested(x, labels)).join('，或者');
  if ('circumstance' in c) return labels[c.circumstance] ?? CIRCUMSTANCE_LABELS[c.circumstance] ?? c.circumstance;
  switch (c.fact) {
    case 'harm':
      return orderedWording(HARM_LEVELS, HARM_LEVEL_LABELS, c.min, c.max);
    case 'correction':
      return orderedWording(CORRECTION_STATES, CORRECTION_LABELS, c.min, c.max);
    case 'minorViolation':
      return c.is ? '违法行为轻微' : '违法行为不属轻微';
    case 'noFaultProven':
      return c.is ? '有证据足以证明没有主观过错' : '不能证明没有主观过错';
    case 'party':
      return c.is === 'naturalPerson' ? '当事人为自然人' : '当事人为法人或者其他组织';
    case 'mentalState':
      return `当事人${MENTAL_STATE_LABELS[c.is]}`;
    case 'illegalIncomeFen':
    case 'priorViolations':
    case 'durationMonths':
    case 'ageYears': {
      const w = NUMERIC_WORDING[c.fact];
      const parts: string[] = [];
      if (c.min !== undefined) parts.push(`${w.unit(c.min)}以上`);
      if (c.over !== undefined) parts.push(`超过${w.unit(c.over)}`);
      if (c.max !== undefined) parts.push(`${w.unit(c.max)}以下`);
      if (c.under !== undefined) parts.push(`不满${w.unit(c.under)}`);
      if (c.fact === 'priorViolations' && c.max === 0) return '初次违法';
      return `${w.subject}${parts.join('、')}`;
    }
  }
}

function nested(c: DiscretionCondition, labels: Readonly<Record<string, string>>): string {
  const text = describeCondition(c, labels);
  return 'all' in c || 'any' in c ? `（${text}）` : text;
}

/** Problems with the facts themselves; the calculator refuses facts that have any. */
export function discretionFactsProblems(f: DiscretionFacts): string[] {
  const out: string[] = [];
  if (!isNonNegativeInteger(f.illegalIncomeFen)) out.push('违法所得应为非负整数（分）');
  if (!isNonNegativeInteger(f.priorViolations)) out.push('此前违法次数应为非负整数');
  if (!isNonNegativeInteger(f.durationMonths)) out.push('违法持续月数应为非负整数');
  if (f.party.kind === 'naturalPerson' && (!isNonNegativeInteger(f.party.ageYears) || f.party.ageYears > 150))
    out.push('当事人年龄应为0至150的整数（周岁）');
  return out;
}
