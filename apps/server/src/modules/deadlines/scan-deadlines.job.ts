/**
 * The deadline scan (期限预警): every open clock of every open case (and complaint) in every bureau, through the same caseClocks (complaintClocks) as
 * the case page, and a reminder to the people who must act — the case's investigators (or, for a lead, whoever
 * registered it), the department head, and for an overdue clock the leader in charge (分管领导, else the 局长) —
 * at the bureau's lead times (working days before the due date), on the due date and once overdue. One reminder per
 * user, case, clock, due date and level: running the scan again writes nothing new. Runs once across app nodes
 * (platform/jobs.ts advisory lock).
 */
import { and, count, eq, inArray, lte, sql } from 'drizzle-orm';
import { citationForDisplay, toLocalDate, type Deadline, type LocalDate, type WorkdayCalendar } from '@quanze/domain';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import type { Deps } from '../../platform/deps.ts';
import type { Job } from '../../platform/jobs.ts';
import { procedureConfigOf } from '../calendar/index.ts';
import { penaltyCases } from '../cases/cases.table.ts';
import { complaintConfigOf, complaintOpenClocks } from '../complaints/core.ts';
import { bureaus } from '../org/index.ts';
import { catchUpCaseClocks } from './commands/refresh-case-clocks.ts';
import {
  complaintHandlersOf,
  departmentHeadsOf,
  insertNotifications,
  investigatorUsersOfOpenCases,
  leadersOf,
  openCaseConditions,
  reminderSettingsOf,
  type NewNotification,
} from './deadlines.repository.ts';
import { storedCaseClocks } from './deadlines.table.ts';
import { reminderDue, reminderHorizon, type ReminderDue } from './reminders.ts';

export { reminderDue, reminderHorizon, type ReminderDue } from './reminders.ts';
import { clockKey, storedOpenClocks, type OpenClock } from './open-clocks.ts';
import { otherOpenClocks } from './other-clocks.ts';
import { publicationReminders } from './publication-clocks.ts';

/** The reminder's text: `name` is the case number (or 案源) or the complaint's reference number. */
function reminderText(name: string, d: Deadline, party: boolean, due: ReminderDue, dueDate: LocalDate, today: LocalDate, calendar: WorkdayCalendar): { title: string; body: string } {
  const tail = d.provisional ? '（到期日按暂定日历计算，待录入节假日后可能变化）' : '';
  const basis = d.basis[0];
  const article = basis ? `依据：${citationForDisplay(basis)}。` : '';
  switch (due.level) {
    case 'overdue':
      return {
        title: `${name}「${d.label}」${party ? '已届满' : '已逾期'}`,
        body: `到期日 ${dueDate}，已${party ? '届满' : '逾期'}${-d.daysLeft(today)}${d.dayType === 'workingDays' ? '个工作日' : '日'}。${article}${tail}`,
      };
    case 'dueToday':
      return { title: `${name}「${d.label}」今日到期`, body: `到期日 ${dueDate}（今日）。${article}${tail}` };
    case 'upcoming':
      return {
        title: `${name}「${d.label}」即将到期`,
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
  // Cases written outside a case action, or whose calendar year changed, are recomputed first.
  await catchUpCaseClocks(deps);
  for (const b of list) {
    const conds = openCaseConditions({ bureauId: b.id });
    const [config, settings] = await Promise.all([procedureConfigOf(deps, b.id), reminderSettingsOf(deps.db, b.id)]);
    const horizon = reminderHorizon(today, settings.leadWorkingDays, config.calendar);
    const dueConds = [...conds, eq(storedCaseClocks.kind, 'deadline'), lte(storedCaseClocks.dueDate, horizon)];
    const [light, [counted]] = await Promise.all([
      deps.db
        .select({ caseId: storedCaseClocks.caseId, clockId: storedCaseClocks.clockId, dueDate: storedCaseClocks.dueDate, remindedKey: storedCaseClocks.remindedKey })
        .from(storedCaseClocks)
        .innerJoin(penaltyCases, eq(penaltyCases.id, storedCaseClocks.caseId))
        .where(and(...dueConds)),
      deps.db.select({ n: count() }).from(storedCaseClocks).innerJoin(penaltyCases, eq(penaltyCases.id, storedCaseClocks.caseId)).where(and(...conds)),
    ]);
    // Only the clocks whose reminder level today differs from the last one written are read in full and reminded.
    const pending = new Map<string, string>();
    for (const l of light) {
      const due = l.dueDate === null ? null : reminderDue(l.dueDate, today, settings.leadWorkingDays, config.calendar);
      const key = due ? `${l.dueDate}|${due.level}|${due.leadDays}` : null;
      if (key && key !== l.remindedKey) pending.set(`${l.caseId}|${l.clockId}`, key);
    }
    const pendingCases = [...new Set([...pending.keys()].map((k) => k.slice(0, k.indexOf('|'))))];
    // A narrowing list of ids while it is short; past that the due-date conditions alone, filtered here.
    const few = (ids: string[]) => (ids.length <= 5_000 ? [inArray(penaltyCases.id, ids)] : []);
    const open: OpenClock[] =
      pending.size === 0
        ? []
        : (await storedOpenClocks(deps.db, [...dueConds, ...few(pendingCases)], config.calendar)).filter((c) => pending.has(`${c.row.id}|${c.clockId}`));
    // Clocks of other modules' records (cash hand-over, preservation disposal): few, computed each run; reminders
    // de-duplicated by their key.
    const others = (await otherOpenClocks(deps.db, conds, config.calendar, today)).filter(
      (c) => c.deadline.dueDate !== null && reminderDue(c.deadline.dueDate, today, settings.leadWorkingDays, config.calendar) !== null,
    );
    const stored = open.length;
    open.push(...others);
    const dueCases = [...new Set(open.map((c) => c.row.id))];
    const [investigators, heads, leaders] = await Promise.all([
      dueCases.length > 0 ? investigatorUsersOfOpenCases(deps.db, [...conds, ...few(dueCases)]) : new Map<string, string[]>(),
      departmentHeadsOf(deps.db, b.id),
      leadersOf(deps.db, b.id, today),
    ]);
    clocks += counted?.n ?? 0;
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
      const text = reminderText(c.row.caseNumber ?? `案源（${c.row.partyName}）`, c.deadline, c.clock.obligor === 'party', due, dueDate, today, config.calendar);
      for (const userId of recipients) {
        rows.push({
          bureauId: b.id,
          userId,
          kind: 'deadline',
          caseId: c.row.id,
          clockId: clockKey(c),
          dueDate,
          level: due.level,
          leadDays: due.leadDays,
          ...text,
          dedupeKey: `${userId}|${c.row.id}|${clockKey(c)}|${dueDate}|${due.level}|${due.leadDays}`,
          createdAt: now,
        });
      }
    }
    rows.push(...(await complaintReminders(deps, b.id, today, now, settings.leadWorkingDays)));
    rows.push(
      ...(await publicationReminders(deps.db, b.id, config.calendar, today, now, settings.leadWorkingDays, (name, d, level, dueDate) =>
        reminderText(name, d, false, level, dueDate, today, config.calendar),
      )),
    );
    const inserted = rows.length > 0 ? await insertNotifications(deps.db, rows) : 0;
    await markReminded(deps, open.slice(0, stored).map((c) => ({ caseId: c.row.id, clockId: c.clockId, key: pending.get(`${c.row.id}|${c.clockId}`)! })));
    reminders += inserted;
    if (inserted > 0) {
      await deps.db.transaction(async (tx) => {
        await appendAudit(tx, { actorId: null, actorName: '系统', bureauId: b.id, ip: null }, now, {
          action: 'deadline.scan',
          objectType: 'bureau',
          objectId: b.id,
          summary: { today, openClocks: counted?.n ?? 0, remindersWritten: inserted },
        });
      });
    }
  }
  return { bureaus: list.length, clocks, reminders };
}

/**
 * Reminders of the complaints' 信访工作条例 clocks the bureau must meet (the petitioner's own 复查/复核 windows are
 * not reminded): to the assigned handler and the complaint:handle holders of its department (科室负责人); to the
 * bureau's complaint:handle holders (leaders, supervisors — who accept and assign) while no one in the department
 * would get it, and always once the clock is overdue (as a case's overdue clock goes to the leader in charge). None
 * goes to a person the complaint is about (its 被反映人).
 * Few and computed from the row each run; de-duplicated by the notifications' key.
 */
async function complaintReminders(deps: Deps, bureauId: string, today: LocalDate, now: Date, leadWorkingDays: number[]): Promise<NewNotification[]> {
  const config = await complaintConfigOf(deps, bureauId);
  const due = (await complaintOpenClocks(deps.db, bureauId, config))
    .filter((c) => c.obligor === 'agency' && c.clock.deadline.kind === 'deadline' && c.clock.deadline.dueDate !== null)
    .map((c) => ({ c, dueDate: c.clock.deadline.dueDate!, due: reminderDue(c.clock.deadline.dueDate!, today, leadWorkingDays, config.calendar) }))
    .filter((x): x is typeof x & { due: ReminderDue } => x.due !== null);
  if (due.length === 0) return [];
  const handlers = await complaintHandlersOf(deps.db, bureauId);
  const rows: NewNotification[] = [];
  for (const { c, dueDate, due: level } of due) {
    // Never to its 被反映人 (信访工作条例 第三十条第三款): when they are the department's only one, the bureau's get it.
    const withheld = new Set(c.withheldFromUserIds);
    const add = (ids: readonly string[]) => ids.filter((id) => !withheld.has(id)).forEach((id) => recipients.add(id));
    const recipients = new Set<string>();
    add(c.complaint.handlerUserId ? [c.complaint.handlerUserId] : []);
    add(c.complaint.departmentId ? (handlers.byDepartment.get(c.complaint.departmentId) ?? []) : []);
    if (recipients.size === 0 || level.level === 'overdue') add(handlers.bureau);
    const clockId = `${c.clock.clockId}:${c.complaint.id}`;
    const text = reminderText(c.complaint.referenceNumber, c.clock.deadline, false, level, dueDate, today, config.calendar);
    for (const userId of recipients) {
      rows.push({
        bureauId,
        userId,
        kind: 'deadline',
        caseId: null,
        complaintId: c.complaint.id,
        clockId,
        dueDate,
        level: level.level,
        leadDays: level.leadDays,
        ...text,
        dedupeKey: `${userId}|complaint:${c.complaint.id}|${clockId}|${dueDate}|${level.level}|${level.leadDays}`,
        createdAt: now,
      });
    }
  }
  return rows;
}

/** Records the level each clock was reminded at (only while the stored clock still has that due date). */
async function markReminded(deps: Deps, done: { caseId: string; clockId: string; key: string }[]): Promise<void> {
  if (done.length === 0) return;
  await deps.db.execute(sql`update ${storedCaseClocks} cc set reminded_key = v.k
    from unnest(${sql.param(done.map((d) => d.caseId))}::uuid[], ${sql.param(done.map((d) => d.clockId))}::text[], ${sql.param(done.map((d) => d.key))}::text[]) as v(case_id, clock_id, k)
    where cc.case_id = v.case_id and cc.clock_id = v.clock_id and cc.due_date = split_part(v.k, '|', 1)::date`);
}

/** Hourly: a reminder appears within the hour of its day starting; the de-duplication key makes reruns harmless. */
export const deadlineScanJob: Job = { name: 'deadline-scan', lockKey: 7_321_205, everyMs: 3_600_000, run: scanDeadlines };

