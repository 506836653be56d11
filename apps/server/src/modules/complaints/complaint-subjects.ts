/**
 * 被反映人: the staff a complaint is about, named at intake (登记) or acceptance by officers.id or users.id. They may
 * take no step on it and may not be given it (回避, 信访工作条例 第二十八条第三款: packages/domain complaints/recusal.ts),
 * and do not see it at all (第三十条第三款: complaints/withholding.ts, enforced by complaints.policy canSeeComplaint).
 * 反映对象 stays free text beside them, for outsiders and for whoever is not known.
 */
import type { ComplaintSubjectPersonDto } from '@quanze/contracts';
import type { Executor } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { subjectPeopleByIds } from './complaints.repository.ts';

const invalid = (message: string) => new AppError('VALIDATION_FAILED', message, { fieldErrors: { subjectPersonIds: [message] } });

/** The ids as stored (once each), after checking each names a staff member of this bureau. */
export async function checkedSubjectIds(db: Executor, bureauId: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const people = await subjectPeopleByIds(db, unique);
  const known = new Set(people.filter((p) => p.bureauId === bureauId).map((p) => p.id));
  if (unique.some((id) => !known.has(id))) throw invalid('被反映人不是本局工作人员，请从名单中选择（本局以外的人员请填写在“反映对象”中）');
  return unique;
}

/** The 被反映人 for the detail view, in the order recorded. */
export async function subjectsForDisplay(db: Executor, ids: readonly string[]): Promise<ComplaintSubjectPersonDto[]> {
  return (await subjectPeopleByIds(db, ids)).map((p) => ({ id: p.id, name: p.name, departmentName: p.departmentName }));
}
