/** Reads with a rule behind them: the audited ID-number reveal and the eligibility check. */
import { canEnforce } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { officerRules, today } from '../officers.config.ts';
import { canSeeOfficer } from '../officers.policy.ts';
import { toDomainCertificate } from '../officers.presenter.ts';
import { certificatesOf, getOfficer } from '../officers.repository.ts';

export async function revealOfficerIdCard(deps: Deps, actor: Actor, id: string, ip: string | null) {
  return deps.db.transaction(async (tx) => {
    const o = await getOfficer(tx, id);
    if (!o || !canSeeOfficer(actor, o)) throw notFound('执法人员');
    if (!actor.permissions.has('pii:reveal')) throw new AppError('FORBIDDEN', '没有查看完整个人信息的权限');
    await appendAudit(tx, auditContextOf(actor, ip), deps.clock.now(), {
      action: 'pii.reveal',
      objectType: 'officer',
      objectId: o.id,
      summary: { fields: ['idCardNumber'] },
      basis: { law: '个人信息保护法', article: '第五十一条' },
    });
    return { idCardNumber: deps.cipher.decrypt(o.idCardSealed) };
  });
}

/** canEnforce for one officer, on a day (default today), with every reason and its article. */
export async function officerEligibility(deps: Deps, actor: Actor, id: string, q: { category: string; area: string; date?: string | undefined }) {
  const o = await getOfficer(deps.db, id);
  if (!o || !canSeeOfficer(actor, o)) throw notFound('执法人员');
  const date = q.date ?? today(deps.clock);
  const current = (await certificatesOf(deps.db, [o.id])).get(o.id)?.[0] ?? null;
  const result = canEnforce(
    { id: o.id, name: o.name, employmentType: o.employmentType, certificate: current ? { ...toDomainCertificate(current), status: current.status } : null },
    { category: q.category, area: q.area },
    date,
    officerRules,
  );
  return { allowed: result.allowed, reasons: result.allowed ? [] : result.reasons, date };
}
