/**
 * Who can be punished and how: minors (第三十条) and mental incapacity (第三十一条). An age is reached the day after
 * the birthday (AGE_COUNTING — the reading that favours the party, since no administrative rule says otherwise).
 */
import { addCalendarDays, addMonths, compareLocalDate, type LocalDate } from '../calendar/local-date.ts';
import type { PartyKind } from './penalty.ts';
import { refuse, RULE_OK, type RuleCheck } from './rule-check.ts';
import { AGE_COUNTING, MENTAL_INCAPACITY, MINOR_NO_PENALTY } from './sources.ts';

export interface PartyFacts {
  kind: PartyKind;
  /** Citizens only; null when unknown. */
  birthDate: LocalDate | null;
  /** 不能辨认或者不能控制自己行为 at the time of the act. */
  lackedCapacityAtAct: boolean;
}

/** True when the person had reached `years` full years on `date` (from the day after the birthday). */
export function hasReachedAge(birthDate: LocalDate, years: number, date: LocalDate): boolean {
  return compareLocalDate(date, addCalendarDays(addMonths(birthDate, years * 12), 1)) >= 0;
}

export type PartyStanding = 'noPenalty' | 'mustMitigate' | 'ordinary';

/** 第三十条/第三十一条: no penalty, mandatory 从轻或者减轻, or ordinary, for an act on `actDate`. */
export function partyStanding(party: PartyFacts, actDate: LocalDate): PartyStanding {
  if (party.kind !== 'citizen') return 'ordinary';
  if (party.lackedCapacityAtAct) return 'noPenalty';
  if (party.birthDate === null) return 'ordinary';
  if (!hasReachedAge(party.birthDate, 14, actDate)) return 'noPenalty';
  if (!hasReachedAge(party.birthDate, 18, actDate)) return 'mustMitigate';
  return 'ordinary';
}

/** 从轻 / 减轻, the tiers 第三十条 requires for a minor (GLOSSARY: discretionBenchmark tiers). */
export type MitigationTier = 'lighter' | 'mitigated';

export type PartyCheckCode = 'NO_PENALTY_FOR_PARTY' | 'MITIGATION_REQUIRED';

/** Whether a penalty may be imposed on this party for an act on `actDate`, given the mitigation applied. */
export function checkPartyMayBePunished(
  party: PartyFacts,
  actDate: LocalDate,
  mitigation: MitigationTier | null,
): RuleCheck<PartyCheckCode> {
  const standing = partyStanding(party, actDate);
  if (standing === 'noPenalty') {
    return party.lackedCapacityAtAct
      ? refuse('NO_PENALTY_FOR_PARTY', '当事人在不能辨认或者不能控制自己行为时实施违法行为，不予行政处罚', MENTAL_INCAPACITY)
      : refuse('NO_PENALTY_FOR_PARTY', `当事人实施违法行为时不满十四周岁，不予行政处罚（${AGE_COUNTING.note ?? ''}）`, MINOR_NO_PENALTY);
  }
  if (standing === 'mustMitigate' && mitigation === null) {
    return refuse(
      'MITIGATION_REQUIRED',
      '当事人实施违法行为时已满十四周岁不满十八周岁，应当从轻或者减轻处罚，须注明适用的从轻或减轻情节',
      MINOR_NO_PENALTY,
    );
  }
  return RULE_OK;
}
