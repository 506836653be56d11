/**
 * 执法文书 generated for a case (案卷): one row per generated version. Regenerating a kind adds a version; nothing
 * is updated or deleted. The bytes live in the file store under their SM3 hash (file_hash); the model they were
 * rendered from is kept beside them for the preview.
 */
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { DocumentModel, GeneratedDocumentKind } from '@quanze/domain';
import { penaltyCases } from '../cases/cases.table.ts';
import { users } from '../identity/identity.table.ts';
import { bureaus } from '../org/org.table.ts';

export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCases.id),
    kind: text('kind').notNull().$type<GeneratedDocumentKind>(),
    /** 文号; the same for every version of a kind (a number is issued once). */
    number: text('number'),
    title: text('title').notNull(),
    version: integer('version').notNull(),
    /** SM3 hex of the .docx bytes: the file-store id, re-checked on download. */
    fileHash: text('file_hash').notNull(),
    size: integer('size').notNull(),
    /** The document model the file was rendered from: the HTML preview renders the same model (one model, two renderers). */
    model: jsonb('model').notNull().$type<DocumentModel>(),
    generatedBy: uuid('generated_by')
      .notNull()
      .references(() => users.id),
    generatedByName: text('generated_by_name').notNull(),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('case_documents_version_uq').on(t.caseId, t.kind, t.version),
    index('case_documents_case_idx').on(t.caseId, t.generatedAt),
    index('case_documents_bureau_idx').on(t.bureauId, t.generatedAt),
  ],
);
