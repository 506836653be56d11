/**
 * The case list's 下一期限 column and 只看逾期/临期 filter, from the stored open clocks (case_clocks): the earliest
 * due date of a clock the case's people must act on ('deadline' clocks; waiting periods and held clocks have none).
 * "临期" is the bureau's longest reminder lead time in working days — the same horizon the scan reminds within.
 */
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { CaseDeadlineFilter, NextDeadlineDto } from '@quanze/contracts';
import { addCalendarDays, restoreDeadline, toLocalDate, type LocalDate } from '@quanze/domain';
import type { Deps } from '../../platform/deps.ts';
import { procedureConfigOf } from '../calendar/core.ts';
import { catchUpCaseClocks } from './commands/refresh-case-clocks.ts';
import { DEFAULT_LEAD_WORKING_DAYS, reminderSettingsOf } from './deadlines.repository.ts';
import { storedCaseClocks } from './deadlines.table.ts';
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
  clocks: { caseId: string; deadline: typeof storedCaseClocks.$inferSelect.deadline }[];
};

async function pageDeadlines(deps: Deps, bureauId: string, caseIds: readonly string[]): Promise<PageDeadlinesRow> {
  const read = async () =>
    (await deps.db.$client.query<PageDeadlinesRow>({ ...PAGE_DEADLINES, values: [bureauId, [...caseIds]] })).rows[0]!;
  const first = await read();
  if (!first.marked) return first;
  await catchUpCaseClocks(deps);
  return read();
}

/** The 下一期限 of each listed case (one statement for the page when no case awaits a clock catch-up). */
export async function nextDeadlinesOf(deps: Deps, bureauId: string, caseIds: readonly string[]): Promise<Map<string, NextDeadlineDto>> {
  if (caseIds.length === 0) return new Map();
  const today = toLocalDate(deps.clock.now());
  const [page, config] = await Promise.all([pageDeadlines(deps, bureauId, caseIds), procedureConfigOf(deps, bureauId)]);
  // As reminderSettingsOf: the default lead times when the bureau has not set its own.
  const leadWorkingDays = page.lead ?? [...DEFAULT_LEAD_WORKING_DAYS];
  const horizon = reminderHorizon(today, leadWorkingDays, config.calendar);
  const out = new Map<string, NextDeadlineDto>();
  for (const r of page.clocks) {
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
