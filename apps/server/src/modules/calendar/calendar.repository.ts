/** The only place the calendar tables are read or written. */
import { asc, desc, eq, sql } from 'drizzle-orm';
import { CN_WORKDAY_YEARS } from '@quanze/domain';
import type { Executor, Tx } from '../../platform/db.ts';
import { workdayYearRevisions, workdayYears, type StoredExtraWorkday, type StoredHoliday } from './calendar.table.ts';

export type WorkdayYearRow = typeof workdayYears.$inferSelect;
export type WorkdayYearRevisionRow = typeof workdayYearRevisions.$inferSelect;

export const allYears = (db: Executor): Promise<WorkdayYearRow[]> => db.select().from(workdayYears).orderBy(asc(workdayYears.year));

export async function getYear(db: Executor, year: number, lock = false): Promise<WorkdayYearRow | undefined> {
  const q = db.select().from(workdayYears).where(eq(workdayYears.year, year));
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

export const revisionsOf = (db: Executor, year: number): Promise<WorkdayYearRevisionRow[]> =>
  db.select().from(workdayYearRevisions).where(eq(workdayYearRevisions.year, year)).orderBy(desc(workdayYearRevisions.revision));

/** The latest revision id: changes whenever any year is entered or corrected, on any node. */
export async function calendarStamp(db: Executor): Promise<number> {
  const [r] = await db.select({ id: sql<number>`coalesce(max(${workdayYearRevisions.id}), 0)::int` }).from(workdayYearRevisions);
  return r?.id ?? 0;
}

export interface YearWrite {
  year: number;
  holidays: StoredHoliday[];
  extraWorkdays: StoredExtraWorkday[];
  source: 'bundled' | 'entered';
  notice: string | null;
  reason: string | null;
  revision: number;
  enteredBy: string | null;
  enteredByName: string | null;
  enteredAt: Date;
}

export async function writeYear(tx: Tx, w: YearWrite): Promise<void> {
  const row = {
    holidays: w.holidays,
    extraWorkdays: w.extraWorkdays,
    source: w.source,
    notice: w.notice,
    revision: w.revision,
    enteredBy: w.enteredBy,
    enteredByName: w.enteredByName,
    enteredAt: w.enteredAt,
  };
  await tx.insert(workdayYears).values({ year: w.year, ...row }).onConflictDoUpdate({ target: workdayYears.year, set: row });
  await tx.insert(workdayYearRevisions).values({ year: w.year, ...row, reason: w.reason });
}

/**
 * Seeds the compiled years (2020–2026) that are not in the table yet; a year already there — entered or corrected by
 * an administrator — is left alone, so running it again changes nothing.
 */
export async function seedBundledYears(db: Executor, now: Date): Promise<number> {
  const present = new Set((await db.select({ year: workdayYears.year }).from(workdayYears)).map((r) => r.year));
  const missing = CN_WORKDAY_YEARS.filter((y) => !present.has(y.year));
  if (missing.length === 0) return 0;
  let seeded = 0;
  for (const y of missing) {
    const row = {
      holidays: [{ name: '法定节假日', dates: [...y.offDays] }],
      extraWorkdays: y.extraWorkdays.map((date) => ({ date, name: null })),
      source: 'bundled' as const,
      notice: '国务院办公厅关于节假日安排的通知（内置）',
      revision: 1,
      enteredBy: null,
      enteredByName: '系统（内置数据）',
      enteredAt: now,
    };
    const inserted = await db.insert(workdayYears).values({ year: y.year, ...row }).onConflictDoNothing().returning({ year: workdayYears.year });
    if (inserted.length > 0) {
      await db.insert(workdayYearRevisions).values({ year: y.year, ...row, reason: '初始化内置数据' }).onConflictDoNothing();
      seeded++;
    }
  }
  return seeded;
}
