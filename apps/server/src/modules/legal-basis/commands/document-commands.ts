/**
 * Documents of the library: create, edit the metadata, add a revision (修正/修订), repeal. Each is one transaction
 * with its audit row; a repeal is a date and a reason, never a deletion.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { LegalLevel } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Tx } from '../../../platform/db.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors.ts';
import { assertMayManageLaw } from '../legal-basis.policy.ts';
import { getDocument, type DocumentRow } from '../legal-basis.repository.ts';
import { legalArticles, legalDocuments, legalDocumentVersions } from '../legal-basis.table.ts';
import { libraryWrite } from '../library-cache.ts';

type Ip = string | null;
const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { fieldErrors: { [field]: [message] } });

export interface DocumentInput {
  title: string;
  level: LegalLevel;
  issuingBody: string;
  documentNumber?: string | null | undefined;
  publishedOn?: string | null | undefined;
  effectiveFrom: string;
  note?: string | null | undefined;
}

async function assertTitleFree(tx: Tx, bureauId: string, title: string, exceptId?: string): Promise<void> {
  const [dup] = await tx
    .select({ id: legalDocuments.id })
    .from(legalDocuments)
    .where(and(eq(legalDocuments.bureauId, bureauId), eq(legalDocuments.title, title), ...(exceptId ? [ne(legalDocuments.id, exceptId)] : [])));
  if (dup) throw new AppError('DUPLICATE', `法规库中已有《${title}》`, { fieldErrors: { title: ['同名文件已存在'] }, details: { documentId: dup.id } });
}

export async function createDocument(deps: Deps, actor: Actor, input: DocumentInput, ip: Ip): Promise<string> {
  assertMayManageLaw(actor);
  return libraryWrite(actor.bureauId, deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    await assertTitleFree(tx, actor.bureauId, input.title);
    const [d] = await tx
      .insert(legalDocuments)
      .values({
        bureauId: actor.bureauId,
        title: input.title,
        level: input.level,
        issuingBody: input.issuingBody,
        documentNumber: input.documentNumber ?? null,
        publishedOn: input.publishedOn ?? null,
        effectiveFrom: input.effectiveFrom,
        note: input.note ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: legalDocuments.id });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'law.document.create',
      objectType: 'legalDocument',
      objectId: d!.id,
      summary: { title: input.title, level: input.level, effectiveFrom: input.effectiveFrom },
    });
    return d!.id;
  }));
}

/** Lock, 404 outside the bureau, 409 on a stale version; then `change` and the audit row. */
async function mutateDocument(
  deps: Deps,
  actor: Actor,
  id: string,
  version: number,
  ip: Ip,
  action: string,
  change: (tx: Tx, d: DocumentRow, now: Date) => Promise<{ set: Partial<typeof legalDocuments.$inferInsert>; summary: Record<string, unknown> }>,
): Promise<void> {
  assertMayManageLaw(actor);
  await libraryWrite(actor.bureauId, deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const d = await getDocument(tx, id, true);
    if (!d || d.bureauId !== actor.bureauId) throw notFound('法律文件');
    if (d.version !== version) throw versionConflict();
    const { set, summary } = await change(tx, d, now);
    await tx
      .update(legalDocuments)
      .set({ ...set, version: d.version + 1, updatedAt: now })
      .where(eq(legalDocuments.id, d.id));
    await appendAudit(tx, auditContextOf(actor, ip), now, { action, objectType: 'legalDocument', objectId: d.id, summary: { title: d.title, ...summary } });
  }));
}

export async function updateDocument(deps: Deps, actor: Actor, id: string, input: Partial<DocumentInput> & { version: number }, ip: Ip): Promise<void> {
  await mutateDocument(deps, actor, id, input.version, ip, 'law.document.update', async (tx, d) => {
    if (input.title !== undefined && input.title !== d.title) {
      await assertTitleFree(tx, d.bureauId, input.title, d.id);
      await tx.update(legalArticles).set({ sortKey: input.title }).where(eq(legalArticles.documentId, d.id));
    }
    const set = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.level !== undefined ? { level: input.level } : {}),
      ...(input.issuingBody !== undefined ? { issuingBody: input.issuingBody } : {}),
      ...(input.documentNumber !== undefined ? { documentNumber: input.documentNumber } : {}),
      ...(input.publishedOn !== undefined ? { publishedOn: input.publishedOn } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
    };
    const before = Object.fromEntries(Object.keys(set).map((k) => [k, d[k as keyof DocumentRow]]));
    return { set, summary: { before, after: set } };
  });
}

export async function repealDocument(deps: Deps, actor: Actor, id: string, input: { repealedOn: string; reason: string; version: number }, ip: Ip): Promise<void> {
  await mutateDocument(deps, actor, id, input.version, ip, 'law.document.repeal', async (_tx, d) => {
    if (d.repealedOn) throw new AppError('CONFLICT', `《${d.title}》已于${d.repealedOn}废止`);
    if (input.repealedOn <= d.effectiveFrom) throw invalid('repealedOn', '废止日期应晚于施行日期');
    return { set: { repealedOn: input.repealedOn, repealReason: input.reason }, summary: { repealedOn: input.repealedOn, reason: input.reason } };
  });
}

export async function addDocumentVersion(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { label: string; adoptedOn?: string | null | undefined; publishedOn?: string | null | undefined; effectiveFrom: string; version: number },
  ip: Ip,
): Promise<void> {
  await mutateDocument(deps, actor, id, input.version, ip, 'law.document.addVersion', async (tx, d, now) => {
    if (d.repealedOn) throw new AppError('CONFLICT', `《${d.title}》已废止，不能增加版本`);
    if (input.effectiveFrom < d.effectiveFrom) throw invalid('effectiveFrom', '版本施行日期不得早于文件施行日期');
    await tx.insert(legalDocumentVersions).values({
      bureauId: d.bureauId,
      documentId: d.id,
      label: input.label,
      adoptedOn: input.adoptedOn ?? null,
      publishedOn: input.publishedOn ?? null,
      effectiveFrom: input.effectiveFrom,
      createdAt: now,
    });
    return { set: {}, summary: { label: input.label, effectiveFrom: input.effectiveFrom } };
  });
}
