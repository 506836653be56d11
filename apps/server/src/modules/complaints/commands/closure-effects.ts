/**
 * When a complaint is closed (办结): the one-time 满意度评价码 (surveys module) for the citizen to rate the handling
 * (信访工作条例 第二十一条第二款). Issued once per complaint — closing again after a review keeps the first code.
 * The code is sealed on the row so the handler and the tracking page can show it again; surveys keeps only its hash.
 */
import type { Tx } from '../../../platform/db.ts';
import type { FieldCipher } from '../../../platform/crypto.ts';
import { issueSurveyInvitation } from '../../surveys/index.ts';
import { officerIdsOfUsers } from '../complaints.repository.ts';
import type { ComplaintRow, NewComplaintRow } from '../complaints.table.ts';

export async function closureEffects(
  tx: Tx,
  cipher: FieldCipher,
  row: ComplaintRow,
  now: Date,
): Promise<{ patch: Partial<NewComplaintRow>; surveyCode: string | null }> {
  if (row.surveyCodeSealed) return { patch: {}, surveyCode: cipher.decrypt(row.surveyCodeSealed) };
  // A complaint is closed only after a reply, so it has a department; without one there is nobody to rate.
  if (!row.departmentId) return { patch: {}, surveyCode: null };
  const officerIds = await officerIdsOfUsers(tx, row.handlerUserId ? [row.handlerUserId] : []);
  const { code } = await issueSurveyInvitation(tx, {
    bureauId: row.bureauId,
    subjectKind: 'complaint',
    subjectId: row.id,
    departmentId: row.departmentId,
    officerIds,
    issuedAt: now,
  });
  return { patch: { surveyCodeSealed: cipher.encrypt(code) }, surveyCode: code };
}
