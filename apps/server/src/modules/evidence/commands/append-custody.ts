/**
 * A link of the chain of custody (hand-over, check-out, return, correction). Appended under a lock on the item;
 * the domain rule checks the chain (starts with the collection, holders follow on, check-outs are returned); the
 * from-holder is the current holder, never typed in. Nothing is ever updated or removed.
 */
import { checkCustodyEvent, custodyState, evidenceSources, CUSTODY_KIND_LABELS, type CustodyEvent } from '@quanze/domain';
import type { CustodyEventRequest } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/errors.ts';
import { assertRule, caseAccess, requireManage } from '../evidence.policy.ts';
import { custodyOfItems, insertCustody, lockItem, type CustodyRow } from '../evidence.repository.ts';

export const toCustodyEvent = (r: CustodyRow): CustodyEvent => ({
  seq: r.seq,
  kind: r.kind,
  fromHolder: r.fromHolder,
  toHolder: r.toHolder,
  reason: r.reason,
  at: r.at.toISOString(),
  correctsSeq: r.correctsSeq,
});

export async function appendCustody(deps: Deps, actor: Actor, caseId: string, itemId: string, input: CustodyEventRequest, ip: string | null): Promise<CustodyRow> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const access = await caseAccess(tx, actor, caseId);
    const item = await lockItem(tx, itemId);
    if (!item || item.caseId !== caseId) throw notFound('证据');
    requireManage(access);
    const chain = (await custodyOfItems(tx, [itemId])).map(toCustodyEvent);
    const next = { kind: input.kind, toHolder: input.toHolder, reason: input.reason, at: now.toISOString(), correctsSeq: input.kind === 'correction' ? input.correctsSeq : null };
    assertRule(checkCustodyEvent(chain, next));
    const row = await insertCustody(tx, {
      itemId,
      seq: chain.length + 1,
      kind: input.kind,
      fromHolder: input.kind === 'correction' ? null : custodyState(chain).holder,
      toHolder: input.toHolder,
      reason: input.reason,
      correctsSeq: next.correctsSeq,
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: `evidence.custody.${input.kind}`,
      objectType: 'evidenceItem',
      objectId: itemId,
      summary: { caseId, seq: row.seq, kind: CUSTODY_KIND_LABELS[input.kind], from: row.fromHolder, to: row.toHolder, correctsSeq: row.correctsSeq },
      basis: evidenceSources.CUSTODY_CHAIN,
    });
    return row;
  });
}
