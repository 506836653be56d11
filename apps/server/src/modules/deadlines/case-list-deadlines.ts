/**
 * The case list's 下一期限 column and 只看逾期/临期 filter, from the stored open clocks (case_clocks): the earliest
 * due date of a clock the case's people must act on ('deadline' clocks; waiting periods and held clocks have none).
 * "临期" is the bureau's longest reminder lead time in working days — the same horizon the scan reminds within.
 */
import { sql, type AnyColumn, type Placeholder, type SQL } from 'drizzle-orm';
import type { CaseDeadlineFilter, NextDeadlineDto } from '@quanze/contracts';
import { addCalendarDays, restoreDeadline, toLocalDate, type LocalDate } from '@quanze/domain';
import type { Deps } from '../../platform/deps.ts';
import { procedureConfigOf } from '../calendar/core.ts';
import { catchUpCaseClocks } from './commands/refresh-case-clocks.ts';
import { DEFAULT_LEAD_WORKING_DAYS, reminderSettingsOf } from './deadlines.repository.ts';
import { storedCaseClocks } from './deadlines.table.ts';

type StoredDeadline = typeof storedCaseClocks.$inferSelect.deadline;
import { reminderHorizon } from './reminders.ts';

/** The last due date the filter takes (overdue: yesterday; attention: the reminder horizon). */
export async function deadlineFilterDueBy(deps: Deps, bureauId: string, filter: CaseDeadlineFilter): Promise<LocalDate> {
  await catchUpCaseClocks(deps);
  const today = toLocalDate(deps.clock.now());
  if (filter === 'overdue') return addCalendarDays(today, -1);
  const [config, settings] = await Promise.all([procedureConfigOf(deps, bureauId), reminderSettingsOf(deps.db, bureauId)]);
  return reminderHorizon(today, settings.leadWorkingDays, config.calendar);
}

/** A case (its id column) with a 'deadline' clock due on or before `dueBy` — a semi-join on case_clocks' primary key. */
export function dueByCondition(caseId: AnyColumn, dueBy: LocalDate): SQL {
  return sql`exists (select 1 from ${storedCaseClocks} cc where cc.case_id = ${caseId} and cc.kind = 'deadline' and cc.due_date <= ${dueBy})`;
}

/**
 * One statement for the list page: whether any case is marked for a clock catch-up, the bureau's reminder lead times,
 * and each listed case's earliest due 'deadline' clock. Read in one snapshot: with no mark the clocks read are current
 * (the same as catching up first, which would have found nothing); with a mark the catch-up runs and the page is read
 * again. A named prepared statement: parsed once per connection, never rebuilt.
 */
const PAGE_DEADLINES = {
  name: 'qz_case_list_next_deadlines',
  text: `select exists (select 1 from case_clock_marks) as marked,
      (select rs.lead_working_days from reminder_settings rs where rs.bureau_id = $1) as lead,
      coalesce((select json_agg(json_build_object('caseId', x.case_id, 'deadline', x.deadline)) from (
        select distinct on (cc.case_id) cc.case_id, cc.deadline from case_clocks cc
        where cc.case_id = any($2::uuid[]) and cc.kind = 'deadline' and cc.due_date is not null
        order by cc.case_id, cc.due_date asc) x), '[]'::json) as clocks`,
};
type PageDeadlinesRow = {
  marked: boolean;
  lead: number[] | null;
  clocks: { caseId: string; deadline: StoredDeadline }[];
};

async function pageDeadlines(deps: Deps, bureauId: string, caseIds: readonly string[]): Promise<PageDeadlinesRow> {
  const read = async () =>
    (await deps.db.$client.query<PageDeadlinesRow>({ ...PAGE_DEADLINES, values: [bureauId, [...caseIds]] })).rows[0]!;
  const first = await read();
  if (!first.marked) return first;
  await catchUpCaseClocks(deps);
  return read();
}

/**
 * What a case list page statement selects so that its 下一期限 needs no statement of its own (the page is then one
 * statement in all): the same three facts as PAGE_DEADLINES, as columns — whether any case awaits a clock catch-up and
 * the bureau's lead times (uncorrelated: PostgreSQL evaluates each once per page), and the row's earliest due
 * 'deadline' clock (an index probe on case_clocks' primary key per row).
 */
export function nextDeadlineColumns(caseId: AnyColumn, bureauId: Placeholder) {
  return {
    deadlinesMarked: sql<boolean>`exists (select 1 from case_clock_marks)`,
    deadlineLead: sql<number[] | null>`(select rs.lead_working_days from reminder_settings rs where rs.bureau_id = ${bureauId})`,
    nextClock: sql<StoredDeadline | null>`(select cc.deadline from ${storedCaseClocks} cc where cc.case_id = ${caseId} and cc.kind = 'deadline' and cc.due_date is not null order by cc.due_date asc limit 1)`,
  };
}

/** A list row as read with nextDeadlineColumns. */
export interface RowWithNextClock {
  id: string;
  deadlinesMarked: boolean;
  deadlineLead: number[] | null;
  nextClock: StoredDeadline | null;
}

/**
 * The 下一期限 of a page read with nextDeadlineColumns. When a case awaited a catch-up at the page's snapshot, the
 * clocks read may be stale: catch up and read them again (nextDeadlinesOf), as the separate statement does.
 */
export async function nextDeadlinesFromPage(deps: Deps, bureauId: string, rows: readonly RowWithNextClock[]): Promise<Map<string, NextDeadlineDto>> {
  if (rows.length === 0) return new Map();
  if (rows[0]!.deadlinesMarked) return nextDeadlinesOf(deps, bureauId, rows.map((r) => r.id));
  const config = await procedureConfigOf(deps, bureauId);
  const clocks = rows.flatMap((r) => (r.nextClock ? [{ caseId: r.id, deadline: r.nextClock }] : []));
  return presentNextDeadlines(deps, clocks, rows[0]!.deadlineLead, config);
}

/** The 下一期限 of each listed case (one statement for the page when no case awaits a clock catch-up). */
export async function nextDeadlinesOf(deps: Deps, bureauId: string, caseIds: readonly string[]): Promise<Map<string, NextDeadlineDto>> {
  if (caseIds.length === 0) return new Map();
  const [page, config] = await Promise.all([pageDeadlines(deps, bureauId, caseIds), procedureConfigOf(deps, bureauId)]);
  return presentNextDeadlines(deps, page.clocks, page.lead, config);
}

function presentNextDeadlines(
  deps: Deps,
  clocks: PageDeadlinesRow['clocks'],
  lead: number[] | null,
  config: Awaited<ReturnType<typeof procedureConfigOf>>,
): Map<string, NextDeadlineDto> {
  const today = toLocalDate(deps.clock.now());
  // As reminderSettingsOf: the default lead times when the bureau has not set its own.
  const leadWorkingDays = lead ?? [...DEFAULT_LEAD_WORKING_DAYS];
  const horizon = reminderHorizon(today, leadWorkingDays, config.calendar);
  const out = new Map<string, NextDeadlineDto>();
  for (const r of clocks) {
    const d = restoreDeadline(r.deadline, config.calendar);
    if (d.dueDate === null) continue;
    const daysLeft = d.daysLeft(today);
    // Overdue from the day after the due date (as the scan's overdue reminder), also on a rest day when no working day has passed.
    out.set(r.caseId, {
      clockId: d.clockId,
      label: d.label,
      dueDate: d.dueDate,
      dayType: d.dayType,
      daysLeft,
      overdue: today > d.dueDate,
      dueSoon: d.dueDate <= horizon,
      provisional: d.provisional,
    });
  }
  return out;
}
