/**
 * 监督渠道: the supervision channels a bureau publishes (信访工作条例 第十五条: 向社会公布通信地址、电子信箱、投诉
 * 电话、信访接待的时间和地点). One row per bureau; the console edits it (complaint:handle at bureau scope, audited in
 * the same transaction), the portal reads it with the complaint form.
 */
import { eq } from 'drizzle-orm';
import type { ComplaintChannelsDto, UpdateComplaintChannelsRequest } from '@quanze/contracts';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { forbidden, versionConflict } from '../../platform/errors.ts';
import { complaintChannels, type ComplaintChannelsRow } from './complaints.table.ts';

const FIELDS = ['hotline', 'hotlineHours', 'mailAddress', 'postcode', 'email', 'receptionAddress', 'receptionHours', 'note'] as const;

function present(row: ComplaintChannelsRow): ComplaintChannelsDto {
  return {
    hotline: row.hotline,
    hotlineHours: row.hotlineHours,
    mailAddress: row.mailAddress,
    postcode: row.postcode,
    email: row.email,
    receptionAddress: row.receptionAddress,
    receptionHours: row.receptionHours,
    note: row.note,
    demo: row.demo,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function channelsOf(db: Executor, bureauId: string): Promise<ComplaintChannelsDto | null> {
  const [row] = await db.select().from(complaintChannels).where(eq(complaintChannels.bureauId, bureauId));
  return row ? present(row) : null;
}

/** Published means at least one way to reach the bureau is filled in. */
export function published(c: ComplaintChannelsDto | null): ComplaintChannelsDto | null {
  return c && (c.hotline || c.mailAddress || c.email || c.receptionAddress) ? c : null;
}

export const CHANNELS_SCOPE = '监督渠道是全局配置，须由本局层级的投诉举报办理人员（需“办理投诉举报与信访”权限）修改';

export async function updateChannels(
  deps: Deps,
  actor: Actor,
  body: UpdateComplaintChannelsRequest,
  ip: string | null,
): Promise<ComplaintChannelsDto> {
  // A department head handles complaints in the department; what the bureau publishes is the bureau's to decide.
  if (actor.scope !== 'bureau') throw forbidden(CHANNELS_SCOPE);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [cur] = await tx.select().from(complaintChannels).where(eq(complaintChannels.bureauId, actor.bureauId)).for('update');
    if ((cur?.version ?? 0) !== body.version) throw versionConflict();
    const values = Object.fromEntries(FIELDS.map((f) => [f, body[f]])) as Pick<ComplaintChannelsRow, (typeof FIELDS)[number]>;
    const changed = FIELDS.filter((f) => (cur?.[f] ?? '') !== values[f]);
    // Edited by a person, the values are the bureau's own; saved unchanged, seeded placeholders stay marked as such.
    const demo = Boolean(cur?.demo) && changed.length === 0;
    const next = { ...values, demo, updatedBy: actor.userId, updatedAt: now, version: body.version + 1 };
    const [row] = cur
      ? await tx.update(complaintChannels).set(next).where(eq(complaintChannels.bureauId, actor.bureauId)).returning()
      : await tx
          .insert(complaintChannels)
          .values({ bureauId: actor.bureauId, ...next })
          .returning();
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'complaint.channels.update',
      objectType: 'complaint_channels',
      objectId: actor.bureauId,
      summary: { changed, before: cur ? Object.fromEntries(changed.map((f) => [f, cur[f]])) : null, after: Object.fromEntries(changed.map((f) => [f, values[f]])) },
    });
    return present(row!);
  });
}
