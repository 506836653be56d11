/** Read models of the power list: versions, items, a power with its breakdown history and coverage, targets. */
import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { PowerDetailDto, PowerItemDto, PowerItemList, PowerListVersionDetailDto, PowerListVersionDto, TargetDto } from '@quanze/contracts';
import { basisArticleIds, checkListDraft, toLocalDate, type PowerCategory } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { loadLegalArticles } from '../legal-basis/index.ts';
import { departments, leadershipGroupMembers, posts } from '../org/index.ts';
import { coverageCacheFor } from './coverage/coverage-cache.ts';
import { presentPowerCoverage } from './coverage/coverage.presenter.ts';
import { canAssign, canReadPowers } from './powers.policy.ts';
import { presentAssignment, presentItem, presentList, type NameMaps } from './powers.presenter.ts';
import { assignmentsOf, getItem, getList, inForceLists, type AssignmentRow, itemCounts, itemsOfLists, listsOfBureau, toPower } from './powers.repository.ts';
import { powerListItems, powers, powerTargets } from './powers.table.ts';

function assertRead(actor: Actor): void {
  if (!actor.permissions.has('power:read')) throw new AppError('FORBIDDEN', '没有查看权责清单的权限');
}

export async function orgNames(db: Executor, bureauId: string): Promise<NameMaps> {
  const [d, p, l] = await Promise.all([
    db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.bureauId, bureauId)),
    db.select({ id: posts.id, name: posts.name, role: posts.role, status: posts.status }).from(posts).where(eq(posts.bureauId, bureauId)),
    db.select({ id: leadershipGroupMembers.id, name: leadershipGroupMembers.name }).from(leadershipGroupMembers).where(eq(leadershipGroupMembers.bureauId, bureauId)),
  ]);
  return {
    departments: new Map(d.map((x) => [x.id, x.name])),
    posts: new Map(p.map((x) => [x.id, { name: x.name, role: x.role, status: x.status }])),
    leaders: new Map(l.map((x) => [x.id, x.name])),
  };
}

/** Department of each power's arrangement in force today (for scope and abilities). */
async function assignedDepartments(db: Executor, powerIds: readonly string[]): Promise<Map<string, string | null>> {
  const rows = await assignmentsOf(db, powerIds);
  const map = new Map<string, string | null>();
  for (const r of rows) if (r.effectiveTo === null) map.set(r.powerId, r.departmentId);
  return map;
}

/** Newest decision first: from the open row back along `superseded_by` (dates alone do not order same-day changes). */
function decisionOrder(rows: readonly AssignmentRow[]): AssignmentRow[] {
  const bySuccessor = new Map(rows.filter((r) => r.supersededBy).map((r) => [r.supersededBy!, r]));
  const out: AssignmentRow[] = [];
  for (let r = rows.find((x) => x.effectiveTo === null); r && !out.includes(r); r = bySuccessor.get(r.id)) out.push(r);
  return [...out, ...[...rows].reverse().filter((r) => !out.includes(r))];
}

export async function listVersions(deps: Deps, actor: Actor): Promise<{ items: z.infer<typeof PowerListVersionDto>[] }> {
  assertRead(actor);
  const lists = await listsOfBureau(deps.db, actor.bureauId);
  const counts = await itemCounts(
    deps.db,
    lists.map((l) => l.id),
  );
  return { items: lists.map((l) => presentList(actor, l, counts.get(l.id))) };
}

export async function listVersionDetail(deps: Deps, actor: Actor, id: string): Promise<z.infer<typeof PowerListVersionDetailDto>> {
  const list = await getList(deps.db, id);
  if (!list || !canReadPowers(actor, list)) throw notFound('权责清单版本');
  const [counts, items] = await Promise.all([itemCounts(deps.db, [list.id]), itemsOfLists(deps.db, [list.id])]);
  let problems: z.infer<typeof PowerListVersionDetailDto>['problems'] = [];
  if (list.status === 'draft' || list.status === 'approved') {
    const ps = items.map((i) => toPower(i, list.subjectId));
    const articles = await loadLegalArticles(deps.db, list.bureauId, { ids: [...new Set(ps.flatMap(basisArticleIds))] });
    problems = checkListDraft(ps, new Map(articles.map((a) => [a.id, a])), toLocalDate(deps.clock.now())).map((p) => ({ ...p }));
  }
  return { ...presentList(actor, list, counts.get(list.id)), problems };
}

export async function listItems(
  deps: Deps,
  actor: Actor,
  q: { listId?: string | undefined; includeRemoved?: '0' | '1' | undefined; category?: PowerCategory | undefined; q?: string | undefined; page: number; pageSize: number },
): Promise<z.infer<typeof PowerItemList>> {
  assertRead(actor);
  const list = q.listId ? await getList(deps.db, q.listId) : inForceLists(await listsOfBureau(deps.db, actor.bureauId))[0];
  if (q.listId && (!list || !canReadPowers(actor, list))) throw notFound('权责清单版本');
  if (!list) return { items: [], total: 0, listId: null };
  const conds: SQL[] = [eq(powerListItems.listId, list.id)];
  if (q.includeRemoved !== '1') conds.push(ne(powerListItems.change, 'removed'));
  if (q.category) conds.push(eq(powerListItems.category, q.category));
  if (q.q) conds.push(sql`(strpos(${powerListItems.name}, ${q.q}) > 0 or strpos(${powerListItems.code}, ${q.q.toUpperCase()}) > 0)`);
  const rows = await deps.db
    .select({ i: powerListItems, total: sql<number>`count(*) over ()::int` })
    .from(powerListItems)
    .where(and(...conds))
    .orderBy(sql`${powerListItems.code} collate "C"`)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const depts = await assignedDepartments(
    deps.db,
    rows.map((r) => r.i.powerId),
  );
  return { items: rows.map((r) => presentItem(actor, list, r.i, depts.get(r.i.powerId) ?? null)), total: rows[0]?.total ?? 0, listId: list.id };
}

export async function listItem(deps: Deps, actor: Actor, listId: string, powerId: string): Promise<z.infer<typeof PowerItemDto>> {
  const list = await getList(deps.db, listId);
  if (!list || !canReadPowers(actor, list)) throw notFound('权责清单版本');
  const item = await getItem(deps.db, listId, powerId);
  if (!item) throw notFound('执法事项');
  const depts = await assignedDepartments(deps.db, [powerId]);
  return presentItem(actor, list, item, depts.get(powerId) ?? null);
}

/** A power as the list in force states it (or its newest version), its breakdown history and today's coverage. */
export async function powerDetail(deps: Deps, actor: Actor, powerId: string): Promise<z.infer<typeof PowerDetailDto>> {
  assertRead(actor);
  const [p] = await deps.db.select().from(powers).where(eq(powers.id, powerId));
  if (!p || !canReadPowers(actor, p)) throw notFound('执法事项');
  const lists = await listsOfBureau(deps.db, actor.bureauId);
  const inForce = inForceLists(lists).map((l) => l.id);
  const items = await itemsOfLists(
    deps.db,
    lists.map((l) => l.id),
    { powerIds: [powerId], includeRemoved: true },
  );
  const item = items.find((i) => inForce.includes(i.listId)) ?? items.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  const list = lists.find((l) => l.id === item?.listId);
  if (!item || !list) throw notFound('执法事项');
  const [history, names, { entry }] = await Promise.all([assignmentsOf(deps.db, [powerId]), orgNames(deps.db, actor.bureauId), coverageCacheFor(deps).get(actor.bureauId)]);
  const department = history.find((a) => a.effectiveTo === null)?.departmentId ?? null;
  const coverage = entry.results.get(powerId);
  const date = toLocalDate(deps.clock.now());
  return {
    item: presentItem(actor, list, item, department),
    assignments: decisionOrder(history).map((a) => presentAssignment(a, names, date)),
    coverage: coverage ? presentPowerCoverage(coverage, entry.data) : null,
    abilities: canAssign(actor, department) ? ['assign', 'setTargets'] : [],
  };
}

export async function listTargets(
  deps: Deps,
  actor: Actor,
  q: { year?: number | undefined; powerId?: string | undefined; departmentId?: string | undefined; id?: string | undefined },
): Promise<{ items: z.infer<typeof TargetDto>[] }> {
  assertRead(actor);
  const conds: SQL[] = [eq(powerTargets.bureauId, actor.bureauId)];
  if (q.id) conds.push(eq(powerTargets.id, q.id));
  if (q.year) conds.push(eq(powerTargets.year, q.year));
  if (q.powerId) conds.push(eq(powerTargets.powerId, q.powerId));
  const dept = actor.scope === 'bureau' ? q.departmentId : (actor.departmentId ?? '00000000-0000-0000-0000-000000000000');
  if (dept) conds.push(eq(powerTargets.departmentId, dept));
  const rows = await deps.db
    .select({
      t: powerTargets,
      code: sql<string>`(select i.code from power_list_items i where i.power_id = power_targets.power_id order by i.created_at desc limit 1)`,
      name: sql<string>`(select i.name from power_list_items i where i.power_id = power_targets.power_id order by i.created_at desc limit 1)`,
    })
    .from(powerTargets)
    .where(and(...conds))
    .orderBy(asc(powerTargets.year), asc(powerTargets.createdAt));
  const names = await orgNames(deps.db, actor.bureauId);
  return {
    items: rows.map(({ t, code, name }) => ({
      id: t.id,
      powerId: t.powerId,
      powerCode: code ?? '',
      powerName: name ?? '',
      year: t.year,
      departmentId: t.departmentId,
      departmentName: names.departments.get(t.departmentId) ?? '',
      postId: t.postId,
      postName: t.postId ? (names.posts.get(t.postId)?.name ?? null) : null,
      metric: t.metric,
      planned: t.planned,
      unit: t.unit,
      note: t.note,
      version: t.version,
    })),
  };
}
