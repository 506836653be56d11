/**
 * Appends an audit row inside the caller's transaction, so the change and its audit row commit or roll back
 * together. The advisory lock serialises writers across app nodes for the chain's next link.
 */
import { desc, sql } from 'drizzle-orm';
import type { Citation } from '@quanze/domain';
import type { Executor } from '../db.ts';
import { auditEvents } from './audit.table.ts';
import { chainHash, GENESIS_HASH, type ChainedFields } from './audit-chain.ts';

const AUDIT_CHAIN_LOCK = 7_321_001;

export interface AuditContext {
  actorId: string | null;
  actorName: string | null;
  bureauId: string | null;
  ip: string | null;
}

export interface AuditEntry {
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  result?: 'success' | 'failure';
  /** before/after summary: never secrets, never unmasked personal data. */
  summary?: Record<string, unknown> | null;
  basis?: Citation | null;
}

export async function appendAudit(tx: Executor, ctx: AuditContext, now: Date, e: AuditEntry): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const fields: ChainedFields = {
    seq: (last?.seq ?? 0) + 1,
    // Stored with millisecond precision so that the value read back hashes the same.
    occurredAt: new Date(now.getTime()),
    bureauId: ctx.bureauId,
    actorId: ctx.actorId,
    actorName: ctx.actorName,
    ip: ctx.ip,
    action: e.action,
    objectType: e.objectType ?? null,
    objectId: e.objectId ?? null,
    result: e.result ?? 'success',
    summary: e.summary ?? null,
    basis: e.basis ? `${e.basis.law} ${e.basis.article}` : null,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(auditEvents).values({ ...fields, prevHash, hash: chainHash(prevHash, fields) });
  return fields.seq;
}
