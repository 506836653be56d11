/**
 * Loads a whole catalogue (justice-powers.json shape) as a new list version in the caller's transaction: every item
 * through the same validation as an import (catalogEntryToPower), every basis linked to the library in one pass,
 * rows written in batches. Published at once when an approver is given (the demo seed, the bench); otherwise a
 * draft. Refuses the whole catalogue if any item is invalid.
 */
import { and, eq, max } from 'drizzle-orm';
import type { LocalDate } from '@quanze/domain';
import type { Tx } from '../../../platform/db.ts';
import { resolveCitations } from '../../legal-basis/index.ts';
import { itemValues } from '../commands/item-values.ts';
import { powerListItems, powerLists, powers } from '../powers.table.ts';
import { validateCatalogueItem } from './validate-catalogue.ts';

export interface CatalogueLoad {
  bureauId: string;
  subjectId: string;
  area: string;
  items: readonly unknown[];
  title: string;
  draftedBy: { id: string; name: string };
  approvedBy: { id: string; name: string } | null;
  date: LocalDate;
  now: Date;
}

const BATCH = 500;

export async function loadCatalogueAsList(tx: Tx, o: CatalogueLoad): Promise<{ listId: string; powerIds: Map<string, string> }> {
  const results = o.items.map((item, i) => validateCatalogueItem(item, i + 1, o.area));
  const errors = results.flatMap((r) => r.errors);
  if (errors.length) throw new Error(`catalogue has ${errors.length} invalid entries: ${errors.slice(0, 5).map((e) => `#${e.row} ${e.message}`).join('; ')}`);
  const rows = results.map((r) => r.row!);
  const linked = await resolveCitations(
    tx,
    o.bureauId,
    rows.flatMap((r) => r.input.basis),
  );
  let k = 0;
  const basisOf = rows.map((r) => r.input.basis.map((b) => ({ law: b.law, article: b.article, gist: b.gist, articleIds: linked[k++] ?? [] })));
  const [last] = await tx
    .select({ n: max(powerLists.versionNo) })
    .from(powerLists)
    .where(and(eq(powerLists.subjectId, o.subjectId)));
  const published = o.approvedBy !== null;
  const [list] = await tx
    .insert(powerLists)
    .values({
      bureauId: o.bureauId,
      subjectId: o.subjectId,
      versionNo: (last?.n ?? 0) + 1,
      status: published ? 'published' : 'draft',
      title: o.title,
      draftedBy: o.draftedBy.id,
      draftedByName: o.draftedBy.name,
      approvedBy: o.approvedBy?.id ?? null,
      approvedByName: o.approvedBy?.name ?? null,
      approvedOn: published ? o.date : null,
      publishedOn: published ? o.date : null,
      createdAt: o.now,
      updatedAt: o.now,
    })
    .returning({ id: powerLists.id });
  const powerIds = new Map<string, string>();
  for (let i = 0; i < rows.length; i += BATCH) {
    const part = rows.slice(i, i + BATCH);
    const ids = await tx
      .insert(powers)
      .values(part.map(() => ({ bureauId: o.bureauId, subjectId: o.subjectId, createdAt: o.now })))
      .returning({ id: powers.id });
    await tx.insert(powerListItems).values(
      part.map((r, j) => {
        powerIds.set(r.input.code, ids[j]!.id);
        return { ...itemValues(r.input, basisOf[i + j]!), bureauId: o.bureauId, listId: list!.id, powerId: ids[j]!.id, change: 'added' as const, createdAt: o.now, updatedAt: o.now };
      }),
    );
  }
  return { listId: list!.id, powerIds };
}
