/**
 * Portal read model: the latest published version of the power list of the bureau's own subject (执法主体), with
 * the current published benchmark of each item. Drafts, approved-but-unpublished versions, removed items, internal
 * notes and verification remarks never leave here. Like /public/subjects, the portal serves the deployment's first
 * bureau unless `bureauId` names another.
 */
import { and, asc, count, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { PublicPowerDetailDto, PublicPowerListDto, PublicPowerQuery } from '@quanze/contracts';
import { POWER_CATEGORIES, POWER_CATEGORY_LABELS, type PowerCategory } from '@quanze/domain';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/errors.ts';
import { bureaus } from '../org/index.ts';
import { powerListItems, powerLists, type PowerItemRow } from '../powers/index.ts';
import { enforcementSubjects } from '../subjects/index.ts';
import { statutoryOfItem } from './discretion.defaults.ts';
import { currentPublishedOf, hasPublishedBenchmark } from './discretion.repository.ts';
import { presentPublicBenchmark, statutoryText } from './public.presenter.ts';

type Query = z.infer<typeof PublicPowerQuery>;

async function publishedList(deps: Deps, bureauIdParam: string | undefined) {
  const bureauId =
    bureauIdParam ?? (await deps.db.select({ id: bureaus.id }).from(bureaus).orderBy(asc(bureaus.createdAt)).limit(1))[0]?.id;
  if (!bureauId) return { subject: null, list: null };
  const [subject] = await deps.db
    .select({ id: enforcementSubjects.id, name: enforcementSubjects.name })
    .from(enforcementSubjects)
    .where(and(eq(enforcementSubjects.bureauId, bureauId), eq(enforcementSubjects.isBureauItself, true)))
    .limit(1);
  if (!subject) return { subject: null, list: null };
  const [list] = await deps.db
    .select({ id: powerLists.id, title: powerLists.title, publishedOn: powerLists.publishedOn })
    .from(powerLists)
    .where(and(eq(powerLists.subjectId, subject.id), eq(powerLists.status, 'published')))
    .orderBy(desc(powerLists.versionNo))
    .limit(1);
  return { subject, list: list ?? null };
}

const publicColumns = {
  powerId: powerListItems.powerId,
  code: powerListItems.code,
  name: powerListItems.name,
  category: powerListItems.category,
  departmentName: powerListItems.departmentName,
  target: powerListItems.target,
  basis: powerListItems.basis,
  statutoryTimeLimit: powerListItems.statutoryTimeLimit,
  fees: powerListItems.fees,
  supervisionChannel: powerListItems.supervisionChannel,
  hearingEligible: powerListItems.hearingEligible,
  hearingCondition: powerListItems.hearingCondition,
};

type PublicRow = Pick<PowerItemRow, keyof typeof publicColumns>;

const presentItem = (r: PublicRow, hasBenchmark: boolean) => ({
  code: r.code,
  name: r.name,
  category: r.category,
  categoryLabel: POWER_CATEGORY_LABELS[r.category],
  departmentName: r.departmentName,
  target: r.target,
  basis: r.basis.map((b) => ({ law: b.law, article: b.article })),
  timeLimit: r.statutoryTimeLimit?.text || null,
  fees: r.fees,
  supervisionChannel: r.supervisionChannel,
  hearingEligible: r.hearingEligible,
  hearingCondition: r.hearingCondition,
  hasBenchmark,
});

export async function publicPowerList(deps: Deps, q: Query): Promise<z.infer<typeof PublicPowerListDto>> {
  const { subject, list } = await publishedList(deps, q.bureauId);
  const empty = { items: [], total: 0, page: q.page, pageSize: q.pageSize, facets: { categories: [], departments: [] } };
  if (!subject || !list)
    return { ...empty, subjectName: subject?.name ?? null, listTitle: null, publishedOn: null, message: '本机关权责清单尚未公布' };

  const inList: SQL[] = [eq(powerListItems.listId, list.id), ne(powerListItems.change, 'removed')];
  const conds = [...inList];
  if (q.category) conds.push(eq(powerListItems.category, q.category));
  if (q.department) conds.push(eq(powerListItems.departmentName, q.department));
  if (q.q) conds.push(sql`(strpos(${powerListItems.name}, ${q.q}) > 0 or strpos(${powerListItems.code}, ${q.q.toUpperCase()}) > 0)`);
  // Each facet counts under the other filter, so a department's count is what choosing it would show.
  const categoryFacet = q.department ? [...inList, eq(powerListItems.departmentName, q.department)] : inList;
  const departmentFacet = q.category ? [...inList, eq(powerListItems.category, q.category)] : inList;
  const [rows, byCategory, byDepartment] = await Promise.all([
    deps.db
      .select({ ...publicColumns, hasBenchmark: hasPublishedBenchmark(powerListItems.powerId), total: sql<number>`count(*) over ()::int` })
      .from(powerListItems)
      .where(and(...conds))
      .orderBy(sql`${powerListItems.code} collate "C"`)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    deps.db
      .select({ value: powerListItems.category, n: count() })
      .from(powerListItems)
      .where(and(...categoryFacet))
      .groupBy(powerListItems.category),
    deps.db
      .select({ value: powerListItems.departmentName, n: count() })
      .from(powerListItems)
      .where(and(...departmentFacet))
      .groupBy(powerListItems.departmentName)
      .orderBy(powerListItems.departmentName),
  ]);
  const order = (c: PowerCategory): number => POWER_CATEGORIES.indexOf(c);
  return {
    subjectName: subject.name,
    listTitle: list.title,
    publishedOn: list.publishedOn,
    message: rows.length === 0 ? '没有符合条件的执法事项' : null,
    items: rows.map((r) => presentItem(r, r.hasBenchmark)),
    total: rows[0]?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
    facets: {
      categories: [...byCategory]
        .sort((a, b) => order(a.value) - order(b.value))
        .map((c) => ({ value: c.value, label: POWER_CATEGORY_LABELS[c.value], count: c.n })),
      departments: byDepartment.filter((d) => d.value !== '').map((d) => ({ value: d.value, count: d.n })),
    },
  };
}

export async function publicPowerDetail(
  deps: Deps,
  code: string,
  bureauId: string | undefined,
): Promise<z.infer<typeof PublicPowerDetailDto>> {
  const { subject, list } = await publishedList(deps, bureauId);
  if (!subject || !list) throw notFound('执法事项');
  const [row] = await deps.db
    .select({
      ...publicColumns,
      level: powerListItems.level,
      procedure: powerListItems.procedure,
      responsibility: powerListItems.responsibility,
      accountabilityTriggers: powerListItems.accountabilityTriggers,
      sanctions: powerListItems.sanctions,
    })
    .from(powerListItems)
    .where(and(eq(powerListItems.listId, list.id), ne(powerListItems.change, 'removed'), eq(powerListItems.code, code.toUpperCase())))
    .limit(1);
  if (!row) throw notFound('执法事项');
  const current = (await currentPublishedOf(deps.db, [row.powerId])).get(row.powerId);
  const statutory = statutoryOfItem(row);
  return {
    ...presentItem(row, current !== undefined),
    basis: row.basis.map((b) => ({ law: b.law, article: b.article, gist: b.gist })),
    level: row.level,
    procedure: row.procedure,
    responsibility: row.responsibility,
    accountabilityTriggers: row.accountabilityTriggers,
    sanctionsText: statutory ? statutoryText(statutory) : null,
    benchmark: current ? presentPublicBenchmark(current.benchmark, { versionNo: current.versionNo, publishedAt: current.createdAt }) : null,
    subjectName: subject.name,
    listTitle: list.title,
    publishedOn: list.publishedOn,
  };
}
