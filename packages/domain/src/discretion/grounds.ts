/**
 * The statutory grounds of 行政处罚法 第三十条至第三十三条 (and 第四十九条), which hold in every province, and
 * their evaluation together with a policy's own lists and a power's 首违不罚 entries.
 */
import type { Citation } from '../citation.ts';
import type { DiscretionBenchmark, DiscretionGround, FirstViolationEntry } from './benchmark.ts';
import { CIRCUMSTANCE_LABELS, conditionHolds, type DiscretionCondition, type DiscretionFacts } from './facts.ts';
import * as src from './sources.ts';

const naturalPerson: DiscretionCondition = { fact: 'party', is: 'naturalPerson' };

/** 不予处罚, mandatory. */
export const STATUTORY_EXEMPTION_GROUNDS: readonly DiscretionGround[] = [
  {
    id: 'underFourteen',
    label: '违法行为发生时不满十四周岁',
    effect: 'exempt',
    when: { all: [naturalPerson, { fact: 'ageYears', under: 14 }] },
    basis: src.UNDER_FOURTEEN,
    measure: '责令监护人加以管教',
    tag: 'V',
  },
  {
    id: 'mentalIncapacity',
    label: '系精神病人、智力残疾人，违法时不能辨认或者不能控制自己行为',
    effect: 'exempt',
    when: { fact: 'mentalState', is: 'incapable' },
    basis: src.MENTAL_INCAPACITY,
    measure: '责令监护人严加看管和治疗',
    tag: 'V',
  },
  {
    id: 'minorCorrectedNoHarm',
    label: '违法行为轻微并及时改正，没有造成危害后果',
    effect: 'exempt',
    when: {
      all: [
        { fact: 'minorViolation', is: true },
        { fact: 'correction', max: 'prompt' },
        { fact: 'harm', max: 'none' },
      ],
    },
    basis: src.MINOR_CORRECTED_NO_HARM,
    tag: 'V',
  },
  {
    id: 'noFault',
    label: '有证据足以证明没有主观过错',
    effect: 'exempt',
    when: { fact: 'noFaultProven', is: true },
    basis: src.NO_FAULT,
    tag: 'V',
  },
];

/** 应当从轻或者减轻. */
export const STATUTORY_MANDATORY_MITIGATION: readonly DiscretionGround[] = [
  {
    id: 'minorAge',
    label: '违法行为发生时已满十四周岁不满十八周岁',
    effect: 'mustMitigate',
    when: { all: [naturalPerson, { fact: 'ageYears', min: 14, under: 18 }] },
    basis: src.MINOR_FOURTEEN_TO_EIGHTEEN,
    tag: 'V',
  },
  ...(
    [
      ['eliminatedHarm', src.ELIMINATED_HARM],
      ['coerced', src.COERCED],
      ['confessedUnknown', src.CONFESSED_UNKNOWN],
      ['meritorious', src.MERITORIOUS],
    ] as const
  ).map(([id, basis]): DiscretionGround => ({
    id,
    label: circumstanceLabel(id),
    effect: 'mustMitigate',
    when: { circumstance: id },
    basis,
    tag: 'V',
  })),
];

/** 可以从轻或者减轻. */
export const STATUTORY_DISCRETIONARY_MITIGATION: readonly DiscretionGround[] = [
  {
    id: 'limitedCapacity',
    label: '系尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人',
    effect: 'mayMitigate',
    when: { fact: 'mentalState', is: 'limited' },
    basis: src.LIMITED_CAPACITY,
    tag: 'V',
  },
];

/** 从重 set by the law itself. */
export const STATUTORY_AGGRAVATION: readonly DiscretionGround[] = [
  {
    id: 'emergencyMeasures',
    label: '在突发事件期间违反突发事件应对措施',
    effect: 'aggravate',
    when: { circumstance: 'emergencyMeasuresViolated' },
    basis: src.EMERGENCY_AGGRAVATION,
    effectText: '依法快速、从重处罚',
    tag: 'S',
  },
];

function circumstanceLabel(id: string): string {
  return CIRCUMSTANCE_LABELS[id] ?? id;
}

/** A note without effect on the tier, still worth a sentence in the decision (间歇性精神病人, 但书). */
export interface DiscretionNote {
  text: string;
  basis: Citation;
}

export interface FirstViolationMatch {
  entry: FirstViolationEntry;
  basis: readonly Citation[];
}

export interface AppliedGrounds {
  exempt: readonly DiscretionGround[];
  firstViolation: FirstViolationMatch | null;
  mustMitigate: readonly DiscretionGround[];
  mayMitigate: readonly DiscretionGround[];
  aggravate: readonly DiscretionGround[];
  notes: readonly DiscretionNote[];
}

/** The statutory three of 首违不罚: 初次违法, 危害后果轻微, 及时改正. */
export const FIRST_VIOLATION_CONDITION: DiscretionCondition = {
  all: [
    { fact: 'priorViolations', max: 0 },
    { fact: 'harm', max: 'minor' },
    { fact: 'correction', max: 'prompt' },
  ],
};

export function evaluateGrounds(b: DiscretionBenchmark, facts: DiscretionFacts): AppliedGrounds {
  const holds = (g: DiscretionGround): boolean => conditionHolds(g.when, facts);
  const notes: DiscretionNote[] = [];

  const exempt = STATUTORY_EXEMPTION_GROUNDS.filter(holds).filter((g) => {
    if (g.id !== 'noFault' || !b.noFaultExemptionExcludedBy) return true;
    notes.push({ text: '本事项法律、行政法规另有规定，不适用没有主观过错不予处罚的规定', basis: b.noFaultExemptionExcludedBy });
    return false;
  });
  if (facts.party.kind === 'naturalPerson' && facts.party.mentalState === 'lucidInterval')
    notes.push({ text: '当事人系间歇性精神病人，违法行为发生时精神正常，应当给予行政处罚', basis: src.LUCID_INTERVAL });

  const entry = conditionHolds(FIRST_VIOLATION_CONDITION, facts)
    ? (b.firstViolationEntries.find((e) => e.when === undefined || conditionHolds(e.when, facts)) ?? null)
    : null;
  const firstViolation = entry ? { entry, basis: [src.FIRST_VIOLATION, entry.source] } : null;

  const local = b.policy.mitigatingGrounds.filter(holds);
  return {
    exempt,
    firstViolation,
    mustMitigate: [...STATUTORY_MANDATORY_MITIGATION.filter(holds), ...local.filter((g) => g.effect === 'mustMitigate')],
    mayMitigate: [...STATUTORY_DISCRETIONARY_MITIGATION.filter(holds), ...local.filter((g) => g.effect === 'mayMitigate')],
    aggravate: [...STATUTORY_AGGRAVATION.filter(holds), ...b.policy.aggravatingGrounds.filter(holds)],
    notes,
  };
}

export const GROUND_EFFECT_TEXT: Record<DiscretionGround['effect'], string> = {
  exempt: '不予行政处罚',
  mustMitigate: '应当从轻或者减轻行政处罚',
  mayMitigate: '可以从轻或者减轻行政处罚',
  aggravate: '可以从重处罚',
};

export function effectText(g: DiscretionGround): string {
  if (g.effectText) return g.effectText;
  return g.effect === 'mayMitigate' && g.lighterOnly === true ? '可以从轻处罚' : GROUND_EFFECT_TEXT[g.effect];
}
