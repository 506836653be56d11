/** Read models of the library: document list and detail, article detail and search, scoped to the actor's bureau. */
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ArticleSearchResult, LegalArticleDto, LegalDocumentDto, LegalDocumentList } from '@quanze/contracts';
import type { LegalLevel } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { searchArticleIds } from './article-search.ts';
import { today } from './legal-basis.config.ts';
import { canReadLaw, documentAbilities } from './legal-basis.policy.ts';
import { presentArticle, presentArticleSummary, presentDocumentSummary } from './legal-basis.presenter.ts';
import { articlesOfDocument, documentVersionsOf, getArticleRow, getDocument, loadLegalArticles } from './legal-basis.repository.ts';
import { legalArticles, legalDocuments } from './legal-basis.table.ts';

/** LIKE with the user's text as a literal: %, _ and \ escaped (issue #4: "Escape user wildcards"). */
export const likeContains = (text: string): string => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

function assertRead(actor: Actor): void {
  if (!actor.permissions.has('law:read')) throw new AppError('FORBIDDEN', '没有查看法规库的权限');
}

export async function listDocuments(
  deps: Deps,
  actor: Actor,
  q: { q?: string | undefined; level?: LegalLevel | undefined; page: number; pageSize: number },
): Promise<z.infer<typeof LegalDocumentList>> {
  assertRead(actor);
  const conds: SQL[] = [eq(legalDocuments.bureauId, actor.bureauId)];
  if (q.q) conds.push(sql`${legalDocuments.title} like ${likeContains(q.q)} escape '\\'`);
  if (q.level) conds.push(eq(legalDocuments.level, q.level));
  const where = and(...conds);
  const [rows, [total]] = await Promise.all([
    deps.db
      .select()
      .from(legalDocuments)
      .where(where)
      .orderBy(asc(legalDocuments.level), sql`${legalDocuments.title} collate "C"`)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    deps.db.select({ n: count() }).from(legalDocuments).where(where),
  ]);
  const counts = rows.length
    ? await deps.db
        .select({ documentId: legalArticles.documentId, n: count() })
        .from(legalArticles)
        .where(
          inArray(
            legalArticles.documentId,
            rows.map((r) => r.id),
          ),
        )
        .groupBy(legalArticles.documentId)
    : [];
  const n = new Map(counts.map((c) => [c.documentId, c.n]));
  const date = today(deps.clock);
  return { items: rows.map((d) => presentDocumentSummary(d, n.get(d.id) ?? 0, date)), total: total?.n ?? 0 };
}

export async function documentDetail(deps: Deps, actor: Actor, id: string): Promise<z.infer<typeof LegalDocumentDto>> {
  const d = await getDocument(deps.db, id);
  if (!d || !canReadLaw(actor, d)) throw notFound('法律文件');
  const [versions, rows, articles] = await Promise.all([
    documentVersionsOf(deps.db, d.id),
    articlesOfDocument(deps.db, d.id),
    loadLegalArticles(deps.db, d.bureauId, { documentIds: [d.id] }),
  ]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const date = today(deps.clock);
  return {
    ...presentDocumentSummary(d, rows.length, date),
    versions: versions.map((v) => ({ id: v.id, label: v.label, adoptedOn: v.adoptedOn, publishedOn: v.publishedOn, effectiveFrom: v.effectiveFrom })),
    articles: rows.flatMap((r) => {
      const a = byId.get(r.id);
      return a ? [presentArticleSummary(a, r, date)] : [];
    }),
    abilities: documentAbilities(actor, d),
  };
}

export async function articleDetail(deps: Deps, actor: Actor, id: string): Promise<z.infer<typeof LegalArticleDto>> {
  const row = await getArticleRow(deps.db, id);
  if (!row || !canReadLaw(actor, row)) throw notFound('条文');
  const [a] = await loadLegalArticles(deps.db, row.bureauId, { ids: [row.id] });
  if (!a) throw notFound('条文');
  return presentArticle(actor, a, row, today(deps.clock));
}

export async function searchArticles(
  deps: Deps,
  actor: Actor,
  q: { q?: string | undefined; documentId?: string | undefined; level?: LegalLevel | undefined; penaltyOnly?: '0' | '1' | undefined; page: number; pageSize: number },
): Promise<z.infer<typeof ArticleSearchResult>> {
  assertRead(actor);
  const hits = await searchArticleIds(deps.db, {
    bureauId: actor.bureauId,
    q: q.q,
    documentId: q.documentId,
    level: q.level,
    penaltyOnly: q.penaltyOnly === '1',
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  if (hits.ids.length === 0) return { items: [], total: hits.total, totalCapped: hits.totalCapped, scanned: hits.scanned };
  const [articles, rows] = await Promise.all([
    loadLegalArticles(deps.db, actor.bureauId, { ids: hits.ids }),
    deps.db.select({ id: legalArticles.id, text: legalArticles.text, repealedOn: legalArticles.repealedOn }).from(legalArticles).where(inArray(legalArticles.id, hits.ids)),
  ]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const date = today(deps.clock);
  return {
    items: hits.ids.flatMap((id) => {
      const a = byId.get(id);
      const r = rowById.get(id);
      return a && r ? [presentArticleSummary(a, r, date)] : [];
    }),
    total: hits.total,
    totalCapped: hits.totalCapped,
    scanned: hits.scanned,
  };
}
