/**
 * What a penalty decision sets off in other contexts, inside the decision's own transaction: the payment notice with
 * its payment reference (罚缴分离, payments module) and the entry in the publication queue with its clock (执法公示,
 * disclosure module). Each context adds one call here; the case module does not know their tables.
 */
import type { Penalty } from '@quanze/domain';
import type { Tx } from '../../../platform/db.ts';

export interface DecisionMade {
  caseId: string;
  bureauId: string;
  departmentId: string;
  powerId: string;
  decisionNumber: string;
  decidedAt: Date;
  penalty: Penalty;
  party: { kind: 'citizen' | 'organisation'; name: string };
  actorUserId: string | null;
}

export async function decisionEffects(_tx: Tx, _decision: DecisionMade): Promise<void> {
  // payments: issue the payment notice (one line added by the payments module)
  // disclosure: enqueue the decision for publication (one line added by the disclosure module)
}
