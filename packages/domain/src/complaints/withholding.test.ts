/**
 * 信访工作条例 第三十条第三款: the material of a complaint is not shown to the staff it names as 被反映人, by whichever of
 * their ids they are named; everyone else (their leader included) is not affected by this rule.
 */
import { describe, expect, it } from 'vitest';
import { citationForDisplay, citationNoteForDisplay } from '../citation-display.ts';
import { COMPLAINT_WITHHELD_FROM_SUBJECT, isWithheldFromPerson } from './withholding.ts';

// Zhang is named by his officer record; Wang (no officer record) by his account.
const SUBJECTS = ['officer-zhang', 'user-wang'];

describe('a complaint withheld from its 被反映人', () => {
  it('is withheld from each person named, whichever of their ids the complaint uses', () => {
    expect(isWithheldFromPerson(SUBJECTS, ['user-zhang', 'officer-zhang'])).toBe(true);
    expect(isWithheldFromPerson(SUBJECTS, ['user-wang'])).toBe(true);
  });

  it('is not withheld from anyone else, nor from anyone when nobody is named', () => {
    expect(isWithheldFromPerson(SUBJECTS, ['user-head', 'officer-head'])).toBe(false);
    expect(isWithheldFromPerson(SUBJECTS, [])).toBe(false);
    expect(isWithheldFromPerson([], ['user-zhang', 'officer-zhang'])).toBe(false);
  });

  it('cites 第三十条第三款 with the statute’s words, shown without source tags', () => {
    const { basis, reason } = COMPLAINT_WITHHELD_FROM_SUBJECT;
    expect(citationForDisplay(basis)).toBe('《信访工作条例》第三十条第三款');
    expect(basis.note).toContain('不得将信访人的检举、揭发材料以及有关情况透露或者转给被检举、揭发的人员或者单位');
    expect(citationNoteForDisplay(basis)).not.toMatch(/\[[USV]\]|待核|LAW\.md/);
    expect(reason).toContain('被反映人');
  });
});
