/** Read models: the scoped case list (department + state + date range, newest first) and the case detail. */
import type { CaseListQuery, CaseDetailDto } from '@quanze/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/errors.ts';
import { caseAbilities, canSeeCase } from './cases.policy.ts';
import { presentDetail, presentSummary } from './cases.presenter.ts';
import { departmentOf, getCase, investigatesCase, listCases, powerItemOf } from './cases.repository.ts';
import { buildCaseActor, buildSnapshot, loadCaseRecord } from './snapshot-builder.ts';

/** Start of a calendar day in Asia/Shanghai. */
const shanghaiDayStart = (date: string): Date => new Date(`${date}T00:00:00+08:00`);

export async function listCasesFor(deps: Deps, actor: Actor, q: CaseListQuery) {
  if (actor.scope === 'department' && q.departmentId && q.departmentId !== actor.departmentId) {
    return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  }
  const { rows, total } = await listCases(deps.db, {
    bureauId: actor.bureauId,
    departmentId: actor.scope === 'department' ? (actor.departmentId ?? '00000000-0000-0000-0000-000000000000') : q.departmentId,
    state: q.state,
    from: q.receivedFrom ? shanghaiDayStart(q.receivedFrom) : undefined,
    to: q.receivedTo ? new Date(shanghaiDayStart(q.receivedTo).getTime() + 86_400_000) : undefined,
    userId: actor.scope === 'self' ? actor.userId : undefined,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const powerIds = [...new Set(rows.map((r) => r.powerId))];
  const powers = new Map(await Promise.all(powerIds.map(async (id) => [id, await powerItemOf(deps.db, id)] as const)));
  return { items: rows.map((r) => presentSummary(r, powers.get(r.powerId) ?? null)), total, page: q.page, pageSize: q.pageSize };
}

export async function caseDetail(deps: Deps, actor: Actor, id: string): Promise<CaseDetailDto> {
  const row = await getCase(deps.db, id);
  if (!row || !canSeeCase(actor, row, await investigatesCase(deps.db, id, actor.userId))) throw notFound('案件');
  const now = deps.clock.now();
  const [record, caseActor, department] = await Promise.all([loadCaseRecord(deps.db, row), buildCaseActor(deps.db, actor, now), departmentOf(deps.db, row.departmentId)]);
  const snapshot = buildSnapshot(record);
  return presentDetail(record, snapshot, caseAbilities(actor, caseActor, snapshot, now), deps.cipher, now, department?.name ?? null);
}
