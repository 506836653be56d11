/**
 * What a 评价码 rates, as the portal shows it: the case number or "a complaint", the department — no personal data.
 * Plain SQL over penalty_cases / departments rather than the cases module's index: the cases module calls into this
 * one when a case closes, and a module cycle at load time is not worth a typed select of two columns.
 */
import { sql } from 'drizzle-orm';
import type { SurveySubjectDto } from '@quanze/contracts';
import type { Deps } from '../../platform/deps.ts';
import { usableInvitation } from './survey-code-check.ts';

export const COMPLAINT_SUBJECT_LABEL = '投诉举报／信访事项';
export const CASE_SUBJECT_LABEL = '行政处罚案件';

export async function lookupSurveySubject(deps: Deps, code: string): Promise<SurveySubjectDto> {
  const inv = await usableInvitation(deps.db, code, deps.clock.now());
  const { rows } = await deps.db.execute<{ department: string | null; label: string | null }>(sql`
    select (select name from departments where id = ${inv.departmentId}) as department,
      (select coalesce(case_number, decision_number) from penalty_cases where id = ${inv.subjectId} and ${inv.subjectKind} = 'case') as label`);
  return {
    subjectKind: inv.subjectKind,
    subjectLabel: inv.subjectKind === 'complaint' ? COMPLAINT_SUBJECT_LABEL : (rows[0]?.label ?? CASE_SUBJECT_LABEL),
    departmentName: rows[0]?.department ?? '',
    closedOn: inv.issuedOn,
    validUntil: inv.validUntil,
  };
}
