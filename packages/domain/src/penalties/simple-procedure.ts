/**
 * 简易程序 (当场处罚) thresholds — 第五十一条, LAW.md §11 G2. Statutory numbers, not configuration.
 * "罚款或者警告" is read as one of the two: a warning together with a fine goes to the general procedure
 * (conservative reading — the general procedure is always lawful, the simple one only inside the article).
 */
import { describePenalty, fineFen, formatFenAsYuan, PARTY_KIND_LABELS, penaltyProblems, type PartyKind, type Penalty } from './penalty.ts';
import { refuse, RULE_OK, type RuleCheck } from './rule-check.ts';
import { SIMPLE_PROCEDURE } from './sources.ts';

/** Largest fine in fen that may be imposed on the spot: ¥200 for a citizen, ¥3,000 for an organisation. */
export const SIMPLE_PROCEDURE_FINE_LIMIT_FEN: Readonly<Record<PartyKind, number>> = { citizen: 20_000, organisation: 300_000 };

export type SimpleProcedureCode = 'SIMPLE_PROCEDURE_LIMIT' | 'INVALID_PENALTY';

const TO_GENERAL = '不适用简易程序，应当依照普通程序立案调查（第五十四条）';

export function checkSimpleProcedure(penalty: Penalty, party: PartyKind): RuleCheck<SimpleProcedureCode> {
  const problem = penaltyProblems(penalty)[0];
  if (problem) return refuse('INVALID_PENALTY', problem.reason, problem.basis);
  if (penalty.length === 0) return refuse('INVALID_PENALTY', '当场处罚须载明警告或者罚款', SIMPLE_PROCEDURE);
  const other = penalty.filter((s) => s.kind !== 'warning' && s.kind !== 'fine');
  if (other.length > 0) {
    return refuse('SIMPLE_PROCEDURE_LIMIT', `简易程序只能给予警告或者罚款，拟处${describePenalty(other)}${TO_GENERAL}`, SIMPLE_PROCEDURE);
  }
  if (penalty.length > 1) {
    return refuse('SIMPLE_PROCEDURE_LIMIT', `简易程序给予“罚款或者警告”之一，拟并处警告和罚款${TO_GENERAL}`, SIMPLE_PROCEDURE);
  }
  const fine = fineFen(penalty);
  const limit = SIMPLE_PROCEDURE_FINE_LIMIT_FEN[party];
  if (fine > limit) {
    return refuse(
      'SIMPLE_PROCEDURE_LIMIT',
      `对${PARTY_KIND_LABELS[party]}当场罚款不得超过${formatFenAsYuan(limit)}，拟罚款${formatFenAsYuan(fine)}${TO_GENERAL}`,
      SIMPLE_PROCEDURE,
    );
  }
  return RULE_OK;
}
