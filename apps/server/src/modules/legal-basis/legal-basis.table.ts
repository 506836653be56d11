import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { SanctionRange } from '@quanze/domain';
import { users } from '../identity/identity.table.ts';
import { bureaus } from '../org/org.table.ts';

export const LEGAL_LEVEL_VALUES = [
  'law',
  'administrativeRegulation',
  'localRegulation',
  'departmentalRule',
  'localGovernmentRule',
  'normativeDocument',
] as const;

/**
 * 法律文件 of the library (法律 … 规范性文件). Each bureau keeps its own library (its local rules and documents sit next
 * to the national laws). Repeal is a date with its reason, never a deletion.
 */
export const legalDocuments = pgTable(
  'legal_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    title: text('title').notNull(),
    level: text('level', { enum: LEGAL_LEVEL_VALUES }).notNull(),
    issuingBody: text('issuing_body').notNull(),
    documentNumber: text('document_number'),
    publishedOn: date('published_on'),
    effectiveFrom: date('effective_from').notNull(),
    /** First day not in force (自…起废止). */
    repealedOn: date('repealed_on'),
    repealReason: text('repeal_reason'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('legal_documents_title_uq').on(t.bureauId, t.title), index('legal_documents_level_idx').on(t.bureauId, t.level)],
);

/** 修正 / 修订 of a document: kept, each with its dates. */
export const legalDocumentVersions = pgTable(
  'legal_document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => legalDocuments.id),
    label: text('label').notNull(),
    adoptedOn: date('adopted_on'),
    publishedOn: date('published_on'),
    effectiveFrom: date('effective_from').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('legal_document_versions_doc_idx').on(t.documentId, t.effectiveFrom)],
);

/**
 * A provision at the granularity it is cited (条, 款 or 项). `text` is the latest version's text, kept here with its
 * search terms (`search_bigrams`, from the domain's bigrams()) so that the GIN index answers `@>` for 2-character
 * Chinese terms, which pg_trgm cannot.
 */
export const legalArticles = pgTable(
  'legal_articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => legalDocuments.id),
    articleNo: integer('article_no').notNull(),
    paragraphNo: integer('paragraph_no'),
    itemNo: integer('item_no'),
    /** The document's title, copied so that reading order (document, 条, 款, 项) is one index: a search for a common
     * term walks it and stops at the page instead of sorting every match. Kept in step when a title changes. */
    sortKey: text('sort_key').notNull(),
    text: text('text').notNull(),
    searchBigrams: text('search_bigrams').array().notNull(),
    /** The text NFKC-normalised, only when that differs from `text` (PDF copies with 康熙部首 etc.): the re-check reads it. */
    searchText: text('search_text'),
    isPenaltyProvision: boolean('is_penalty_provision').notNull().default(false),
    repealedOn: date('repealed_on'),
    repealReason: text('repeal_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('legal_articles_bigrams_gin').using('gin', t.searchBigrams),
    uniqueIndex('legal_articles_address_uq').on(t.documentId, t.articleNo, sql`coalesce(${t.paragraphNo}, 0)`, sql`coalesce(${t.itemNo}, 0)`),
    index('legal_articles_bureau_idx').on(t.bureauId, t.isPenaltyProvision),
    index('legal_articles_order_idx').on(t.bureauId, sql`${t.sortKey} collate "C"`, t.articleNo, t.paragraphNo.asc().nullsFirst(), t.itemNo.asc().nullsFirst(), t.id),
  ],
);

/** The text of an article between two dates; a new version closes the previous one (history kept). */
export const legalArticleVersions = pgTable(
  'legal_article_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    articleId: uuid('article_id')
      .notNull()
      .references(() => legalArticles.id),
    text: text('text').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    /** Last day in force, inclusive; null while current. */
    effectiveTo: date('effective_to'),
    documentVersionId: uuid('document_version_id').references(() => legalDocumentVersions.id),
    sanction: jsonb('sanction').$type<SanctionRange>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('legal_article_versions_article_idx').on(t.articleId, t.effectiveFrom)],
);

export interface LibraryImportError {
  row: number;
  field: string;
  message: string;
}

/** A validated document of an import, ready to write: nothing is written until commit. */
export interface LibraryImportDocument {
  row: number;
  title: string;
  level: (typeof LEGAL_LEVEL_VALUES)[number];
  issuingBody: string;
  documentNumber: string | null;
  publishedOn: string | null;
  effectiveFrom: string;
  repealedOn: string | null;
  note: string | null;
  versions: { label: string; adoptedOn: string | null; publishedOn: string | null; effectiveFrom: string }[];
  articles: {
    article: number;
    paragraph: number | null;
    item: number | null;
    isPenaltyProvision: boolean;
    repealedOn: string | null;
    versions: { text: string; effectiveFrom: string; effectiveTo: string | null; versionLabel: string | null }[];
  }[];
}

/** Library imports (法规库导入): validated in the background with progress, committed in one transaction. */
export const legalImports = pgTable(
  'legal_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    fileName: text('file_name'),
    format: text('format', { enum: ['xlsx', 'json'] }).notNull(),
    status: text('status', { enum: ['validating', 'validated', 'committing', 'committed', 'failed'] }).notNull(),
    progress: doublePrecision('progress').notNull().default(0),
    total: integer('total').notNull().default(0),
    valid: integer('valid').notNull().default(0),
    documentCount: integer('document_count').notNull().default(0),
    errors: jsonb('errors').notNull().$type<LibraryImportError[]>().default([]),
    errorCount: integer('error_count').notNull().default(0),
    documents: jsonb('documents').$type<LibraryImportDocument[]>(),
    failureReason: text('failure_reason'),
    imported: integer('imported'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('legal_imports_bureau_idx').on(t.bureauId, t.createdAt)],
);
