import { z } from 'zod';

/** 执法人员名册 export (.xlsx). `unmasked=1` needs pii:reveal and is audited; the default masks ID numbers. */
export const RosterExportQuery = z.object({
  unmasked: z.enum(['0', '1']).default('0'),
  departmentId: z.uuid().optional(),
  status: z.enum(['active', 'left', 'all']).default('active'),
});

export const ImportRowErrorDto = z.object({ row: z.number().int(), field: z.string(), message: z.string() });

export const OfficerImportStatus = z.enum(['validating', 'validated', 'committing', 'committed', 'failed']);

/** Progress and the row-by-row report of a roster import; `errors` lists every bad row (capped, see errorCount). */
export const OfficerImportDto = z.object({
  id: z.string(),
  status: OfficerImportStatus,
  progress: z.number().min(0).max(1),
  fileName: z.string().nullable(),
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  errors: z.array(ImportRowErrorDto),
  errorCount: z.number().int(),
  /** Why the whole file could not be read (missing columns, too many rows …). */
  failureReason: z.string().nullable(),
  imported: z.number().int().nullable(),
  createdAt: z.string(),
});
export type OfficerImportDto = z.infer<typeof OfficerImportDto>;

export const StartImportResponse = z.object({ importId: z.string() });
export const CommitImportRequest = z.object({ mode: z.enum(['all', 'validOnly']) });
export const CommitImportResponse = z.object({ imported: z.number().int(), skipped: z.number().int() });
