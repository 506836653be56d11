/** The system administrator sets the bureau's reminder lead times (working days before a due date); audited. */
import { eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { versionConflict } from '../../../platform/errors.ts';
import { reminderSettingsOf } from '../deadlines.repository.ts';
import { reminderSettings } from '../deadlines.table.ts';

export async function updateReminderSettings(deps: Deps, actor: Actor, input: { leadWorkingDays: number[]; version: number }, ip: string | null) {
  const leadWorkingDays = [...new Set(input.leadWorkingDays)].sort((a, b) => b - a);
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [locked] = await tx.select().from(reminderSettings).where(eq(reminderSettings.bureauId, actor.bureauId)).for('update');
    const before = locked ? { leadWorkingDays: locked.leadWorkingDays, version: locked.version } : await reminderSettingsOf(tx, actor.bureauId);
    if (input.version !== before.version) throw versionConflict();
    const version = before.version + 1;
    await tx
      .insert(reminderSettings)
      .values({ bureauId: actor.bureauId, leadWorkingDays, version, updatedBy: actor.userId, updatedAt: now })
      .onConflictDoUpdate({ target: reminderSettings.bureauId, set: { leadWorkingDays, version, updatedBy: actor.userId, updatedAt: now } });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'deadline.reminderSettings',
      objectType: 'bureau',
      objectId: actor.bureauId,
      summary: { before: { leadWorkingDays: before.leadWorkingDays }, after: { leadWorkingDays }, version },
    });
  });
  return reminderSettingsOf(deps.db, actor.bureauId);
}
