/**
 * 满意度评议: when a case or a complaint closes, the party gets a one-time code (tracking-code.ts, survey format)
 * to rate the handling 1–5 with an optional comment; results are kept per department and officer for evaluation.
 * 信访工作条例 第二十一条第二款 (评价办理情况) and 行政处罚法 第七十五条 (行政执法评议). Validity and comment length
 * are the bureau's policy [U].
 */
import { addCalendarDays, compareLocalDate, type LocalDate } from '../calendar/local-date.ts';
import { refuse, RULE_OK, type RuleCheck } from '../penalties/rule-check.ts';
import { SURVEY_POLICY, XF_ONLINE_QUERY } from './sources.ts';
import type { ComplaintState } from './states.ts';

export interface SurveyPolicy {
  minRating: number;
  maxRating: number;
  commentMaxLength: number;
  /** Calendar days the one-time code may be used after it is issued. */
  codeValidDays: number;
}

export const DEFAULT_SURVEY_POLICY: SurveyPolicy = { minRating: 1, maxRating: 5, commentMaxLength: 500, codeValidDays: 30 };

export const SURVEY_RATING_LABELS: Record<number, string> = { 1: '很不满意', 2: '不满意', 3: '基本满意', 4: '满意', 5: '非常满意' };

export type SurveyCheckCode =
  'RATING_INVALID' | 'COMMENT_TOO_LONG' | 'COMMENT_INVALID' | 'SURVEY_CODE_USED' | 'SURVEY_CODE_EXPIRED' | 'SURVEY_NOT_OPEN';

export interface SurveyResponse {
  rating: number;
  comment?: string | null;
}

// Control characters other than tab and line breaks; they have no business in a comment.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The comment as stored (trimmed, null when empty) when the response is valid. */
export function validateSurveyResponse(
  response: SurveyResponse,
  policy: SurveyPolicy = DEFAULT_SURVEY_POLICY,
): RuleCheck<SurveyCheckCode> & { comment?: string | null } {
  const { rating } = response;
  if (!Number.isInteger(rating) || rating < policy.minRating || rating > policy.maxRating) {
    return refuse('RATING_INVALID', `评分应为${policy.minRating}至${policy.maxRating}的整数`, SURVEY_POLICY);
  }
  const comment = (response.comment ?? '').trim();
  if (CONTROL.test(comment)) return refuse('COMMENT_INVALID', '评语含有不可见的控制字符', SURVEY_POLICY);
  const length = [...comment].length;
  if (length > policy.commentMaxLength) {
    return refuse('COMMENT_TOO_LONG', `评语不超过${policy.commentMaxLength}字（现${length}字）`, SURVEY_POLICY);
  }
  return { ...RULE_OK, comment: comment.length > 0 ? comment : null };
}

/** Last day the code may be used. */
export function surveyCodeValidUntil(issuedOn: LocalDate, policy: SurveyPolicy = DEFAULT_SURVEY_POLICY): LocalDate {
  return addCalendarDays(issuedOn, policy.codeValidDays);
}

/** A one-time code is used once, within its validity. */
export function checkSurveyCode(
  code: { issuedOn: LocalDate; usedOn: LocalDate | null },
  today: LocalDate,
  policy: SurveyPolicy = DEFAULT_SURVEY_POLICY,
): RuleCheck<SurveyCheckCode> {
  if (code.usedOn !== null) return refuse('SURVEY_CODE_USED', '该评价码已使用', XF_ONLINE_QUERY);
  if (compareLocalDate(today, surveyCodeValidUntil(code.issuedOn, policy)) > 0) {
    return refuse('SURVEY_CODE_EXPIRED', '该评价码已过有效期', SURVEY_POLICY);
  }
  return RULE_OK;
}

/** A complaint is rated once handled: replied and closed (a not-accepted or transferred one was not handled here). */
export function complaintSurveyOpen(state: ComplaintState): RuleCheck<SurveyCheckCode> {
  return state === 'closed' ? RULE_OK : refuse('SURVEY_NOT_OPEN', '事项办结后方可评价', XF_ONLINE_QUERY);
}
