import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { canSeeUser, userAbilities } from '../users.policy.ts';
import { getUserWithDept } from '../users.repository.ts';

/** Shows an account's ID-card and phone numbers unmasked; the view itself is an audited event. */
export async function revealPersonalData(deps: Deps, actor: Actor, id: string, ip: string | null) {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const u = await getUserWithDept(tx, id);
    if (!u || !canSeeUser(actor, u)) throw notFound('用户');
    if (!userAbilities(actor, u, now).includes('reveal')) throw new AppError('FORBIDDEN', '没有查看完整个人信息的权限');
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'pii.reveal',
      objectType: 'user',
      objectId: u.id,
      summary: { fields: [u.mobileSealed ? 'mobile' : null, u.idCardSealed ? 'idCardNumber' : null].filter(Boolean) },
      basis: { law: '个人信息保护法', article: '第五十一条' },
    });
    return {
      mobile: u.mobileSealed ? deps.cipher.decrypt(u.mobileSealed) : null,
      idCardNumber: u.idCardSealed ? deps.cipher.decrypt(u.idCardSealed) : null,
    };
  });
}
