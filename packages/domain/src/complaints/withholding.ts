/**
 * 被反映人 do not see the complaint: the staff a complaint names as the people it is about (被反映人) are not shown it
 * — not in the queue or its counts, not its detail, steps or attachments, not its clocks or reminders — whatever their
 * role or scope (a department head named in a complaint of their department does not see it; the bureau's other
 * leaders and supervisors do).
 *
 * Rule: 信访工作条例 第三十条第三款 (不得将信访人的检举、揭发材料以及有关情况透露或者转给被检举、揭发的人员或者单位),
 * read in the statute text (sources.ts XF_NO_DISCLOSURE_TO_ACCUSED); doing so is a ground of accountability under
 * 第四十六条第（五）项. A complaint that names a staff member as 被反映人 reports on that person's conduct, so to them
 * its material is 检举、揭发材料 whatever its category; the handler's 回避 (第二十八条第三款, recusal.ts) follows too, as
 * someone who cannot see a matter takes no step on it.
 *
 * Not covered here: a 单位 (a department) complained about as a whole — 反映对象 is free text, not a link, so nothing
 * can be matched; the bureau decides who handles such a matter.
 *
 * Ids: as for 回避, a person may be named by their officer record or their account; pass every id they have.
 */
import type { Citation } from '../citation.ts';
import { isComplaintSubject } from './recusal.ts';
import * as S from './sources.ts';

export const COMPLAINT_WITHHELD_FROM_SUBJECT: { basis: Citation; reason: string } = {
  basis: S.XF_NO_DISCLOSURE_TO_ACCUSED,
  reason: '投诉举报材料以及有关情况不得透露或者转给被反映人，本事项对被反映人不可见',
};

/** Is this complaint withheld from this person (they are among its 被反映人)? */
export function isWithheldFromPerson(subjectIds: readonly string[], personIds: readonly string[]): boolean {
  return isComplaintSubject(subjectIds, personIds);
}
