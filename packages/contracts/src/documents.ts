/**
 * 执法文书 and the case file (案卷): the documents generated for a case (each version kept), what can be generated
 * now, and the completeness check archiving rests on. Kinds mirror GENERATED_DOCUMENT_KINDS of packages/domain.
 */
import { z } from 'zod';

const citation = z.object({ law: z.string(), article: z.string(), note: z.string().optional() });

export const GENERATED_DOCUMENT_KIND_VALUES = [
  'filingApproval',
  'declineFilingApproval',
  'inquiryRecord',
  'inspectionRecord',
  'investigationReport',
  'legalReviewOpinion',
  'collectiveDiscussionRecord',
  'priorNotice',
  'hearingNotice',
  'decision',
  'noPenaltyDecision',
  'onTheSpotDecision',
  'serviceReceipt',
  'transferLetter',
  'closingReport',
  'caseFileCover',
] as const;
export const GeneratedDocumentKindDto = z.enum(GENERATED_DOCUMENT_KIND_VALUES, '不支持生成的文书种类');

export const GenerateDocumentRequest = z.object({ kind: GeneratedDocumentKindDto });
export type GenerateDocumentRequest = z.infer<typeof GenerateDocumentRequest>;

export const CaseDocumentDto = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  /** 文号 (示司罚决字〔2026〕第1号); null for forms without their own number. */
  number: z.string().nullable(),
  title: z.string(),
  /** 1 for the first generation of this kind; regenerating adds a version, earlier ones stay. */
  version: z.number(),
  /** SM3 of the .docx bytes (the file store id). */
  fileHash: z.string(),
  size: z.number(),
  generatedByName: z.string(),
  generatedAt: z.string(),
});
export type CaseDocumentDto = z.infer<typeof CaseDocumentDto>;

export const DocumentAvailabilityDto = z.object({
  kind: z.string(),
  label: z.string(),
  available: z.boolean(),
  reason: z.string().nullable(),
  /** The article of the document's window rule when it decides (refused after the window, or re-issue only). */
  basis: citation.nullable().optional(),
  /** The window has closed and the document was made in time: generating issues this version again, unchanged (补打). */
  reissueVersion: z.number().nullable().optional(),
});
export type DocumentAvailabilityDto = z.infer<typeof DocumentAvailabilityDto>;

export const CaseFileCheckDto = z.object({
  path: z.string(),
  pathLabel: z.string(),
  complete: z.boolean(),
  required: z.array(z.object({ kind: z.string(), label: z.string(), reason: z.string(), basis: citation, present: z.boolean() })),
  missing: z.array(z.object({ kind: z.string(), label: z.string(), reason: z.string(), basis: citation })),
});
export type CaseFileCheckDto = z.infer<typeof CaseFileCheckDto>;

export const CaseDocumentsResponse = z.object({
  /** Every version, newest first. */
  items: z.array(CaseDocumentDto),
  available: z.array(DocumentAvailabilityDto),
  /** The actor holds case:manage or case:approve. */
  canGenerate: z.boolean(),
  caseFile: CaseFileCheckDto,
});
export type CaseDocumentsResponse = z.infer<typeof CaseDocumentsResponse>;
