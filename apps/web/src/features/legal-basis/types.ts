/**
 * Legal-basis library DTO types, derived from the zod schemas in @quanze/contracts (legal-basis.ts).
 * `ReturnType<S['parse']>` is a schema's output type, so the web needs no direct zod import.
 */
import type {
  AddArticleRequest as AddArticleSchema,
  AddDocumentVersionRequest as AddVersionSchema,
  AmendArticleRequest as AmendSchema,
  ArticleImpactDto as ImpactSchema,
  ArticleSearchResult as SearchResultSchema,
  ArticleStatus as ArticleStatusSchema,
  CommitLegalImportResponse as CommitSchema,
  CreateDocumentRequest as CreateDocumentSchema,
  LegalArticleDto as ArticleSchema,
  LegalArticleSummaryDto as ArticleSummarySchema,
  LegalDocumentDto as DocumentSchema,
  LegalDocumentList as DocumentListSchema,
  LegalDocumentSummaryDto as DocumentSummarySchema,
  LegalImportDto as ImportSchema,
  LegalLevel as LegalLevelSchema,
  RepealRequest as RepealSchema,
  UpdateDocumentRequest as UpdateDocumentSchema,
} from '@quanze/contracts';

type Output<S extends { parse: (value: unknown) => unknown }> = ReturnType<S['parse']>;

export type LegalLevel = Output<typeof LegalLevelSchema>;
export type ArticleStatus = Output<typeof ArticleStatusSchema>;
export type LegalDocumentSummary = Output<typeof DocumentSummarySchema>;
export type LegalDocumentList = Output<typeof DocumentListSchema>;
export type LegalDocument = Output<typeof DocumentSchema>;
export type LegalArticleSummary = Output<typeof ArticleSummarySchema>;
export type LegalArticle = Output<typeof ArticleSchema>;
export type ArticleSearchResult = Output<typeof SearchResultSchema>;
export type ArticleImpact = Output<typeof ImpactSchema>;
export type CreateDocumentRequest = Output<typeof CreateDocumentSchema>;
export type UpdateDocumentRequest = Output<typeof UpdateDocumentSchema>;
export type RepealRequest = Output<typeof RepealSchema>;
export type AddDocumentVersionRequest = Output<typeof AddVersionSchema>;
export type AddArticleRequest = Output<typeof AddArticleSchema>;
export type AmendArticleRequest = Output<typeof AmendSchema>;
export type LegalImport = Output<typeof ImportSchema>;
export type CommitLegalImportResponse = Output<typeof CommitSchema>;
