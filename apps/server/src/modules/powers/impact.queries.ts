/**
 * Law-change impact (issue #4): amending or repealing an article lists every power that cites it — directly, or
 * through an overlapping address of the same document (impactOfArticleChange) — in the list in force and in any
 * open draft, and the discretion benchmarks of those powers. Open cases join through `others` once cases cite articles.
 */
import { and, inArray, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ArticleImpactDto } from '@quanze/contracts';
import { articleLabel, articleStatusOn, impactOfArticleChange, toLocalDate, type Power } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { getArticleRow, loadLegalArticles } from '../legal-basis/index.ts';
import { inForceLists, listsOfBureau, toPower } from './powers.repository.ts';
import { powerListItems } from './powers.table.ts';

export async function articleImpact(deps: Deps, actor: Actor, articleId: string): Promise<z.infer<typeof ArticleImpactDto>> {
  if (!actor.permissions.has('law:read') || !actor.permissions.has('power:read')) throw new AppError('FORBIDDEN', '没有查看法规库和权责清单的权限');
  const row = await getArticleRow(deps.db, articleId);
  if (!row || row.bureauId !== actor.bureauId) throw notFound('条文');
  const library = await loadLegalArticles(deps.db, actor.bureauId, { documentIds: [row.documentId] });
  const target = library.find((a) => a.id === articleId)!;
  const lists = await listsOfBureau(deps.db, actor.bureauId);
  const open = lists.filter((l) => l.status === 'draft' || l.status === 'approved' || l.status === 'published');
  const inForce = new Set(inForceLists(lists).map((l) => l.id));
  const items = open.length
    ? await deps.db
        .select()
        .from(powerListItems)
        .where(
          and(
            inArray(
              powerListItems.listId,
              open.map((l) => l.id),
            ),
            ne(powerListItems.change, 'removed'),
            sql`${powerListItems.basisArticleIds} && ${sql.param(library.map((a) => a.id))}::uuid[]`,
          ),
        )
    : [];
  // One entry per power: the wording of the list in force when it has the power, else the draft's.
  const byPower = new Map<string, Power>();
  const subjectOf = new Map(lists.map((l) => [l.id, l.subjectId]));
  for (const i of [...items].sort((a, b) => Number(inForce.has(a.listId)) - Number(inForce.has(b.listId)))) byPower.set(i.powerId, toPower(i, subjectOf.get(i.listId) ?? ''));
  const impact = impactOfArticleChange(articleId, [...byPower.values()], [], library);
  return {
    ...(await withBenchmarks(deps, impact)),
    articleId,
    label: articleLabel(target),
    status: articleStatusOn(target, toLocalDate(deps.clock.now())).status,
  };
}

/**
 * A power's discretion benchmark applies the articles the power cites, so it is affected exactly when its power is.
 * The benchmarks belong to the discretion module, which builds on this one: they are read by table name here rather
 * than by importing that module (which would make the two depend on each other).
 */
async function withBenchmarks(deps: Deps, impact: ReturnType<typeof impactOfArticleChange>) {
  const ids = impact.powers.map((p) => p.id);
  if (ids.length === 0) return { powers: impact.powers, others: impact.others };
  const rows = await deps.db.execute<{ id: string; power_id: string; power_code: string; version_no: number }>(sql`
    select distinct on (power_id) id, power_id, power_code, version_no from discretion_benchmarks
    where status = 'published' and power_id = any(${sql.param(ids)}::uuid[])
    order by power_id, version_no desc`);
  const via = new Map(impact.powers.map((p) => [p.id, p.via]));
  const benchmarks = rows.rows.map((r) => ({ kind: 'discretionBenchmark', id: r.id, label: `${r.power_code} 裁量基准（第${r.version_no}版）`, via: via.get(r.power_id) ?? 'direct' }));
  return { powers: impact.powers, others: [...impact.others, ...benchmarks] };
}
