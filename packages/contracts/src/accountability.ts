/**
 * 责任追究 (accountability): the statutory 追责情形 (packages/domain/src/accountability, each with its article) and the
 * bureau's own supplementary rules (its 行政执法过错责任追究办法 and who takes reports of misconduct), versioned.
 *
 * Public (no login, rate-limited per IP, `cache-control: public, max-age=60`):
 *   GET /api/public/accountability[?bureauId=]   → PublicAccountabilityDto
 * Console (login):
 *   GET /api/accountability/rules                → ConsoleAccountabilityRulesDto (business:read: staff read the rules
 *                                                   that bind them; `edit` says whether this user may change them, and why not)
 *   PUT /api/accountability/rules                UpdateAccountabilityRulesRequest → ConsoleAccountabilityRulesDto
 *                                                   (disclosure:publish at bureau scope; a new version, audited;
 *                                                   409 VERSION_CONFLICT when `version` is stale; 400 when nothing changed)
 */
import { z } from 'zod';

// Local primitives (the same shapes other contexts use), so this contract stands on its own.
const isoDate = z.iso.date('请按 YYYY-MM-DD 填写有效的施行日期');
const citation = z.object({ law: z.string(), article: z.string(), note: z.string().optional() });
const text = (max: number, label: string) =>
  z.string(`请填写${label}`).trim().min(1, `请填写${label}`).max(max, `${label}不超过 ${max} 个字`);
const optionalText = (max: number, label: string) =>
  z.string(`${label}格式不正确`).trim().max(max, `${label}不超过 ${max} 个字`).default('');

const email = z.email('请填写正确的电子邮箱').max(200, '电子邮箱不超过 200 个字');

/** What the bureau writes: its own rules and the unit that takes reports of misconduct, with how to reach it. */
export const AccountabilityRulesFields = z.object({
  title: text(100, '办法名称'),
  documentNumber: optionalText(60, '文号'),
  effectiveOn: isoDate,
  paragraphs: z.array(text(2000, '正文段落'), '请至少填写一段正文').min(1, '请至少填写一段正文').max(60, '正文不超过 60 段'),
  reportUnit: text(100, '受理单位'),
  reportPhone: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^[0-9０-９-]{5,20}$/, '受理电话格式有误（如 0000-12345678）'),
    ])
    .default(''),
  reportAddress: optionalText(200, '受理地址'),
  reportEmail: z.union([z.literal(''), email]).default(''),
  reportHours: optionalText(100, '受理时间'),
});
export type AccountabilityRulesFields = z.infer<typeof AccountabilityRulesFields>;

export const UpdateAccountabilityRulesRequest = AccountabilityRulesFields.extend({
  /** 0 when none saved yet; the current version otherwise (409 when stale). */
  version: z.number('缺少版本号，请刷新后重试').int().min(0),
  /** 修改说明, kept with the version. */
  changeNote: text(200, '修改说明'),
});
export type UpdateAccountabilityRulesRequest = z.infer<typeof UpdateAccountabilityRulesRequest>;

const rulesShape = {
  title: z.string(),
  documentNumber: z.string(),
  effectiveOn: z.string(),
  paragraphs: z.array(z.string()),
  reportUnit: z.string(),
  reportPhone: z.string(),
  reportAddress: z.string(),
  reportEmail: z.string(),
  reportHours: z.string(),
  version: z.number(),
  /** Seeded placeholder text (演示数据): the portal and console say so. */
  demo: z.boolean(),
  updatedAt: z.string(),
};

/** As the portal shows it: no author, no internal note. */
export const PublicAccountabilityRulesDto = z.object(rulesShape);
export type PublicAccountabilityRulesDto = z.infer<typeof PublicAccountabilityRulesDto>;

/** One saved version (the newest is the one in force on the portal). */
export const AccountabilityRulesVersionDto = z.object({
  ...rulesShape,
  changeNote: z.string(),
  /** null for seeded data. */
  updatedByName: z.string().nullable(),
});
export type AccountabilityRulesVersionDto = z.infer<typeof AccountabilityRulesVersionDto>;

export const ConsoleAccountabilityRulesDto = z.object({
  current: AccountabilityRulesVersionDto.nullable(),
  /** Newest first, the current one included (at most 100). */
  history: z.array(AccountabilityRulesVersionDto),
  /** Whether this user may save a new version; when not, the reason. */
  edit: z.object({ allowed: z.boolean(), reason: z.string().nullable() }),
});
export type ConsoleAccountabilityRulesDto = z.infer<typeof ConsoleAccountabilityRulesDto>;

export const AccountabilityTriggerDto = z.object({ item: z.string().nullable(), summary: z.string() });

export const AccountabilityProvisionDto = z.object({
  id: z.string(),
  article: z.string(),
  consequence: z.string(),
  /** Labels of the forms of responsibility the article names (责令改正, 处分, 刑事责任 …). */
  forms: z.array(z.string()),
  triggers: z.array(AccountabilityTriggerDto),
});

export const AccountabilityLawDto = z.object({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  edition: z.string(),
  chapter: z.string(),
  covers: z.string(),
  provisions: z.array(AccountabilityProvisionDto),
});
export type AccountabilityLawDto = z.infer<typeof AccountabilityLawDto>;

export const ResponsibilityFormDto = z.object({ id: z.string(), label: z.string(), description: z.string(), basis: z.array(citation) });
export type ResponsibilityFormDto = z.infer<typeof ResponsibilityFormDto>;

export const PublicAccountabilityDto = z.object({
  bureauName: z.string().nullable(),
  /** Why the bureau publishes this and takes reports (行政处罚法 第七十五条第二款 …). */
  basis: z.array(citation),
  laws: z.array(AccountabilityLawDto),
  forms: z.array(ResponsibilityFormDto),
  /** The bureau's own rules; null until it has saved them. */
  rules: PublicAccountabilityRulesDto.nullable(),
});
export type PublicAccountabilityDto = z.infer<typeof PublicAccountabilityDto>;
