/** Read models of the calendar: the years around today with their status (已录入 / 未录入) and one year in full. */
import type { z } from 'zod';
import type { WorkdayYearDto, WorkdayYearListResponse, WorkdayYearSummaryDto } from '@quanze/contracts';
import { toLocalDate, yearOf } from '@quanze/domain';
import type { Deps } from '../../platform/deps.ts';
import { workdayCalendarOf } from './calendar-cache.ts';
import { allYears, getYear, revisionsOf, type WorkdayYearRow } from './calendar.repository.ts';
import { offDaysOf } from './calendar-cache.ts';

type Summary = z.infer<typeof WorkdayYearSummaryDto>;

function summaryOf(year: number, row: WorkdayYearRow | undefined): Summary {
  if (!row) {
    return { year, entered: false, source: null, revision: null, offDayCount: 0, extraWorkdayCount: 0, notice: null, enteredByName: null, enteredAt: null };
  }
  return {
    year,
    entered: true,
    source: row.source,
    revision: row.revision,
    offDayCount: offDaysOf(row).length,
    extraWorkdayCount: row.extraWorkdays.length,
    notice: row.notice,
    enteredByName: row.enteredByName,
    enteredAt: row.enteredAt.toISOString(),
  };
}

/** Every entered year plus, when missing, this year and the next two (the ones a running clock can reach). */
export async function listWorkdayYears(deps: Deps): Promise<z.infer<typeof WorkdayYearListResponse>> {
  await workdayCalendarOf(deps); // seeds the bundled years on first use
  const today = toLocalDate(deps.clock.now());
  const rows = new Map((await allYears(deps.db)).map((r) => [r.year, r]));
  const thisYear = yearOf(today);
  const years = new Set([...rows.keys(), thisYear, thisYear + 1, thisYear + 2]);
  return { items: [...years].sort((a, b) => b - a).map((y) => summaryOf(y, rows.get(y))), today };
}

export async function workdayYearDetail(deps: Deps, year: number): Promise<WorkdayYearDto> {
  await workdayCalendarOf(deps);
  const [row, revisions] = await Promise.all([getYear(deps.db, year), revisionsOf(deps.db, year)]);
  return {
    ...summaryOf(year, row),
    holidays: row?.holidays ?? [],
    extraWorkdays: row?.extraWorkdays ?? [],
    revisions: revisions.map((r) => ({
      revision: r.revision,
      reason: r.reason,
      notice: r.notice,
      offDayCount: r.holidays.flatMap((h) => h.dates).length,
      extraWorkdayCount: r.extraWorkdays.length,
      enteredByName: r.enteredByName,
      enteredAt: r.enteredAt.toISOString(),
    })),
  };
}
