/** The only place the library tables are read: rows, and rows turned into the domain's LegalArticle. */
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DocumentFacts, LegalArticle, LocalDate } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { legalArticles, legalArticleVersions, legalDocuments, legalDocumentVersions } from './legal-basis.table.ts';

export type DocumentRow = typeof legalDocuments.$inferSelect;
export type ArticleRow = typeof legalArticles.$inferSelect;
export type ArticleVersionRow = typeof legalArticleVersions.$inferSelect;
export type DocumentVersionRow = typeof legalDocumentVersions.$inferSelect;

export const toDocumentFacts = (d: DocumentRow): DocumentFacts => ({
  id: d.id,
  title: d.title,
  level: d.level,
  issuingBody: d.issuingBody,
  documentNumber: d.documentNumber,
  publishedOn: d.publishedOn as LocalDate | null,
  effectiveFrom: d.effectiveFrom as LocalDate,
  repealedOn: d.repealedOn as LocalDate | null,
});

export function toLegalArticle(a: ArticleRow, document: DocumentFacts, versions: readonly ArticleVersionRow[]): LegalArticle {
  return {
    id: a.id,
    document,
    address: { article: a.articleNo, paragraph: a.paragraphNo, item: a.itemNo },
    versions: versions.map((v) => ({
      id: v.id,
      text: v.text,
      effectiveFrom: v.effectiveFrom as LocalDate,
      effectiveTo: v.effectiveTo as LocalDate | null,
      documentVersionId: v.documentVersionId,
      sanction: v.sanction ?? null,
    })),
    repealedOn: a.repealedOn as LocalDate | null,
    isPenaltyProvision: a.isPenaltyProvision,
  };
}

export async function getDocument(db: Executor, id: string, forUpdate = false): Promise<DocumentRow | undefined> {
  const q = db.select().from(legalDocuments).where(eq(legalDocuments.id, id));
  const [r] = forUpdate ? await q.for('update') : await q;
  return r;
}

export async function getArticleRow(db: Executor, id: string, forUpdate = false): Promise<ArticleRow | undefined> {
  const q = db.select().from(legalArticles).where(eq(legalArticles.id, id));
  const [r] = forUpdate ? await q.for('update') : await q;
  return r;
}

export async function documentVersionsOf(db: Executor, documentId: string): Promise<DocumentVersionRow[]> {
  return db.select().from(legalDocumentVersions).where(eq(legalDocumentVersions.documentId, documentId)).orderBy(asc(legalDocumentVersions.effectiveFrom));
}

export async function versionsOf(db: Executor, articleIds: readonly string[]): Promise<Map<string, ArticleVersionRow[]>> {
  const map = new Map<string, ArticleVersionRow[]>();
  if (articleIds.length === 0) return map;
  for (let i = 0; i < articleIds.length; i += 5_000) {
    const rows = await db
      .select()
      .from(legalArticleVersions)
      .where(inArray(legalArticleVersions.articleId, articleIds.slice(i, i + 5_000)))
      .orderBy(asc(legalArticleVersions.effectiveFrom));
    for (const v of rows) {
      const list = map.get(v.articleId);
      if (list) list.push(v);
      else map.set(v.articleId, [v]);
    }
  }
  return map;
}

const articleOrder = [asc(legalArticles.articleNo), sql`${legalArticles.paragraphNo} nulls first`, sql`${legalArticles.itemNo} nulls first`];

export async function articlesOfDocument(db: Executor, documentId: string): Promise<ArticleRow[]> {
  return db.select().from(legalArticles).where(eq(legalArticles.documentId, documentId)).orderBy(...articleOrder);
}

export interface LoadFilter {
  /** Articles with these ids … */
  ids?: readonly string[];
  /** … and/or every penalty provision of the bureau (the reverse view of the coverage check). */
  penaltyProvisions?: boolean;
  documentIds?: readonly string[];
}

/**
 * Library articles as the domain sees them (document facts and every version joined), in three queries whatever
 * the number: articles, their documents, their versions.
 */
export async function loadLegalArticles(db: Executor, bureauId: string, f: LoadFilter): Promise<LegalArticle[]> {
  const conds: SQL[] = [];
  if (f.ids && f.ids.length) conds.push(inArray(legalArticles.id, [...f.ids]));
  if (f.penaltyProvisions) conds.push(eq(legalArticles.isPenaltyProvision, true));
  if (f.documentIds && f.documentIds.length) conds.push(inArray(legalArticles.documentId, [...f.documentIds]));
  if (conds.length === 0) return [];
  const rows = await db
    .select()
    .from(legalArticles)
    .where(and(eq(legalArticles.bureauId, bureauId), or(...conds)));
  if (rows.length === 0) return [];
  const docIds = [...new Set(rows.map((r) => r.documentId))];
  // Sequential: `db` may be a transaction's single client.
  const docs = await db.select().from(legalDocuments).where(inArray(legalDocuments.id, docIds));
  const versions = await versionsOf(
    db,
    rows.map((r) => r.id),
  );
  const facts = new Map(docs.map((d) => [d.id, toDocumentFacts(d)]));
  return rows.flatMap((a) => {
    const d = facts.get(a.documentId);
    return d ? [toLegalArticle(a, d, versions.get(a.id) ?? [])] : [];
  });
}

/** Documents of the bureau (id and title), for resolving citations written as text. */
export async function documentTitles(db: Executor, bureauId: string): Promise<{ id: string; title: string }[]> {
  return db.select({ id: legalDocuments.id, title: legalDocuments.title }).from(legalDocuments).where(eq(legalDocuments.bureauId, bureauId));
}

export async function addressesOfDocuments(db: Executor, documentIds: readonly string[]) {
  if (documentIds.length === 0) return [];
  return db
    .select({ id: legalArticles.id, documentId: legalArticles.documentId, article: legalArticles.articleNo, paragraph: legalArticles.paragraphNo, item: legalArticles.itemNo })
    .from(legalArticles)
    .where(inArray(legalArticles.documentId, [...documentIds]));
}
