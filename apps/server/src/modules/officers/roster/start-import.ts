/**
 * Roster import, step 1: the upload is checked (type by magic bytes, size, zip bomb) while the user waits, an
 * import record is written with its audit row, and validation runs in the background, storing its progress in
 * the record so that any app node can answer "how far?". The workbook itself is never stored: it holds plain ID
 * numbers, and the record keeps them only sealed.
 */
import { isValidIdCardNumber } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, inScope, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { inspectUpload, type UploadPolicy } from '../../../platform/files/inspect.ts';
import { officerRules, today } from '../officers.config.ts';
import { officerImports, type ImportRow, type ImportRowError } from './imports.table.ts';
import { parseRoster } from './parse-roster.ts';
import { existingCertificateNumbers, existingIdCardIndexes, orgByName, updateImport } from './roster.queries.ts';
import { normaliseIdCard, validateRosterRow } from './validate-roster.ts';

export const ROSTER_UPLOAD_POLICY: UploadPolicy = { label: '名册文件', maxBytes: 10 * 1024 * 1024, kinds: ['xlsx'] };
/** Stored errors are capped; errorCount still counts every one. */
export const MAX_STORED_ERRORS = 10_000;
const PROGRESS_EVERY = 500;

export function assertMayImport(actor: Actor): void {
  if (!actor.permissions.has('officer:manage') || actor.scope === 'self') throw new AppError('FORBIDDEN', '没有导入执法人员名册的权限');
}

/** Checks and records the upload; returns the import id and the validation job for the caller to run. */
export async function startImport(
  deps: Deps,
  actor: Actor,
  buf: Buffer,
  fileName: string | null,
  ip: string | null,
): Promise<{ importId: string; validate: () => Promise<void> }> {
  assertMayImport(actor);
  await inspectUpload(buf, ROSTER_UPLOAD_POLICY, fileName);
  const importId = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [row] = await tx
      .insert(officerImports)
      .values({ bureauId: actor.bureauId, actorId: actor.userId, fileName, status: 'validating', createdAt: now, updatedAt: now })
      .returning({ id: officerImports.id });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'officer.import.upload',
      objectType: 'officerImport',
      objectId: row!.id,
      summary: { fileName, size: buf.length },
    });
    return row!.id;
  });
  return { importId, validate: () => validateImport(deps, actor, importId, buf) };
}

function groupRows(pairs: readonly (readonly [string | null, number])[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const [key, row] of pairs) if (key) map.set(key, [...(map.get(key) ?? []), row]);
  return map;
}

/** Step 2, in the background: parse, look up, validate row by row with progress. On error the record says failed. */
export async function validateImport(deps: Deps, actor: Actor, importId: string, buf: Buffer): Promise<void> {
  const touch = (set: Parameters<typeof updateImport>[2]) => updateImport(deps.db, importId, { ...set, updatedAt: deps.clock.now() });
  try {
    const parsed = await parseRoster(buf);
    if (!parsed.ok) {
      await touch({ status: 'failed', failureReason: parsed.reason, progress: 1 });
      return;
    }
    const { rows } = parsed;
    const ids = rows.map((r) => {
      const id = normaliseIdCard(r.values.idCardNumber);
      return [isValidIdCardNumber(id) && !r.numericIdCard ? deps.cipher.blindIndex(id) : null, r.row] as const;
    });
    const numbers = rows.map((r) => [r.values.certificateNumber || null, r.row] as const);
    const idRows = groupRows(ids);
    const certificateRows = groupRows(numbers);
    const [org, existingIds, existingNumbers] = await Promise.all([
      orgByName(deps.db, actor.bureauId),
      existingIdCardIndexes(deps.db, actor.bureauId, [...idRows.keys()]),
      existingCertificateNumbers(deps.db, [...certificateRows.keys()]),
    ]);
    const ctx = {
      ...org,
      departmentInScope: (departmentId: string) => inScope(actor, { bureauId: actor.bureauId, departmentId, ownerId: null }),
      idRows,
      certificateRows,
      existingIdIndexes: existingIds,
      existingCertificateNumbers: existingNumbers,
      blindIndex: (v: string) => deps.cipher.blindIndex(v),
      seal: (v: string) => deps.cipher.encrypt(v),
      today: today(deps.clock),
      rules: officerRules,
    };
    const valid: ImportRow[] = [];
    const errors: ImportRowError[] = [];
    let errorCount = 0;
    for (let i = 0; i < rows.length; i++) {
      const res = validateRosterRow(rows[i]!, ctx);
      if (res.row) valid.push(res.row);
      errorCount += res.errors.length;
      errors.push(...res.errors.slice(0, Math.max(0, MAX_STORED_ERRORS - errors.length)));
      if ((i + 1) % PROGRESS_EVERY === 0) {
        await touch({ progress: (i + 1) / rows.length, total: rows.length });
        // Let other requests (the progress poll among them) run between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    await touch({ status: 'validated', progress: 1, total: rows.length, valid: valid.length, errors, errorCount, rows: valid });
  } catch (err) {
    await touch({ status: 'failed', failureReason: '校验过程出错，请重新上传', progress: 1 }).catch(() => undefined);
    throw err;
  }
}
