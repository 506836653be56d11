/**
 * The only place discretion_benchmarks is read or written; the power and its list item come through the powers
 * module's index (the list in force: published, else the newest draft or approved version).
 */
import { and, desc, eq, getTableName, inArray, max, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DiscretionBenchmark } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { inForceLists, itemsOfLists, listsOfBureau, powers, type PowerItemRow } from '../powers/index.ts';
import { discretionBenchmarks } from './discretion.table.ts';

export type BenchmarkRow = typeof discretionBenchmarks.$inferSelect;
export type BenchmarkVersionRow = Omit<BenchmarkRow, 'benchmark'>;

export async function getPower(
  db: Executor,
  powerId: string,
  lock = false,
): Promise<{ id: string; bureauId: string; subjectId: string } | undefined> {
  const q = db.select({ id: powers.id, bureauId: powers.bureauId, subjectId: powers.subjectId }).from(powers).where(eq(powers.id, powerId));
  // NO KEY UPDATE: serialises saves of one power's benchmark without blocking rows that reference the power.
  const [p] = lock ? await q.for('no key update') : await q;
  return p;
}

/** The power as the list in force states it (or its newest version when no list is in force). */
export async function currentItem(db: Executor, bureauId: string, powerId: string): Promise<PowerItemRow | undefined> {
  const lists = await listsOfBureau(db, bureauId);
  const inForce = new Set(inForceLists(lists).map((l) => l.id));
  const items = await itemsOfLists(
    db,
    lists.map((l) => l.id),
    { powerIds: [powerId], includeRemoved: true },
  );
  return items.find((i) => inForce.has(i.listId)) ?? [...items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
}

const versionColumns = {
  id: discretionBenchmarks.id,
  bureauId: discretionBenchmarks.bureauId,
  powerId: discretionBenchmarks.powerId,
  versionNo: discretionBenchmarks.versionNo,
  status: discretionBenchmarks.status,
  powerCode: discretionBenchmarks.powerCode,
  note: discretionBenchmarks.note,
  savedBy: discretionBenchmarks.savedBy,
  savedByName: discretionBenchmarks.savedByName,
  createdAt: discretionBenchmarks.createdAt,
};

/** Every saved version of a power's benchmark, newest first, without the benchmark itself. */
export async function versionsOf(db: Executor, powerId: string): Promise<BenchmarkVersionRow[]> {
  return db
    .select(versionColumns)
    .from(discretionBenchmarks)
    .where(eq(discretionBenchmarks.powerId, powerId))
    .orderBy(desc(discretionBenchmarks.versionNo));
}

export async function latestVersionNo(db: Executor, powerId: string): Promise<number> {
  const [r] = await db
    .select({ n: max(discretionBenchmarks.versionNo) })
    .from(discretionBenchmarks)
    .where(eq(discretionBenchmarks.powerId, powerId));
  return r?.n ?? 0;
}

export async function getVersion(db: Executor, powerId: string, versionNo: number): Promise<BenchmarkRow | undefined> {
  const [r] = await db
    .select()
    .from(discretionBenchmarks)
    .where(and(eq(discretionBenchmarks.powerId, powerId), eq(discretionBenchmarks.versionNo, versionNo)));
  return r;
}

/** The current benchmark: the published version with the highest number. */
export async function currentPublished(db: Executor, powerId: string): Promise<BenchmarkRow | undefined> {
  const [r] = await db
    .select()
    .from(discretionBenchmarks)
    .where(and(eq(discretionBenchmarks.powerId, powerId), eq(discretionBenchmarks.status, 'published')))
    .orderBy(desc(discretionBenchmarks.versionNo))
    .limit(1);
  return r;
}

/** The current benchmark of each of `powerIds` that has one (portal). */
export async function currentPublishedOf(db: Executor, powerIds: readonly string[]): Promise<Map<string, BenchmarkRow>> {
  if (powerIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([discretionBenchmarks.powerId])
    .from(discretionBenchmarks)
    .where(and(inArray(discretionBenchmarks.powerId, [...powerIds]), eq(discretionBenchmarks.status, 'published')))
    .orderBy(discretionBenchmarks.powerId, desc(discretionBenchmarks.versionNo));
  return new Map(rows.map((r) => [r.powerId, r]));
}

/**
 * SQL: the power has a published benchmark (for list queries of other tables). The outer column is written with
 * its table name: drizzle renders a bare column unqualified, which inside the subquery would mean b.power_id.
 */
export const hasPublishedBenchmark = (powerIdColumn: AnyPgColumn) => {
  const outer = sql`${sql.identifier(getTableName(powerIdColumn.table))}.${sql.identifier(powerIdColumn.name)}`;
  return sql<boolean>`exists (select 1 from ${discretionBenchmarks} b where b.power_id = ${outer} and b.status = 'published')`;
};

export interface NewVersion {
  bureauId: string;
  powerId: string;
  versionNo: number;
  status: 'draft' | 'published';
  powerCode: string;
  benchmark: DiscretionBenchmark;
  note: string | null;
  savedBy: string | null;
  savedByName: string | null;
  createdAt: Date;
}

export async function insertVersion(db: Executor, v: NewVersion): Promise<string> {
  const [r] = await db.insert(discretionBenchmarks).values(v).returning({ id: discretionBenchmarks.id });
  return r!.id;
}
