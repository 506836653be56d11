/**
 * The SM3 hash chain over audit rows: h_n = SM3(h_(n-1) ‖ canonical(row_n)).
 * canonical() is a fixed-order JSON array with object keys sorted, so the hash does not depend on how jsonb
 * happens to order keys when the row is read back.
 */
import { sm3Hex } from '../crypto.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  seq: number;
  occurredAt: Date;
  bureauId: string | null;
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: 'success' | 'failure';
  summary: Record<string, unknown> | null;
  basis: string | null;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    return Object.fromEntries(
      Object.keys(v as Record<string, unknown>)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

export function canonical(r: ChainedFields): string {
  return JSON.stringify([
    r.seq,
    r.occurredAt.toISOString(),
    r.bureauId,
    r.actorId,
    r.actorName,
    r.ip,
    r.action,
    r.objectType,
    r.objectId,
    r.result,
    sortKeys(r.summary),
    r.basis,
  ]);
}

export function chainHash(prevHash: string, r: ChainedFields): string {
  return sm3Hex(prevHash + canonical(r));
}

export type ChainProblem = 'hash_mismatch' | 'link_mismatch' | 'missing_row';
export interface BrokenLink {
  seq: number;
  problem: ChainProblem;
}

/**
 * Checks one batch of rows in seq order, continuing from the previous batch's last seq and hash.
 * Returns the first broken link, or the state to continue from.
 */
export function verifyBatch(
  rows: readonly (ChainedFields & { prevHash: string; hash: string })[],
  from: { seq: number; hash: string },
): { broken: BrokenLink } | { next: { seq: number; hash: string } } {
  let { seq, hash } = from;
  for (const r of rows) {
    if (r.seq !== seq + 1) return { broken: { seq: seq + 1, problem: 'missing_row' } };
    if (r.prevHash !== hash) return { broken: { seq: r.seq, problem: 'link_mismatch' } };
    if (chainHash(r.prevHash, r) !== r.hash) return { broken: { seq: r.seq, problem: 'hash_mismatch' } };
    seq = r.seq;
    hash = r.hash;
  }
  return { next: { seq, hash } };
}
