/**
 * The server's working-day calendar, built from the database rows and cached per database. Clocks are computed on
 * read, so a year entered or corrected takes effect on the next read: the writing node drops its cache at once, and
 * every node re-checks the latest revision id (one index lookup) when its copy is older than STALE_AFTER_MS.
 */
import { performance } from 'node:perf_hooks';
import { createWorkdayCalendar, DEFAULT_PROCEDURE_CONFIG, type ProcedureConfig, type WorkdayCalendar } from '@quanze/domain';
import type { Db } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { allYears, calendarStamp, seedBundledYears, type WorkdayYearRow } from './calendar.repository.ts';

const STALE_AFTER_MS = 2_000;

interface Entry {
  calendar: WorkdayCalendar;
  config: ProcedureConfig;
  stamp: number;
  checkedAt: number;
}

const cache = new WeakMap<Db, Entry>();
const loading = new WeakMap<Db, Promise<Entry>>();
const seeded = new WeakSet<Db>();

export function offDaysOf(row: Pick<WorkdayYearRow, 'holidays'>): string[] {
  return row.holidays.flatMap((h) => h.dates);
}

async function load(deps: Deps): Promise<Entry> {
  if (!seeded.has(deps.db)) {
    await seedBundledYears(deps.db, deps.clock.now());
    seeded.add(deps.db);
  }
  const stamp = await calendarStamp(deps.db);
  const rows = await allYears(deps.db);
  const calendar = createWorkdayCalendar(
    rows.map((r) => ({ year: r.year, offDays: offDaysOf(r), extraWorkdays: r.extraWorkdays.map((e) => e.date) })),
  );
  return { calendar, config: { ...DEFAULT_PROCEDURE_CONFIG, calendar }, stamp, checkedAt: performance.now() };
}

async function entryFor(deps: Deps): Promise<Entry> {
  const current = cache.get(deps.db);
  if (current) {
    if (performance.now() - current.checkedAt < STALE_AFTER_MS) return current;
    const stamp = await calendarStamp(deps.db);
    if (stamp === current.stamp) {
      current.checkedAt = performance.now();
      return current;
    }
  }
  let pending = loading.get(deps.db);
  if (!pending) {
    pending = load(deps).finally(() => loading.delete(deps.db));
    loading.set(deps.db, pending);
  }
  const entry = await pending;
  cache.set(deps.db, entry);
  return entry;
}

/** The calendar from the database (bundled years seeded on first use). */
export async function workdayCalendarOf(deps: Deps): Promise<WorkdayCalendar> {
  return (await entryFor(deps)).calendar;
}

/**
 * The procedure configuration a bureau's cases are checked and clocked with: the defaults of packages/domain with the
 * database calendar. (Bureau-specific rules would be merged here.)
 */
export async function procedureConfigOf(deps: Deps, _bureauId: string): Promise<ProcedureConfig> {
  return (await entryFor(deps)).config;
}

/** Called after a year is written, so this node's next read rebuilds the calendar. */
export function invalidateCalendar(db: Db): void {
  cache.delete(db);
}
