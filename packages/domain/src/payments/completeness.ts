/**
 * When is a penalty decision carried out (执行完毕)? The money part when the ledger shows the principal and the
 * surcharge paid (罚缴分离: only recorded payments count — imported bank rows or receipted cash — never a manual
 * "paid" mark). A sanction the payments module does not track (licence suspension, confiscated property …) keeps
 * the execution open: it is named, so the case shows what is still to do.
 */
import type { LocalDate } from '../calendar/local-date.ts';
import { SANCTION_KIND_LABELS, type Penalty, type SanctionKind } from '../penalties/penalty.ts';
import type { Ledger } from './ledger.ts';

/** Sanctions paid through the notice. */
export const PAYABLE_SANCTIONS: readonly SanctionKind[] = ['fine', 'confiscateIllegalIncome'];
/** Sanctions carried out by service itself. */
const DONE_ON_SERVICE: readonly SanctionKind[] = ['warning', 'circulatedCriticism'];

/** Fine and confiscated illegal income of a penalty, in fen. */
export function payableOf(penalty: Penalty): { fineFen: number; confiscatedIncomeFen: number; principalFen: number } {
  let fine = 0;
  let income = 0;
  for (const s of penalty) {
    if (s.kind === 'fine' && 'amountFen' in s) fine += s.amountFen;
    if (s.kind === 'confiscateIllegalIncome' && 'amountFen' in s) income += s.amountFen;
  }
  return { fineFen: fine, confiscatedIncomeFen: income, principalFen: fine + income };
}

export interface ExecutionCompleteness {
  complete: boolean;
  /** The day the money part was settled (null while owed or when nothing is payable). */
  paidInFullOn: LocalDate | null;
  /** Sanctions this module cannot see carried out. */
  otherSanctions: string[];
}

export function executionCompleteness(penalty: Penalty, ledger: Ledger | null): ExecutionCompleteness {
  const others = penalty
    .filter((s) => !PAYABLE_SANCTIONS.includes(s.kind) && !DONE_ON_SERVICE.includes(s.kind))
    .map((s) => SANCTION_KIND_LABELS[s.kind]);
  const payable = payableOf(penalty).principalFen > 0;
  const paidOn = payable ? (ledger?.paidInFullOn ?? null) : null;
  return { complete: others.length === 0 && (!payable || paidOn !== null), paidInFullOn: paidOn, otherSanctions: others };
}
