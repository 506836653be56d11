/**
 * Marks certificates whose validity ended as expired (到期失效), through the same domain guard as a manual
 * transition, with 'system' as the actor: one transaction per certificate with its event and audit row.
 */
import { and, eq, inArray, lt } from 'drizzle-orm';
import { checkCertificateTransition, CERTIFICATE_TRANSITIONS } from '@quanze/domain';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import type { Deps } from '../../platform/deps.ts';
import type { Job } from '../../platform/jobs.ts';
import { officerRules, today } from './officers.config.ts';
import { toDomainCertificate } from './officers.presenter.ts';
import { getCertificate } from './officers.repository.ts';
import { certificateEvents, certificates } from './officers.table.ts';

export async function expireCertificates(deps: Deps): Promise<{ expired: number }> {
  const date = today(deps.clock);
  const due = await deps.db
    .select({ id: certificates.id })
    .from(certificates)
    .where(and(inArray(certificates.status, ['valid', 'reviewFailed', 'suspended']), lt(certificates.validTo, date)));
  let expired = 0;
  for (const { id } of due) {
    await deps.db.transaction(async (tx) => {
      const now = deps.clock.now();
      const c = await getCertificate(tx, id, true);
      if (!c) return;
      const check = checkCertificateTransition(toDomainCertificate(c), 'expire', { actor: 'system' }, date, officerRules);
      if (!check.ok) return; // changed meanwhile
      await tx.update(certificates).set({ status: check.to, version: c.version + 1, updatedAt: now }).where(eq(certificates.id, c.id));
      await tx.insert(certificateEvents).values({ certificateId: c.id, action: 'expire', fromStatus: c.status, toStatus: check.to, reason: `有效期至${c.validTo}届满`, actorName: '系统', at: now });
      await appendAudit(tx, { actorId: null, actorName: '系统', bureauId: c.bureauId, ip: null }, now, {
        action: 'certificate.expire',
        objectType: 'certificate',
        objectId: c.id,
        summary: { before: { status: c.status }, after: { status: check.to }, validTo: c.validTo },
        basis: CERTIFICATE_TRANSITIONS.expire.basis,
      });
      expired++;
    });
  }
  return { expired };
}

export const expireCertificatesJob: Job = { name: 'expire-certificates', lockKey: 7_321_101, everyMs: 3_600_000, run: expireCertificates };
