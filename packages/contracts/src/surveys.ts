/**
 * 满意度评议: the portal's check of a one-time 评价码 and the party's rating (code in the body, never in the URL), and
 * the console's results per department and per officer. Nothing here carries personal data of the party.
 */
import { z } from 'zod';

const surveyCode = z.string().trim().min(1, '请输入评价码').max(40, '评价码格式有误');

export const SurveyCodeRequest = z.object({ code: surveyCode });
export type SurveyCodeRequest = z.infer<typeof SurveyCodeRequest>;

/** What the code rates: the case number or a complaint and the department — nothing else. */
export const SurveySubjectDto = z.object({
  subjectKind: z.enum(['case', 'complaint']),
  /** 案件编号 of a case; for a complaint a neutral label ("信访事项"). */
  subjectLabel: z.string(),
  departmentName: z.string(),
  closedOn: z.iso.date(),
  validUntil: z.iso.date(),
});
export type SurveySubjectDto = z.infer<typeof SurveySubjectDto>;

export const SurveyResponseRequest = z.object({
  code: surveyCode,
  rating: z.number('请选择评分').int('评分应为1至5的整数').min(1, '评分应为1至5的整数').max(5, '评分应为1至5的整数'),
  comment: z.string().max(500, '评语不超过500字').default(''),
});
export type SurveyResponseRequest = z.input<typeof SurveyResponseRequest>;

export const SurveyResponseResult = z.object({ ok: z.literal(true), message: z.string() });

export const SurveyResultsQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type SurveyResultsQuery = z.infer<typeof SurveyResultsQuery>;

export const SurveyTallyDto = z.object({
  responses: z.number().int(),
  /** Mean rating, two decimals; null without responses. */
  average: z.number().nullable(),
  /** Responses per rating: index 0 is rating 1 … index 4 is rating 5. */
  distribution: z.array(z.number().int()).length(5),
  /** Invitations issued in the period (for the response rate). */
  invitations: z.number().int(),
});

export const SurveyCommentDto = z.object({
  rating: z.number().int(),
  comment: z.string(),
  respondedOn: z.iso.date(),
  subjectLabel: z.string(),
});

export const DepartmentSurveyResultDto = SurveyTallyDto.extend({
  departmentId: z.uuid(),
  departmentName: z.string(),
  recentComments: z.array(SurveyCommentDto),
});
export const OfficerSurveyResultDto = SurveyTallyDto.extend({
  officerId: z.uuid(),
  officerName: z.string(),
  departmentName: z.string().nullable(),
  recentComments: z.array(SurveyCommentDto),
});

export const SurveyResultsDto = z.object({
  from: z.iso.date().nullable(),
  to: z.iso.date().nullable(),
  /** 'bureau' for supervision:manage; 'department': the user's own department; 'self': an officer's own ratings. */
  scope: z.enum(['bureau', 'department', 'self']),
  total: SurveyTallyDto,
  departments: z.array(DepartmentSurveyResultDto),
  officers: z.array(OfficerSurveyResultDto),
});
export type SurveyResultsDto = z.infer<typeof SurveyResultsDto>;
