/**
 * 从旧兼从轻 (行政处罚法 第三十七条): the text in force when the act took place applies, unless by the decision the rule
 * was amended or repealed and the new rule punishes more lightly or no longer treats the act as illegal.
 *
 * Whether the new rule is "lighter" is a legal judgement, so it is an INPUT:
 * - the legal reviewer's verdict as a value ('lighter' | 'notLighter' | 'noLongerIllegal'), recorded on the case; or
 * - a function of the two versions, e.g. lenityFromSanctions below, which compares the structured sanction ranges
 *   and answers 'undetermined' when they do not order (one bound lighter, another heavier; kinds changed).
 * 'undetermined' never decides: the result asks for review. The comparator is only called when the versions differ.
 *
 * The statute compares two moments only (act, decision); a lighter version in force only in between is not
 * considered — read the text, not criminal-law doctrine. For a continuing act, pass the day it ended (LAW.md §0
 * and 第三十六条 count from the end), which makes the later rule the act-time rule.
 */
import type { LocalDate } from '../calendar/index.ts';
import type { Citation } from '../citation.ts';
import { articleStatusOn } from './article-status.ts';
import type { ArticleVersion, LegalArticle, SanctionRange } from './document.ts';
import { NO_BASIS_VOID, TEMPORAL_APPLICATION } from './sources.ts';

export type Lenity = 'lighter' | 'notLighter' | 'noLongerIllegal' | 'undetermined';

/** The reviewer's verdict, or a comparator (act-time version, decision-time version or null if repealed). */
export type LenityInput = Lenity | ((atAct: ArticleVersion, atDecision: ArticleVersion | null) => Lenity);

export type ApplicableVersion =
  | { outcome: 'apply'; version: ArticleVersion; rule: 'actTime' | 'lighterNewer'; message: string; basis: Citation }
  | { outcome: 'notPunishable'; message: string; basis: Citation }
  | { outcome: 'needsReview'; atAct: ArticleVersion; atDecision: ArticleVersion | null; message: string; basis: Citation }
  | { outcome: 'noBasisAtAct'; message: string; basis: Citation };

export function applicableVersion(
  article: LegalArticle,
  actDate: LocalDate,
  decisionDate: LocalDate,
  isLighter: LenityInput,
): ApplicableVersion {
  if (decisionDate < actDate) throw new RangeError(`决定日期${decisionDate}早于违法行为发生日${actDate}`);
  const basis = TEMPORAL_APPLICATION;
  const act = articleStatusOn(article, actDate);
  // No retroactive penalty: a rule not yet in force when the act took place is no basis at all.
  if (act.status !== 'inForce') {
    return {
      outcome: 'noBasisAtAct',
      message: `违法行为发生时（${actDate}）该条${act.status === 'repealed' ? '已废止' : '尚未施行'}，不能作为处罚依据`,
      basis: NO_BASIS_VOID,
    };
  }
  const dec = articleStatusOn(article, decisionDate);
  const atDecision = dec.status === 'inForce' ? dec.version : null;
  if (atDecision?.id === act.version.id) {
    return { outcome: 'apply', version: act.version, rule: 'actTime', message: '违法行为发生时至作出决定时条文未变，适用现行条文', basis };
  }
  const lenity = typeof isLighter === 'function' ? isLighter(act.version, atDecision) : isLighter;
  switch (lenity) {
    case 'noLongerIllegal':
      return { outcome: 'notPunishable', message: '作出决定时规定已修改或废止，新的规定不认为是违法，不予行政处罚', basis };
    case 'lighter':
      if (atDecision === null) break; // "lighter" than a repealed rule means nothing: ask the reviewer
      return {
        outcome: 'apply',
        version: atDecision,
        rule: 'lighterNewer',
        message: '作出决定时规定已修改，新的规定处罚较轻，适用新的规定',
        basis,
      };
    case 'notLighter':
      return {
        outcome: 'apply',
        version: act.version,
        rule: 'actTime',
        message: '新的规定处罚不轻于旧的规定，适用违法行为发生时的规定',
        basis,
      };
    case 'undetermined':
      break;
  }
  return {
    outcome: 'needsReview',
    atAct: act.version,
    atDecision,
    message:
      atDecision === null
        ? '作出决定时该条已废止，须由法制审核认定新的规定是否不认为违法或处罚较轻'
        : '新旧规定轻重无法自动比较，须由法制审核认定',
    basis,
  };
}

export type SanctionComparison = 'lighter' | 'heavier' | 'same' | 'mixed' | 'unknown';

type Cmp = 'lighter' | 'heavier' | 'same' | 'unknown';

function cmpNumber(older: number | null, newer: number | null): Cmp {
  if (older === null && newer === null) return 'same';
  if (older === null || newer === null) return 'unknown';
  return newer < older ? 'lighter' : newer > older ? 'heavier' : 'same';
}

function cmpSet(older: readonly string[], newer: readonly string[]): Cmp {
  const o = new Set(older);
  const n = new Set(newer);
  const dropped = [...o].some((x) => !n.has(x));
  const added = [...n].some((x) => !o.has(x));
  return dropped && added ? 'unknown' : dropped ? 'lighter' : added ? 'heavier' : 'same';
}

/** A missing minimum next to a maximum reads as 0 ("五千元以下"); with neither there is no such sanction. */
const lower = (min: number | null, max: number | null): number | null => min ?? (max === null ? null : 0);

/**
 * The newer range against the older, bound by bound: lighter when no bound is heavier and one is lighter; 'mixed'
 * when some are lighter and some heavier; 'unknown' when a bound exists on one side only or the kinds differ.
 */
export function compareSanctions(older: SanctionRange, newer: SanctionRange): SanctionComparison {
  const parts: Cmp[] = [
    cmpNumber(lower(older.fineMinFen, older.fineMaxFen), lower(newer.fineMinFen, newer.fineMaxFen)),
    cmpNumber(older.fineMaxFen, newer.fineMaxFen),
    cmpNumber(older.multipleOfIllegalIncome?.[0] ?? null, newer.multipleOfIllegalIncome?.[0] ?? null),
    cmpNumber(older.multipleOfIllegalIncome?.[1] ?? null, newer.multipleOfIllegalIncome?.[1] ?? null),
    cmpNumber(lower(older.suspensionMonthsMin, older.suspensionMonthsMax), lower(newer.suspensionMonthsMin, newer.suspensionMonthsMax)),
    cmpNumber(older.suspensionMonthsMax, newer.suspensionMonthsMax),
    cmpSet(older.otherSanctions, newer.otherSanctions),
  ];
  const has = (c: Cmp) => parts.includes(c);
  if (has('lighter') && has('heavier')) return 'mixed';
  if (has('unknown')) return 'unknown';
  if (has('lighter')) return 'lighter';
  return has('heavier') ? 'heavier' : 'same';
}

/**
 * A comparator for applicableVersion from the versions' structured sanctions. Decides only clear cases; a repealed
 * rule, a missing range, a mixed or unknown comparison go to the legal reviewer.
 */
export function lenityFromSanctions(atAct: ArticleVersion, atDecision: ArticleVersion | null): Lenity {
  if (atDecision === null || !atAct.sanction || !atDecision.sanction) return 'undetermined';
  const c = compareSanctions(atAct.sanction, atDecision.sanction);
  return c === 'lighter' ? 'lighter' : c === 'heavier' || c === 'same' ? 'notLighter' : 'undetermined';
}
