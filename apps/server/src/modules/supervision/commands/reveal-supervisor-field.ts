/**
 * 查看完整个人信息 of a 社会监督员: one field (mobile or ID-card number) unmasked, for staff who hold pii:reveal as
 * well as the registry's permission, with the reason they give. The view itself is the audited event (who, whose,
 * which field, why — 个人信息保护法 第五十一条), written in the same transaction that reads the sealed value, so a
 * reveal without its audit row cannot happen. As identity's reveal-personal-data.ts and the case party's reveal.
 */
import { checkSupervisorPiiReveal, PII_REVEAL_BASIS } from '@quanze/domain';
import type { RevealSupervisorFieldRequest, RevealSupervisorFieldResponse } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, forbidden } from '../../../platform/errors.ts';
import { visibleSupervisor } from '../supervision.repository.ts';

const FIELD_LABELS = { mobile: '手机号码', idCardNumber: '身份证号码' } as const;

export async function revealSupervisorField(
  deps: Deps,
  actor: Actor,
  id: string,
  input: RevealSupervisorFieldRequest,
  ip: string | null,
): Promise<RevealSupervisorFieldResponse> {
  return deps.db.transaction(async (tx) => {
    const s = await visibleSupervisor(tx, actor, id); // out of scope → 404 before anything is said about permissions
    if (!actor.permissions.has('pii:reveal')) throw forbidden('没有查看完整个人信息的权限');
    const allowed = checkSupervisorPiiReveal(s.status);
    if (!allowed.ok) throw new AppError('FORBIDDEN', allowed.reason, { basis: allowed.basis });
    const sealed = input.field === 'mobile' ? s.mobileSealed : s.idCardSealed;
    if (!sealed) throw new AppError('NOT_FOUND', `该监督员未登记${FIELD_LABELS[input.field]}`);
    await appendAudit(tx, auditContextOf(actor, ip), deps.clock.now(), {
      action: 'pii.reveal',
      objectType: 'social_supervisor',
      objectId: s.id,
      summary: { fields: [input.field], reason: input.reason, name: s.name },
      basis: PII_REVEAL_BASIS,
    });
    return { field: input.field, value: deps.cipher.decrypt(sealed) };
  });
}
