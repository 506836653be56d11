import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSurveyCode, complaintSurveyOpen, DEFAULT_SURVEY_POLICY, surveyCodeValidUntil, validateSurveyResponse } from './survey.ts';

describe('satisfaction survey responses', () => {
  it('accept exactly the integer ratings 1–5 (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -10, max: 10 }), fc.double({ noNaN: false })), (rating) => {
        const ok = Number.isInteger(rating) && rating >= 1 && rating <= 5;
        expect(validateSurveyResponse({ rating }).ok).toBe(ok);
      }),
    );
  });

  it('trim the comment, store an empty one as null, and cap its length in characters (not UTF-16 units)', () => {
    expect(validateSurveyResponse({ rating: 5, comment: '  执法人员态度很好  ' })).toEqual({ ok: true, comment: '执法人员态度很好' });
    expect(validateSurveyResponse({ rating: 4, comment: '   ' })).toEqual({ ok: true, comment: null });
    expect(validateSurveyResponse({ rating: 4 })).toEqual({ ok: true, comment: null });
    expect(validateSurveyResponse({ rating: 3, comment: '好'.repeat(500) }).ok).toBe(true);
    expect(validateSurveyResponse({ rating: 3, comment: '𠀀'.repeat(500) }).ok).toBe(true); // 1000 UTF-16 units
    expect(validateSurveyResponse({ rating: 3, comment: '好'.repeat(501) })).toMatchObject({ ok: false, code: 'COMMENT_TOO_LONG' });
    expect(validateSurveyResponse({ rating: 3, comment: '好\u0007' })).toMatchObject({ ok: false, code: 'COMMENT_INVALID' });
    expect(validateSurveyResponse({ rating: 3, comment: '第一行\n第二行' }).ok).toBe(true);
  });
});

describe('one-time survey codes', () => {
  it('are valid for the configured days, once', () => {
    expect(surveyCodeValidUntil('2026-09-25')).toBe('2026-10-25');
    expect(checkSurveyCode({ issuedOn: '2026-09-25', usedOn: null }, '2026-10-25').ok).toBe(true);
    expect(checkSurveyCode({ issuedOn: '2026-09-25', usedOn: null }, '2026-10-26')).toMatchObject({ code: 'SURVEY_CODE_EXPIRED' });
    expect(checkSurveyCode({ issuedOn: '2026-09-25', usedOn: '2026-09-30' }, '2026-10-01')).toMatchObject({ code: 'SURVEY_CODE_USED' });
    expect(
      checkSurveyCode({ issuedOn: '2026-09-25', usedOn: null }, '2026-12-01', { ...DEFAULT_SURVEY_POLICY, codeValidDays: 90 }).ok,
    ).toBe(true);
  });

  it('open once the complaint is closed', () => {
    expect(complaintSurveyOpen('closed').ok).toBe(true);
    expect(complaintSurveyOpen('replied')).toMatchObject({ ok: false, code: 'SURVEY_NOT_OPEN', basis: { article: '第二十一条第二款' } });
  });
});
