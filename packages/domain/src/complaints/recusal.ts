/**
 * 回避 in complaint handling: a staff member the complaint is about (被反映人) neither handles it nor takes any step
 * on it — not assigned as handler (nor reassigned to it), not accepting, transferring, replying or closing.
 *
 * Rule: 信访工作条例 第二十八条第三款 (各级机关、单位工作人员与信访事项或者信访人有直接利害关系的，应当回避), read
 * in the statute text (sources.ts XF_RECUSAL). The person complained about has the most direct interest there is in
 * the matter. 公务员法 第七十六条 (执行公务时的回避) is not cited: its text was not read here; 行政执法监督条例 (2026)
 * has no article text on file (LAW.md §8 [U]).
 *
 * Not a rule: refusing a handler because they lead the person complained about (same department, direct leader).
 * Neither 第二十八条 nor any source read here says so; a bureau may add it as its own policy. So it is not checked.
 *
 * Ids: a person may be named by their officer record (officers.id) or their account (users.id); the server passes
 * every id a person has, so the check matches either.
 */
import type { ComplaintIssue } from './check-action.ts';
import * as S from './sources.ts';

/** Whom the check is about: the handler being assigned, or the staff member taking the step. */
export type ComplaintRecusalRole = 'assignee' | 'actor';

const REASONS: Record<ComplaintRecusalRole, string> = {
  assignee: '该工作人员是本事项的被反映人，与本事项有直接利害关系，应当回避，不得承办本事项',
  actor: '您是本事项的被反映人，与本事项有直接利害关系，应当回避，不得办理本事项（请由其他工作人员办理）',
};

/** Is any id of this person among the people the complaint is about? */
export function isComplaintSubject(subjectIds: readonly string[], personIds: readonly string[]): boolean {
  return personIds.some((id) => subjectIds.includes(id));
}

/** The refusal when the person must step aside (回避), else null. */
export function recusalIssue(
  subjectIds: readonly string[],
  personIds: readonly string[],
  role: ComplaintRecusalRole,
): ComplaintIssue | null {
  if (!isComplaintSubject(subjectIds, personIds)) return null;
  return { code: 'HANDLER_HAS_INTEREST', reason: REASONS[role], basis: S.XF_RECUSAL };
}
