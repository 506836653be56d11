/**
 * The case list's 下一期限 column and 只看逾期/临期 filter, from the stored open clocks (case_clocks): the earliest
 * due date of a clock the case's people must act on ('deadline' clocks; waiting periods and held clocks have none).
 * "临期" is the bureau's longest reminder lead time in working days — the same horizon the scan reminds within.
 */
import { and, asc, inArray, isNotNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { CaseDeadlineFilter, NextDeadlineDto } from '@quanze/contracts';
import { addCalendarDays, restoreDeadline, toLocalDate, type LocalDate } from '@quanze/domain';
import type { Deps } from '../../platform/deps.ts';
import { procedureConfigOf } from '../calendar/core.ts';
import { catchUpCaseClocks } from './commands/refresh-case-clocks.ts';
import { reminderSettingsOf } from './deadlines.repository.ts';
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

/** The 下一期限 of each listed case (one query for the page). */
export async function nextDeadlinesOf(deps: Deps, bureauId: string, caseIds: readonly string[]): Promise<Map<string, NextDeadlineDto>> {
  if (caseIds.length === 0) return new Map();
  await catchUpCaseClocks(deps);
  const today = toLocalDate(deps.clock.now());
  const [rows, config, settings] = await Promise.all([
    deps.db
      .selectDistinctOn([storedCaseClocks.caseId], { caseId: storedCaseClocks.caseId, deadline: storedCaseClocks.deadline })
      .from(storedCaseClocks)
      .where(and(inArray(storedCaseClocks.caseId, [...caseIds]), sql`${storedCaseClocks.kind} = 'deadline'`, isNotNull(storedCaseClocks.dueDate)))
      .orderBy(storedCaseClocks.caseId, asc(storedCaseClocks.dueDate)),
    procedureConfigOf(deps, bureauId),
    reminderSettingsOf(deps.db, bureauId),
  ]);
  const horizon = reminderHorizon(today, settings.leadWorkingDays, config.calendar);
  const out = new Map<string, NextDeadlineDto>();
  for (const r of rows) {
    const d = restoreDeadline(r.deadline, config.calendar);
    if (d.dueDate === null) continue;
    const daysLeft = d.daysLeft(today);
    // Overdue from the day after the due date (as the scan's overdue reminder), also on a rest day when no working day has passed.
    out.set(r.caseId, { clockId: d.clockId, label: d.label, dueDate: d.dueDate, dayType: d.dayType, daysLeft, overdue: today > d.dueDate, dueSoon: d.dueDate <= horizon });
  }
  return out;
}
