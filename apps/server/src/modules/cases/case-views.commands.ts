/**
 * 常用筛选: a user saves the list's filters under a name, renames, changes or deletes (soft) their own views, and
 * may share one with their department (the colleagues see it, only the owner changes it). Each change is one
 * transaction with its audit row; a stale version is a 409.
 */
import type { CaseViewDto, CreateCaseViewRequest, UpdateCaseViewRequest } from '@quanze/contracts';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../platform/auth/actor.ts';
import type { Tx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound, versionConflict } from '../../platform/errors.ts';
import { insertView, lockView, nameTaken, updateView, visibleViews, type CaseViewRow } from './case-views.repository.ts';

const OBJECT_TYPE = 'case_list_view';

export function presentView(v: CaseViewRow, actor: Actor, ownerName: string): CaseViewDto {
  return {
    id: v.id,
    name: v.name,
    filters: v.filters,
    shared: v.shared,
    mine: v.ownerId === actor.userId,
    ownerName,
    version: v.version,
    updatedAt: v.updatedAt.toISOString(),
  };
}

/** Only the keys that carry a value (a saved view reproduces exactly the filters that were set). */
const compact = (filters: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));

const duplicateName = () => new AppError('DUPLICATE', '已有同名的常用筛选', { fieldErrors: { name: ['已有同名的常用筛选'] } });

function checkShareable(actor: Actor, shared: boolean): void {
  if (shared && !actor.departmentId)
    throw new AppError('VALIDATION_FAILED', '没有所属科室，不能共享常用筛选', { fieldErrors: { shared: ['没有所属科室'] } });
}

export async function listViews(deps: Deps, actor: Actor): Promise<{ items: CaseViewDto[] }> {
  const rows = await visibleViews(deps.db, actor);
  return { items: rows.map((r) => presentView(r, actor, r.ownerName)) };
}

export async function createView(deps: Deps, actor: Actor, input: CreateCaseViewRequest, ip: string | null): Promise<CaseViewDto> {
  checkShareable(actor, input.shared);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    if (await nameTaken(tx, actor.userId, input.name)) throw duplicateName();
    const row = await insertView(tx, {
      bureauId: actor.bureauId,
      ownerId: actor.userId,
      departmentId: actor.departmentId,
      name: input.name,
      filters: compact(input.filters),
      shared: input.shared,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'caseView.create',
      objectType: OBJECT_TYPE,
      objectId: row.id,
      summary: { name: row.name, shared: row.shared },
    });
    return presentView(row, actor, actor.displayName);
  });
}

/** The view for a change by its owner: 404 when the actor cannot see it, 403 when it is a colleague's shared view, 409 when stale. */
async function ownView(tx: Tx, actor: Actor, id: string, version: number | null): Promise<CaseViewRow> {
  const v = await lockView(tx, id);
  const visible =
    v &&
    v.bureauId === actor.bureauId &&
    (v.ownerId === actor.userId || (v.shared && v.departmentId !== null && v.departmentId === actor.departmentId));
  if (!v || !visible) throw notFound('常用筛选');
  if (v.ownerId !== actor.userId) throw forbidden('只能修改自己保存的常用筛选');
  if (version !== null && v.version !== version) throw versionConflict();
  return v;
}

export async function changeView(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateCaseViewRequest,
  ip: string | null,
): Promise<CaseViewDto> {
  if (input.shared !== undefined) checkShareable(actor, input.shared);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const v = await ownView(tx, actor, id, input.version);
    if (input.name !== undefined && input.name !== v.name && (await nameTaken(tx, actor.userId, input.name, v.id))) throw duplicateName();
    const row = await updateView(tx, v.id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.filters !== undefined ? { filters: compact(input.filters) } : {}),
      ...(input.shared !== undefined ? { shared: input.shared, departmentId: actor.departmentId } : {}),
      version: v.version + 1,
      updatedAt: now,
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'caseView.update',
      objectType: OBJECT_TYPE,
      objectId: v.id,
      summary: {
        before: { name: v.name, shared: v.shared },
        after: { name: row.name, shared: row.shared },
        filtersChanged: input.filters !== undefined,
      },
    });
    return presentView(row, actor, actor.displayName);
  });
}

/** Soft delete: the row stays (deleted_at), the name is free again. */
export async function deleteView(deps: Deps, actor: Actor, id: string, ip: string | null): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const v = await ownView(tx, actor, id, null);
    await updateView(tx, v.id, { deletedAt: now, updatedAt: now, version: v.version + 1 });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'caseView.delete',
      objectType: OBJECT_TYPE,
      objectId: v.id,
      summary: { name: v.name },
    });
  });
}
