/**
 * The party's rating (满意度评议): validate the rating and comment (domain validateSurveyResponse), then in one
 * transaction lock the invitation, refuse a used or expired code, mark it used, append the response and the audit
 * row. Nothing about the rater is kept — not even the IP in the audit row.
 */
import { validateSurveyResponse, toLocalDate } from '@quanze/domain';
import type { SurveyResponseRequest } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import type { Tx } from '../../../platform/db.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { lockUsableInvitation } from '../survey-code-check.ts';
import { insertResponse } from '../surveys.repository.ts';

export async function submitSurveyResponse(deps: Deps, body: SurveyResponseRequest): Promise<void> {
  await deps.db.transaction((tx) => respondWithCode(tx, body, deps.clock.now()));
}

/** The rating inside the caller's transaction (the portal's, or the demo seed's at a past time). */
export async function respondWithCode(tx: Tx, body: SurveyResponseRequest, now: Date): Promise<void> {
  const valid = validateSurveyResponse({ rating: body.rating, comment: body.comment ?? '' });
  if (!valid.ok) throw new AppError(valid.code, valid.reason, { basis: valid.basis });
  const inv = await lockUsableInvitation(tx, body.code, now);
  const response = await insertResponse(tx, inv.id, {
    invitationId: inv.id,
    bureauId: inv.bureauId,
    departmentId: inv.departmentId,
    rating: body.rating,
    comment: valid.comment ?? null,
    respondedAt: now,
    respondedOn: toLocalDate(now),
  });
  await appendAudit(tx, { actorId: null, actorName: '当事人（匿名评议）', bureauId: inv.bureauId, ip: null }, now, {
    action: 'survey.respond',
    objectType: 'survey_invitation',
    objectId: inv.id,
    summary: { responseId: response.id, subjectKind: inv.subjectKind, subjectId: inv.subjectId, rating: body.rating },
  });
}
