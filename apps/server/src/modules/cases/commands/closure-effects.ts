/**
 * What closing a case (结案) sets off in other contexts, inside the closing transaction: the 满意度评议 invitation
 * (surveys module) for the case's department and its investigators at closing. The one-time 评价码 is written on the
 * closing step itself — case:read users in the case's scope see it on the detail page and hand it to the party —
 * while the audit row only names the invitation, so the code does not spread into the audit trail.
 */
import { issueInvitation } from '../../surveys/index.ts';
import type { ActionContext, AfterCheck } from './action-input.ts';

export async function closureEffects(c: ActionContext, stepPayload: Record<string, unknown>): Promise<AfterCheck> {
  const investigators = c.record.assignments.filter((a) => a.removedAt === null).map((a) => a.officerId);
  const issued = await issueInvitation(c.tx, {
    bureauId: c.row.bureauId,
    subjectKind: 'case',
    subjectId: c.row.id,
    departmentId: c.row.departmentId,
    officerIds: investigators,
    issuedAt: c.now,
  });
  // Nested, so the step's one-line summary leaves it out; the case's 满意度评议 tab shows it to print.
  stepPayload.survey = { code: issued.code, validUntil: issued.validUntil };
  return { payload: { surveyInvitationId: issued.invitationId } };
}
