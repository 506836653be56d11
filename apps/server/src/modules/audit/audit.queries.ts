import { and, asc, count, desc, eq, gt, gte, ilike, isNull, lte, or, type SQL } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { GENESIS_HASH, verifyBatch, type BrokenLink } from '../../platform/audit/audit-chain.ts';
import type { Executor } from '../../platform/db.ts';
import { basisForDisplay, summaryForDisplay } from './audit-display.ts';

export interface AuditFilter {
  bureauId: string;
  actor?: string | undefined;
  action?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

export async function searchAudit(db: Executor, f: AuditFilter) {
  // Events with no bureau (failed logins for unknown user names) are shown to every bureau's auditor.
  const conds: SQL[] = [or(eq(auditEvents.bureauId, f.bureauId), isNull(auditEvents.bureauId))!];
  if (f.actor) conds.push(ilike(auditEvents.actorName, `%${escapeLike(f.actor)}%`));
  if (f.action) conds.push(ilike(auditEvents.action, `${escapeLike(f.action)}%`));
  if (f.objectType) conds.push(eq(auditEvents.objectType, f.objectType));
  if (f.objectId) conds.push(eq(auditEvents.objectId, f.objectId));
  if (f.from) conds.push(gte(auditEvents.occurredAt, new Date(f.from)));
  if (f.to) conds.push(lte(auditEvents.occurredAt, new Date(f.to)));
  const where = and(...conds);
  const rows = await db.select().from(auditEvents).where(where).orderBy(desc(auditEvents.seq)).limit(f.pageSize).offset((f.page - 1) * f.pageSize);
  const [c] = await db.select({ n: count() }).from(auditEvents).where(where);
  return {
    items: rows.map((r) => ({
      seq: r.seq,
      occurredAt: r.occurredAt.toISOString(),
      actorId: r.actorId,
      actorName: r.actorName,
      ip: r.ip,
      action: r.action,
      objectType: r.objectType,
      objectId: r.objectId,
      result: r.result,
      summary: summaryForDisplay(r.summary ?? null),
      basis: basisForDisplay(r.basis),
    })),
    total: c?.n ?? 0,
  };
}

const BATCH = 5_000;

/** Walks the whole chain in seq order, in batches, and names the first broken link. */
export async function verifyChain(db: Executor): Promise<{ ok: boolean; checked: number; firstBroken: BrokenLink | null }> {
  let state = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditEvents).where(gt(auditEvents.seq, state.seq)).orderBy(asc(auditEvents.seq)).limit(BATCH);
    if (rows.length === 0) return { ok: true, checked, firstBroken: null };
    const res = verifyBatch(
      rows.map((r) => ({ ...r, summary: (r.summary ?? null) })),
      state,
    );
    if ('broken' in res) return { ok: false, checked: checked + (res.broken.seq - state.seq - 1), firstBroken: res.broken };
    checked += rows.length;
    state = res.next;
  }
}
