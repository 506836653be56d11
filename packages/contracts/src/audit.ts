import { z } from 'zod';

export const AuditEventDto = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  result: z.enum(['success', 'failure']),
  summary: z.record(z.string(), z.unknown()).nullable(),
  basis: z.string().nullable(),
});
export const AuditQuery = z.object({
  actor: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  objectType: z.string().trim().max(64).optional(),
  objectId: z.string().trim().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const AuditList = z.object({ items: z.array(AuditEventDto), total: z.number().int() });
export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first broken link: the row whose stored hash or link does not match, or where a row is missing. */
  firstBroken: z
    .object({ seq: z.number().int(), problem: z.enum(['hash_mismatch', 'link_mismatch', 'missing_row']), message: z.string() })
    .nullable(),
  verifiedAt: z.string(),
});
