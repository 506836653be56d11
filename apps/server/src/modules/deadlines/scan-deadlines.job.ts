/**
 * The deadline scan (期限预警): every open clock of every open case in every bureau, through the same caseClocks as
 * the case page, and a reminder to the people who must act — the case's investigators (or, for a lead, whoever
 * registered it), the department head, and for an overdue clock the leader in charge (分管领导, else the 局长) —
 * at the bureau's lead times (working days before the due date), on the due date and once overdue. One reminder per
 * user, case, clock, due date and level: running the scan again writes nothing new. Runs once across app nodes
 * (platform/jobs.ts advisory lock).
 */
import { toLocalDate, type LocalDate, type WorkdayCalendar } from '@quanze/domain';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import type { Deps } from '../../platform/deps.ts';
import type { Job } from '../../platform/jobs.ts';
import { procedureConfigOf } from '../calendar/index.ts';
import { bureaus } from '../org/index.ts';
import {
  departmentHeadsOf,
  insertNotifications,
  investigatorUsersOfOpenCases,
  leadersOf,
  openCaseConditions,
  reminderSettingsOf,
  type NewNotification,
} from './deadlines.repository.ts';
import type { ReminderLevel } from './deadlines.table.ts';
import { openClocksWhere, type OpenClock } from './open-clocks.ts';

export interface ReminderDue {
  level: ReminderLevel;
  leadDays: number;
}

/**
 * Which reminder a clock is due for today: overdue after the due date, dueToday on it, and before it the tightest
 * lead time (in working days) already reached — so a scan that first sees a clock one day out sends only that one.
 */
export function reminderDue(dueDate: LocalDate, today: LocalDate, leadWorkingDays: readonly number[], calendar: WorkdayCalendar): ReminderDue | null {
  if (today > dueDate) return { level: 'overdue', leadDays: 0 };
  if (today === dueDate) return { level: 'dueToday', leadDays: 0 };
  const left = calendar.workingDaysBetween(today, dueDate);
  const lead = [...leadWorkingDays].sort((a, b) => a - b).find((l) => left <= l);
  return lead === undefined ? null : { level: 'upcoming', leadDays: lead };
}

function reminderText(c: OpenClock, due: ReminderDue, dueDate: LocalDate, today: LocalDate, calendar: WorkdayCalendar): { title: string; body: string } {
  const caseName = c.row.caseNumber ?? `案源（${c.row.partyName}）`;
  const party = c.clock.obligor === 'party';
  const tail = c.deadline.provisional ? '（到期日按暂定日历计算，待录入节假日后可能变化）' : '';
  const basis = c.deadline.basis[0];
  const article = basis ? `依据：${basis.law}${basis.article}。` : '';
  switch (due.level) {
    case 'overdue':
      return {
        title: `${caseName}「${c.deadline.label}」${party ? '已届满' : '已逾期'}`,
        body: `到期日 ${dueDate}，已${party ? '届满' : '逾期'}${-c.deadline.daysLeft(today)}${c.deadline.dayType === 'workingDays' ? '个工作日' : '日'}。${article}${tail}`,
      };
    case 'dueToday':
      return { title: `${caseName}「${c.deadline.label}」今日到期`, body: `到期日 ${dueDate}（今日）。${article}${tail}` };
    case 'upcoming':
      return {
        title: `${caseName}「${c.deadline.label}」即将到期`,
        body: `到期日 ${dueDate}，还有${calendar.workingDaysBetween(today, dueDate)}个工作日。${article}${tail}`,
      };
  }
}

export async function scanDeadlines(deps: Deps): Promise<{ bureaus: number; clocks: number; reminders: number }> {
  const now = deps.clock.now();
  const today = toLocalDate(now);
  const list = await deps.db.select({ id: bureaus.id }).from(bureaus);
  let clocks = 0;
  let reminders = 0;
  for (const b of list) {
    const conds = openCaseConditions({ bureauId: b.id });
    const config = await procedureConfigOf(deps, b.id);
    const [settings, open, investigators, heads, leaders] = await Promise.all([
      reminderSettingsOf(deps.db, b.id),
      openClocksWhere(deps.db, conds, config),
      investigatorUsersOfOpenCases(deps.db, conds),
      departmentHeadsOf(deps.db, b.id),
      leadersOf(deps.db, b.id, today),
    ]);
    clocks += open.length;
    const rows: NewNotification[] = [];
    for (const c of open) {
      if (c.clock.kind !== 'deadline' || c.deadline.dueDate === null) continue;
      const dueDate = c.deadline.dueDate;
      const due = reminderDue(dueDate, today, settings.leadWorkingDays, config.calendar);
      if (!due) continue;
      const recipients = new Set<string>(investigators.get(c.row.id) ?? [c.row.registeredBy]);
      for (const h of heads.get(c.row.departmentId) ?? []) recipients.add(h);
      if (due.level === 'overdue') {
        const leader = leaders.byPower.get(c.row.powerId);
        for (const l of leader ? [leader] : leaders.principals) recipients.add(l);
      }
      const text = reminderText(c, due, dueDate, today, config.calendar);
      for (const userId of recipients) {
        rows.push({
          bureauId: b.id,
          userId,
          kind: 'deadline',
          caseId: c.row.id,
          clockId: c.clockId,
          dueDate,
          level: due.level,
          leadDays: due.leadDays,
          ...text,
          dedupeKey: `${userId}|${c.row.id}|${c.clockId}|${dueDate}|${due.level}|${due.leadDays}`,
          createdAt: now,
        });
      }
    }
    const inserted = rows.length > 0 ? await insertNotifications(deps.db, rows) : 0;
    reminders += inserted;
    if (inserted > 0) {
      await deps.db.transaction(async (tx) => {
        await appendAudit(tx, { actorId: null, actorName: '系统', bureauId: b.id, ip: null }, now, {
          action: 'deadline.scan',
          objectType: 'bureau',
          objectId: b.id,
          summary: { today, openClocks: open.length, remindersWritten: inserted },
        });
      });
    }
  }
  return { bureaus: list.length, clocks, reminders };
}

/** Hourly: a reminder appears within the hour of its day starting; the de-duplication key makes reruns harmless. */
export const deadlineScanJob: Job = { name: 'deadline-scan', lockKey: 7_321_205, everyMs: 3_600_000, run: scanDeadlines };

