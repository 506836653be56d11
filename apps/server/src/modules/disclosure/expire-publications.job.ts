/**
 * 公示期满: publication periods end by configuration (expires_on = the last day shown, fixed at publication by the
 * bureau's expiry preset). This job ends every published decision past its last day: state 'expired', one transaction
 * per row with its audit entry ('系统'), so the row leaves the portal's partial indexes, listings, search, sitemap and
 * export, and its page answers 410 (公示期满). Idempotent: only rows still 'published' and past their last day are
 * touched, re-checked under the row lock; runs once across nodes (platform/jobs.ts advisory lock).
 */
import { and, asc, eq, isNotNull, lt } from 'drizzle-orm';
import { toLocalDate } from '@quanze/domain';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import type { Deps } from '../../platform/deps.ts';
import type { Job } from '../../platform/jobs.ts';
import { decisionPublications } from './disclosure.table.ts';
import { policiesOf, settingsOf } from './disclosure.repository.ts';

const BATCH = 500;

export async function expirePublications(deps: Deps): Promise<{ expired: number }> {
  const today = toLocalDate(deps.clock.now());
  const pastLastDay = and(
    eq(decisionPublications.state, 'published'),
    isNotNull(decisionPublications.expiresOn),
    lt(decisionPublications.expiresOn, today),
  );
  let expired = 0;
  for (;;) {
    const due = await deps.db
      .select({ id: decisionPublications.id })
      .from(decisionPublications)
      .where(pastLastDay)
      .orderBy(asc(decisionPublications.expiresOn), asc(decisionPublications.id))
      .limit(BATCH);
    if (due.length === 0) break;
    for (const { id } of due) {
      await deps.db.transaction(async (tx) => {
        const now = deps.clock.now();
        const [row] = await tx
          .select()
          .from(decisionPublications)
          .where(and(eq(decisionPublications.id, id), pastLastDay))
          .for('update');
        if (!row) return; // withdrawn or already expired meanwhile
        await tx
          .update(decisionPublications)
          .set({ state: 'expired', expiredAt: now, version: row.version + 1, updatedAt: now })
          .where(eq(decisionPublications.id, id));
        const settings = await settingsOf(tx, row.bureauId);
        const basis = policiesOf(settings).expiry.sources[0];
        await appendAudit(tx, { actorId: null, actorName: '系统', bureauId: row.bureauId, ip: null }, now, {
          action: 'disclosure.expire',
          objectType: 'decision_publication',
          objectId: row.id,
          summary: { decisionNumber: row.decisionNumber, publishedOn: row.publishedOn, expiresOn: row.expiresOn, from: 'published', to: 'expired' },
          ...(basis ? { basis } : {}),
        });
        expired++;
      });
    }
    if (due.length < BATCH) break;
  }
  return { expired };
}

export const expirePublicationsJob: Job = { name: 'expire-publications', lockKey: 7_321_306, everyMs: 3_600_000, run: expirePublications };
