/**
 * The system administrator enters (or corrects) one year's official schedule: checked by the domain
 * (validateWorkdayYear — dates in that year, no day both off and working, 调休上班 only on a weekend …), then in one
 * transaction the year row, its revision and the audit row. A correction needs the current revision and a reason;
 * the earlier revision stays in workday_year_revisions.
 */
import type { WorkdayYearRequest } from '@quanze/contracts';
import { validateWorkdayYear, WORKDAY_SCHEDULE_SOURCE } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, versionConflict } from '../../../platform/errors.ts';
import { invalidateCalendar } from '../calendar-cache.ts';
import { getYear, writeYear } from '../calendar.repository.ts';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

function invalid(message: string, problems: string[]): AppError {
  return new AppError('VALIDATION_FAILED', message, { fieldErrors: { schedule: problems }, basis: WORKDAY_SCHEDULE_SOURCE });
}

export async function enterWorkdayYear(deps: Deps, actor: Actor, year: number, input: WorkdayYearRequest, ip: string | null): Promise<void> {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw invalid(`年份应在${MIN_YEAR}至${MAX_YEAR}年之间`, [`年份无效：${year}`]);
  const holidays = input.holidays.map((h) => ({ name: h.name, dates: [...new Set(h.dates)].sort() }));
  const extraWorkdays = [...input.extraWorkdays].sort((a, b) => a.date.localeCompare(b.date)).map((e) => ({ date: e.date, name: e.name || null }));
  const offDays = input.holidays.flatMap((h) => h.dates);
  const problems = validateWorkdayYear({ year, offDays, extraWorkdays: extraWorkdays.map((e) => e.date) });
  if (offDays.length === 0) problems.unshift(`${year}年未录入任何法定节假日`);
  if (problems.length > 0) throw invalid(`${year}年节假日安排有误：${problems.slice(0, 5).join('；')}${problems.length > 5 ? ` 等${problems.length}项` : ''}`, problems);

  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const current = await getYear(tx, year, true);
    if (current) {
      if (input.revision !== current.revision) throw versionConflict();
      if (!input.reason) throw new AppError('VALIDATION_FAILED', `${year}年已录入，更正须填写更正原因`, { fieldErrors: { reason: ['请填写更正原因'] } });
    } else if (input.revision !== null) {
      throw versionConflict();
    }
    const revision = (current?.revision ?? 0) + 1;
    await writeYear(tx, {
      year,
      holidays,
      extraWorkdays,
      source: 'entered',
      notice: input.notice,
      reason: input.reason ?? (current ? null : '录入'),
      revision,
      enteredBy: actor.userId,
      enteredByName: actor.displayName,
      enteredAt: now,
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: current ? 'calendar.correctYear' : 'calendar.enterYear',
      objectType: 'workday_year',
      objectId: String(year),
      summary: {
        year,
        revision,
        before: current ? { revision: current.revision, offDays: current.holidays.flatMap((h) => h.dates).length, extraWorkdays: current.extraWorkdays.length } : null,
        after: { offDays: offDays.length, extraWorkdays: extraWorkdays.length },
        notice: input.notice,
        reason: input.reason,
      },
      basis: WORKDAY_SCHEDULE_SOURCE,
    });
  });
  invalidateCalendar(deps.db);
}
