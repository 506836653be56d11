/**
 * 查看完整证件号码: the party's ID number unmasked, for a user who holds pii:reveal and may see the case. The view
 * itself is the audited event (个人信息保护法 第五十一条), with the reason the user gave; outside the scope it is a 404.
 */
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { canSeeCase } from './cases.policy.ts';
import { getCase, investigatesCase } from './cases.repository.ts';

export const PII_BASIS = { law: '个人信息保护法', article: '第五十一条' } as const;

export async function revealPartyIdNumber(
  deps: Deps,
  actor: Actor,
  caseId: string,
  reason: string,
  ip: string | null,
): Promise<{ idNumber: string }> {
  return deps.db.transaction(async (tx) => {
    const row = await getCase(tx, caseId);
    if (!row || !canSeeCase(actor, row, await investigatesCase(tx, caseId, actor.userId))) throw notFound('案件');
    if (!actor.permissions.has('pii:reveal')) throw forbidden('没有查看完整个人信息的权限');
    if (!row.partyIdSealed) throw new AppError('NOT_FOUND', '当事人未登记证件号码');
    await appendAudit(tx, auditContextOf(actor, ip), deps.clock.now(), {
      action: 'pii.reveal',
      objectType: 'penalty_case',
      objectId: row.id,
      summary: { fields: ['partyIdNumber'], reason },
      basis: PII_BASIS,
    });
    return { idNumber: deps.cipher.decrypt(row.partyIdSealed) };
  });
}
