/**
 * Articles: add one to a document, amend it (a new version from a date; the current one ends the day before — the
 * old text is kept), repeal it. The domain's checkArticleVersions must pass on the result, so that every day has
 * exactly one answer to "which text was in force".
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { addCalendarDays, checkArticleVersions, formatArticleAddress, type ArticleAddress, type LegalArticle, type LocalDate, type SanctionRange } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors.ts';
import { searchColumns } from '../article-search.ts';
import { assertMayManageLaw } from '../legal-basis.policy.ts';
import { getArticleRow, getDocument, toDocumentFacts, toLegalArticle, versionsOf } from '../legal-basis.repository.ts';
import { legalArticles, legalArticleVersions } from '../legal-basis.table.ts';
import { libraryWrite } from '../library-cache.ts';

type Ip = string | null;

function assertVersionsValid(article: LegalArticle): void {
  const problems = checkArticleVersions(article);
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', `条文版本有误：${problems.map((p) => p.message).join('；')}`, {
      details: { problems: problems.map((p) => ({ code: p.code, message: p.message })) },
    });
  }
}

export interface ArticleInput {
  address: ArticleAddress;
  text: string;
  effectiveFrom?: string | undefined;
  isPenaltyProvision: boolean;
  sanction?: SanctionRange | null | undefined;
}

export async function addArticle(deps: Deps, actor: Actor, documentId: string, input: ArticleInput, ip: Ip): Promise<string> {
  assertMayManageLaw(actor);
  return libraryWrite(actor.bureauId, deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const d = await getDocument(tx, documentId, true);
    if (!d || d.bureauId !== actor.bureauId) throw notFound('法律文件');
    if (d.repealedOn) throw new AppError('CONFLICT', `《${d.title}》已废止，不能增加条文`);
    const address = { article: input.address.article, paragraph: input.address.paragraph ?? null, item: input.address.item ?? null };
    const [dup] = await tx
      .select({ id: legalArticles.id })
      .from(legalArticles)
      .where(
        and(
          eq(legalArticles.documentId, d.id),
          eq(legalArticles.articleNo, address.article),
          sql`coalesce(${legalArticles.paragraphNo}, 0) = ${address.paragraph ?? 0}`,
          sql`coalesce(${legalArticles.itemNo}, 0) = ${address.item ?? 0}`,
        ),
      );
    if (dup) throw new AppError('DUPLICATE', `《${d.title}》${formatArticleAddress(address)}已在法规库中`, { details: { articleId: dup.id } });
    const effectiveFrom = (input.effectiveFrom ?? d.effectiveFrom) as LocalDate;
    assertVersionsValid({
      id: 'new',
      document: toDocumentFacts(d),
      address,
      versions: [{ id: 'v', text: input.text, effectiveFrom, effectiveTo: null, documentVersionId: null }],
      repealedOn: null,
      isPenaltyProvision: input.isPenaltyProvision,
    });
    const [a] = await tx
      .insert(legalArticles)
      .values({
        bureauId: d.bureauId,
        documentId: d.id,
        articleNo: address.article,
        paragraphNo: address.paragraph,
        itemNo: address.item,
        sortKey: d.title,
        text: input.text,
        ...searchColumns(input.text),
        isPenaltyProvision: input.isPenaltyProvision,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: legalArticles.id });
    await tx.insert(legalArticleVersions).values({ bureauId: d.bureauId, articleId: a!.id, text: input.text, effectiveFrom, sanction: input.sanction ?? null, createdAt: now });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'law.article.create',
      objectType: 'legalArticle',
      objectId: a!.id,
      summary: { document: d.title, address: formatArticleAddress(address), isPenaltyProvision: input.isPenaltyProvision },
    });
    return a!.id;
  }));
}

export interface AmendInput {
  text: string;
  effectiveFrom: string;
  documentVersionId?: string | null | undefined;
  sanction?: SanctionRange | null | undefined;
  isPenaltyProvision?: boolean | undefined;
  version: number;
}

export async function amendArticle(deps: Deps, actor: Actor, id: string, input: AmendInput, ip: Ip): Promise<void> {
  assertMayManageLaw(actor);
  await libraryWrite(actor.bureauId, deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const a = await getArticleRow(tx, id, true);
    if (!a || a.bureauId !== actor.bureauId) throw notFound('条文');
    if (a.version !== input.version) throw versionConflict();
    const d = (await getDocument(tx, a.documentId))!;
    if (a.repealedOn || d.repealedOn) throw new AppError('CONFLICT', '条文已废止，不能修正');
    const versions = (await versionsOf(tx, [a.id])).get(a.id) ?? [];
    const open = versions.find((v) => v.effectiveTo === null);
    if (!open) throw new AppError('CONFLICT', '条文没有现行版本，不能修正');
    if (input.effectiveFrom <= open.effectiveFrom)
      throw new AppError('VALIDATION_FAILED', `新版本施行日期应晚于现行版本的施行日期（${open.effectiveFrom}）`, { fieldErrors: { effectiveFrom: ['应晚于现行版本施行日期'] } });
    const closedTo = addCalendarDays(input.effectiveFrom as LocalDate, -1);
    const next = { id: 'new', text: input.text, effectiveFrom: input.effectiveFrom, effectiveTo: null, documentVersionId: input.documentVersionId ?? null, sanction: input.sanction ?? null, articleId: a.id, bureauId: a.bureauId, createdAt: now };
    assertVersionsValid(
      toLegalArticle(a, toDocumentFacts(d), [...versions.map((v) => (v.id === open.id ? { ...v, effectiveTo: closedTo } : v)), next]),
    );
    await tx.update(legalArticleVersions).set({ effectiveTo: closedTo }).where(and(eq(legalArticleVersions.id, open.id), isNull(legalArticleVersions.effectiveTo)));
    const { id: _new, ...values } = next;
    await tx.insert(legalArticleVersions).values(values);
    await tx
      .update(legalArticles)
      .set({
        text: input.text,
        ...searchColumns(input.text),
        ...(input.isPenaltyProvision !== undefined ? { isPenaltyProvision: input.isPenaltyProvision } : {}),
        version: a.version + 1,
        updatedAt: now,
      })
      .where(eq(legalArticles.id, a.id));
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'law.article.amend',
      objectType: 'legalArticle',
      objectId: a.id,
      summary: { document: d.title, address: formatArticleAddress({ article: a.articleNo, paragraph: a.paragraphNo, item: a.itemNo }), effectiveFrom: input.effectiveFrom, previousVersionEnds: closedTo },
    });
  }));
}

export async function repealArticle(deps: Deps, actor: Actor, id: string, input: { repealedOn: string; reason: string; version: number }, ip: Ip): Promise<void> {
  assertMayManageLaw(actor);
  await libraryWrite(actor.bureauId, deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const a = await getArticleRow(tx, id, true);
    if (!a || a.bureauId !== actor.bureauId) throw notFound('条文');
    if (a.version !== input.version) throw versionConflict();
    if (a.repealedOn) throw new AppError('CONFLICT', `该条文已于${a.repealedOn}废止`);
    const d = (await getDocument(tx, a.documentId))!;
    const versions = (await versionsOf(tx, [a.id])).get(a.id) ?? [];
    assertVersionsValid(toLegalArticle({ ...a, repealedOn: input.repealedOn }, toDocumentFacts(d), versions));
    await tx.update(legalArticles).set({ repealedOn: input.repealedOn, repealReason: input.reason, version: a.version + 1, updatedAt: now }).where(eq(legalArticles.id, a.id));
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'law.article.repeal',
      objectType: 'legalArticle',
      objectId: a.id,
      summary: { document: d.title, address: formatArticleAddress({ article: a.articleNo, paragraph: a.paragraphNo, item: a.itemNo }), repealedOn: input.repealedOn, reason: input.reason },
    });
  }));
}
