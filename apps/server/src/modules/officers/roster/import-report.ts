import type { OfficerImportDto } from '@quanze/contracts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/errors.ts';
import { getImport, updateImport } from './roster.queries.ts';

/** A validation that has not moved for this long died with its app node; it is reported as failed. */
const STALE_MS = 15 * 60_000;

/** Progress and report of an import; only the user who uploaded it sees it (others: 404). */
export async function importReport(deps: Deps, actor: Actor, importId: string): Promise<OfficerImportDto> {
  const imp = await getImport(deps.db, importId);
  if (!imp || imp.bureauId !== actor.bureauId || imp.actorId !== actor.userId) throw notFound('导入记录');
  const now = deps.clock.now();
  if (imp.status === 'validating' && now.getTime() - imp.updatedAt.getTime() > STALE_MS) {
    Object.assign(imp, { status: 'failed', failureReason: '校验已中断（服务重启），请重新上传名册', progress: 1 });
    await updateImport(deps.db, imp.id, { status: imp.status, failureReason: imp.failureReason, progress: 1, updatedAt: now });
  }
  return {
    id: imp.id,
    status: imp.status,
    progress: imp.progress,
    fileName: imp.fileName,
    total: imp.total,
    valid: imp.valid,
    invalid: imp.status === 'validating' || imp.status === 'failed' ? 0 : imp.total - imp.valid,
    errors: imp.errors,
    errorCount: imp.errorCount,
    failureReason: imp.failureReason,
    imported: imp.imported,
    createdAt: imp.createdAt.toISOString(),
  };
}
