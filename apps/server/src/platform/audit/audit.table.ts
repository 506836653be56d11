import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only audit trail, SM3 hash-chained: hash = SM3(prev_hash ‖ canonical(row)). `seq` is assigned by the
 * writer under an advisory lock, never by a sequence, so a deleted row shows up as a gap the verifier names.
 * A trigger (migration 0001) refuses UPDATE and DELETE; the production role gets INSERT and SELECT only (README).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    bureauId: uuid('bureau_id'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    ip: text('ip'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    result: text('result', { enum: ['success', 'failure'] }).notNull(),
    summary: jsonb('summary').$type<Record<string, unknown> | null>(),
    basis: text('basis'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_bureau_time_idx').on(t.bureauId, t.occurredAt),
    index('audit_events_actor_idx').on(t.actorId, t.occurredAt),
    index('audit_events_object_idx').on(t.objectType, t.objectId),
    index('audit_events_action_idx').on(t.action, t.occurredAt),
  ],
);
