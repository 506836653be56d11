import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { revokeSession } from '../session.ts';

export async function logout(deps: Deps, actor: Actor, ip: string | null): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    await revokeSession(tx, actor.sessionId, now, 'logout');
    await appendAudit(tx, auditContextOf(actor, ip), now, { action: 'auth.logout', objectType: 'user', objectId: actor.userId });
  });
}
