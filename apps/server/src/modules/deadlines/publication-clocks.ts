/**
 * The publication queue's clocks in 期限监控 (disclosure/core.ts computes them): to publish (7 / 20 WD) and to
 * withdraw an altered decision (3 WD), shown to the editors of 公示管理 only — holders of disclosure:publish — in
 * their scope (bureau, or their department), as the queue itself.
 */
import type { DeadlineItemDto } from '@quanze/contracts';
import type { Deadline, LocalDate, WorkdayCalendar } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db.ts';
import { permissionHoldersOf, type NewNotification } from './deadlines.repository.ts';
import { reminderDue, type ReminderDue } from './reminders.ts';
import { DISCLOSURE_PERMISSION, publicationOpenClocks, type PublicationOpenClock } from '../disclosure/core.ts';

const NO_DEPARTMENT = '00000000-0000-0000-0000-000000000000';
const STEP_LABELS = { publish: '待公开', withdraw: '待撤回' } as const;

function present(c: PublicationOpenClock, today: LocalDate): DeadlineItemDto {
  const d = c.deadline;
  return {
    subject: 'publication',
    caseId: c.item.caseId,
    complaintId: null,
    caseNumber: c.item.decisionNumber,
    // The queue shows the party masked per policy; the deadline row names the decision only.
    partyName: '—',
    departmentId: c.item.departmentId,
    departmentName: c.departmentName,
    state: c.step === 'withdraw' ? 'withdrawalPending' : c.item.state,
    stateLabel: STEP_LABELS[c.step],
    clockId: `${c.clockId}:${c.item.id}`,
    label: d.label,
    startDate: d.startDate,
    dueDate: d.dueDate,
    dayType: d.dayType,
    kind: 'deadline',
    obligor: 'agency',
    daysLeft: d.dueDate === null ? null : d.daysLeft(today),
    overdue: d.dueDate !== null && today > d.dueDate,
    suspended: false,
    provisional: d.provisional,
    provisionalYears: d.provisionalYears,
    basis: d.basis,
  };
}

export async function publicationItems(
  db: Executor,
  actor: Actor,
  departmentId: string | undefined,
  calendar: WorkdayCalendar,
  today: LocalDate,
): Promise<DeadlineItemDto[]> {
  if (!actor.permissions.has(DISCLOSURE_PERMISSION)) return [];
  const own = actor.departmentId ?? NO_DEPARTMENT;
  if (actor.scope !== 'bureau' && departmentId && departmentId !== own) return [];
  const scope = actor.scope === 'bureau' ? departmentId : own;
  return (await publicationOpenClocks(db, actor.bureauId, scope, calendar)).map((c) => present(c, today));
}

/** The editors of 公示管理: disclosure:publish holders, bureau-wide or by department. */
const editorsOf = (db: Executor, bureauId: string) => permissionHoldersOf(db, bureauId, DISCLOSURE_PERMISSION);

/**
 * The scan's reminders of the publication clocks, to the editors who see them in 期限监控, at the bureau's lead
 * times; de-duplicated by the notifications' key as every other reminder.
 */
export async function publicationReminders(
  db: Executor,
  bureauId: string,
  calendar: WorkdayCalendar,
  today: LocalDate,
  now: Date,
  leadWorkingDays: number[],
  text: (name: string, d: Deadline, due: ReminderDue, dueDate: LocalDate) => { title: string; body: string },
): Promise<NewNotification[]> {
  const due = (await publicationOpenClocks(db, bureauId, undefined, calendar))
    .filter((c) => c.deadline.dueDate !== null)
    .map((c) => ({ c, dueDate: c.deadline.dueDate!, level: reminderDue(c.deadline.dueDate!, today, leadWorkingDays, calendar) }))
    .filter((x): x is typeof x & { level: ReminderDue } => x.level !== null);
  if (due.length === 0) return [];
  const editors = await editorsOf(db, bureauId);
  const rows: NewNotification[] = [];
  for (const { c, dueDate, level } of due) {
    const recipients = new Set<string>([...editors.bureau, ...(editors.byDepartment.get(c.item.departmentId) ?? [])]);
    const clockId = `${c.clockId}:${c.item.id}`;
    for (const userId of recipients) {
      rows.push({
        bureauId,
        userId,
        kind: 'deadline',
        caseId: c.item.caseId,
        clockId,
        dueDate,
        level: level.level,
        leadDays: level.leadDays,
        ...text(`公示 ${c.item.decisionNumber}`, c.deadline, level, dueDate),
        dedupeKey: `${userId}|publication:${c.item.id}|${clockId}|${dueDate}|${level.level}|${level.leadDays}`,
        createdAt: now,
      });
    }
  }
  return rows;
}
