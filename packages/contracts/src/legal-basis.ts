import { z } from 'zod';

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const basis = z.object({ law: z.string(), article: z.string(), note: z.string().optional() });
const text = (label: string, max: number) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过 ${max} 个字`);
const page = { page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20) };

/** 效力级别 (GLOSSARY): law … normativeDocument. */
export const LegalLevel = z.enum(['law', 'administrativeRegulation', 'localRegulation', 'departmentalRule', 'localGovernmentRule', 'normativeDocument']);
export const ArticleStatus = z.enum(['inForce', 'notYetEffective', 'repealed']);

/** 第N条第N款第（N）项 as numbers. */
export const ArticleAddressDto = z.object({
  article: z.number().int().min(1).max(9999),
  paragraph: z.number().int().min(1).max(99).nullable().optional(),
  item: z.number().int().min(1).max(99).nullable().optional(),
});

/** Structured sanctions of a provision (fines in fen). */
export const SanctionRangeDto = z.object({
  fineMinFen: z.number().int().min(0).nullable(),
  fineMaxFen: z.number().int().min(0).nullable(),
  multipleOfIllegalIncome: z.tuple([z.number().min(0), z.number().min(0)]).nullable(),
  suspensionMonthsMin: z.number().int().min(0).nullable(),
  suspensionMonthsMax: z.number().int().min(0).nullable(),
  otherSanctions: z.array(z.string().max(32)).max(20),
});

export type SanctionRangeDto = z.infer<typeof SanctionRangeDto>;

export const DocumentVersionDto = z.object({
  id: z.string(),
  label: z.string(),
  adoptedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  effectiveFrom: z.string(),
});

export const LegalDocumentSummaryDto = z.object({
  id: z.string(),
  title: z.string(),
  level: LegalLevel,
  levelLabel: z.string(),
  issuingBody: z.string(),
  documentNumber: z.string().nullable(),
  publishedOn: z.string().nullable(),
  effectiveFrom: z.string(),
  repealedOn: z.string().nullable(),
  /** As of today (Asia/Shanghai). */
  status: ArticleStatus,
  canSetPenalty: z.boolean(),
  articleCount: z.number().int(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export const LegalDocumentList = z.object({ items: z.array(LegalDocumentSummaryDto), total: z.number().int() });

export const ArticleVersionDto = z.object({
  id: z.string(),
  text: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  documentVersionId: z.string().nullable(),
  sanction: SanctionRangeDto.nullable(),
});

export const LegalArticleSummaryDto = z.object({
  id: z.string(),
  documentId: z.string(),
  documentTitle: z.string(),
  level: LegalLevel,
  address: ArticleAddressDto,
  /** 《中华人民共和国律师法》第四十七条 */
  label: z.string(),
  text: z.string(),
  isPenaltyProvision: z.boolean(),
  repealedOn: z.string().nullable(),
  status: ArticleStatus,
  statusLabel: z.string(),
});

export const LegalArticleDto = LegalArticleSummaryDto.extend({
  versions: z.array(ArticleVersionDto),
  version: z.number().int(),
  abilities: z.array(z.enum(['amend', 'repeal'])),
});

export const LegalDocumentDto = LegalDocumentSummaryDto.extend({
  versions: z.array(DocumentVersionDto),
  articles: z.array(LegalArticleSummaryDto),
  abilities: z.array(z.enum(['edit', 'repeal', 'addVersion', 'addArticle'])),
});

export const LegalDocumentListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  level: LegalLevel.optional(),
  ...page,
});

/** Article search: every term must occur (2-character terms and longer; a single character is scanned). */
export const ArticleSearchQuery = z.object({
  q: z.string().trim().max(100, '检索词不超过 100 个字').optional(),
  documentId: z.uuid().optional(),
  level: LegalLevel.optional(),
  penaltyOnly: z.enum(['0', '1']).optional(),
  ...page,
});
export const ArticleSearchResult = z.object({
  items: z.array(LegalArticleSummaryDto),
  total: z.number().int(),
  /** true when more matched than were counted (1,000): the total is then a lower bound. */
  totalCapped: z.boolean(),
  /** true when a one-character term made the search scan instead of using the index. */
  scanned: z.boolean(),
});

export const CreateDocumentRequest = z.object({
  title: text('文件名称', 200),
  level: LegalLevel,
  issuingBody: text('制定机关', 100),
  documentNumber: z.string().trim().max(100).nullable().optional(),
  publishedOn: isoDate.nullable().optional(),
  effectiveFrom: isoDate,
  note: z.string().trim().max(2000).nullable().optional(),
});
export const UpdateDocumentRequest = z.object({
  title: text('文件名称', 200).optional(),
  level: LegalLevel.optional(),
  issuingBody: text('制定机关', 100).optional(),
  documentNumber: z.string().trim().max(100).nullable().optional(),
  publishedOn: isoDate.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
  version: z.number().int(),
});
export const RepealRequest = z.object({
  /** First day NOT in force (自…起废止). */
  repealedOn: isoDate,
  reason: text('废止依据或原因', 500),
  version: z.number().int(),
});
export const AddDocumentVersionRequest = z.object({
  label: text('版本名称', 64),
  adoptedOn: isoDate.nullable().optional(),
  publishedOn: isoDate.nullable().optional(),
  effectiveFrom: isoDate,
  version: z.number().int(),
});
export const AddArticleRequest = z.object({
  address: ArticleAddressDto,
  text: text('条文内容', 10_000),
  /** Defaults to the document's effective date. */
  effectiveFrom: isoDate.optional(),
  isPenaltyProvision: z.boolean().default(false),
  sanction: SanctionRangeDto.nullable().optional(),
});
/** A new text from `effectiveFrom` (修正/修订): the current version ends the day before. */
export const AmendArticleRequest = z.object({
  text: text('条文内容', 10_000),
  effectiveFrom: isoDate,
  documentVersionId: z.uuid().nullable().optional(),
  sanction: SanctionRangeDto.nullable().optional(),
  isPenaltyProvision: z.boolean().optional(),
  version: z.number().int(),
});

/** Law-change impact: everything that cites the article (powers now; discretion rules and open cases later). */
export const ImpactItemDto = z.object({ kind: z.string(), id: z.string(), label: z.string(), via: z.enum(['direct', 'overlap']) });
export const ArticleImpactDto = z.object({
  articleId: z.string(),
  label: z.string(),
  status: ArticleStatus,
  powers: z.array(ImpactItemDto),
  others: z.array(ImpactItemDto),
  basis: basis.optional(),
});

/** Library import (JSON): documents with their articles; an article with several versions lists them. */
export const LibraryImportArticle = z.object({
  /** '第四十七条第（一）项' or numbers. */
  address: z.union([z.string(), ArticleAddressDto]),
  text: z.string().optional(),
  isPenaltyProvision: z.boolean().optional(),
  repealedOn: z.string().nullable().optional(),
  effectiveFrom: z.string().nullable().optional(),
  versions: z
    .array(z.object({ text: z.string(), effectiveFrom: z.string(), effectiveTo: z.string().nullable().optional(), versionLabel: z.string().nullable().optional() }))
    .optional(),
});
export const LibraryImportDocument = z.object({
  title: z.string(),
  level: z.string(),
  issuingBody: z.string(),
  documentNumber: z.string().nullable().optional(),
  publishedOn: z.string().nullable().optional(),
  effectiveFrom: z.string(),
  repealedOn: z.string().nullable().optional(),
  note: z.string().nullable().optional(),
  versions: z.array(z.object({ label: z.string(), adoptedOn: z.string().nullable().optional(), publishedOn: z.string().nullable().optional(), effectiveFrom: z.string() })).optional(),
  articles: z.array(LibraryImportArticle),
});
export const LibraryImportJson = z.object({ documents: z.array(LibraryImportDocument).min(1, '文件中没有法律文件').max(5_000) });
export type LibraryImportJson = z.infer<typeof LibraryImportJson>;

export const LegalImportDto = z.object({
  id: z.string(),
  status: z.enum(['validating', 'validated', 'committing', 'committed', 'failed']),
  progress: z.number().min(0).max(1),
  fileName: z.string().nullable(),
  format: z.enum(['xlsx', 'json']),
  /** Rows (Excel) or articles (JSON) read. */
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  documents: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
  errorCount: z.number().int(),
  failureReason: z.string().nullable(),
  imported: z.number().int().nullable(),
  createdAt: z.string(),
});
export type LegalImportDto = z.infer<typeof LegalImportDto>;
export const StartLegalImportResponse = z.object({ importId: z.string() });
export const CommitLegalImportRequest = z.object({ mode: z.enum(['all', 'validOnly']) });
export const CommitLegalImportResponse = z.object({ documents: z.number().int(), articles: z.number().int(), skipped: z.number().int() });
