/**
 * Read models: the deadline view (every open clock in the actor's data scope — the cases', and for complaint:read the
 * complaints' in complaint scope — sorted by due date, paginated on the server) and the actor's notifications.
 */
import type { z } from 'zod';
import type { DeadlineItemDto, DeadlineListQuery, DeadlineListResponse, NotificationDto, NotificationListResponse } from '@quanze/contracts';
import { CASE_STATE_LABELS, clockById, COMPLAINT_STATE_LABELS, isClockId, maskPersonName, restoreDeadline, toLocalDate, type LocalDate, type StoredDeadline, type WorkdayCalendar } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { procedureConfigOf } from '../calendar/index.ts';
import { complaintConfigOf, complaintOpenClocks, listScopeOf, referenceNumberOf, type ComplaintOpenClock } from '../complaints/core.ts';
import { caseClockCounts, caseClockPage, notificationsOf, openCaseConditions } from './deadlines.repository.ts';
import { catchUpCaseClocks } from './commands/refresh-case-clocks.ts';
import { publicationItems } from './publication-clocks.ts';
import { clockKey, type ClockCaseRow, type OpenClock } from './open-clocks.ts';
import { otherOpenClocks } from './other-clocks.ts';

const NO_DEPARTMENT = '00000000-0000-0000-0000-000000000000';

function present(c: OpenClock, today: LocalDate): DeadlineItemDto {
  const d = c.deadline;
  const daysLeft = d.dueDate === null ? null : d.daysLeft(today);
  return {
    subject: 'case',
    caseId: c.row.id,
    complaintId: null,
    caseNumber: c.row.caseNumber,
    partyName: c.row.partyKind === 'citizen' ? maskPersonName(c.row.partyName) : c.row.partyName,
    departmentId: c.row.departmentId,
    departmentName: c.row.departmentName,
    state: c.row.state,
    stateLabel: CASE_STATE_LABELS[c.row.state] ?? c.row.state,
    clockId: clockKey(c),
    label: d.label,
    startDate: d.startDate,
    dueDate: d.dueDate,
    dayType: d.dayType,
    kind: c.clock.kind,
    obligor: c.clock.obligor,
    daysLeft,
    // From the day after the due date, as the scan's overdue reminder — also on a rest day when no working day has passed yet.
    overdue: c.clock.kind === 'deadline' && d.dueDate !== null && today > d.dueDate,
    suspended: d.suspended,
    provisional: d.provisional,
    provisionalYears: d.provisionalYears,
    basis: d.basis,
  };
}

/** A complaint's clock, keyed `clockId:complaintId` as other modules' record clocks are. */
function presentComplaint(c: ComplaintOpenClock, today: LocalDate): DeadlineItemDto {
  const d = c.clock.deadline;
  return {
    subject: 'complaint',
    caseId: null,
    complaintId: c.complaint.id,
    caseNumber: c.complaint.referenceNumber,
    partyName: c.complaint.contactNameMasked,
    departmentId: c.complaint.departmentId,
    departmentName: c.complaint.departmentName,
    state: c.complaint.state,
    stateLabel: COMPLAINT_STATE_LABELS[c.complaint.state] ?? c.complaint.state,
    clockId: `${c.clock.clockId}:${c.complaint.id}`,
    label: d.label,
    startDate: d.startDate,
    dueDate: d.dueDate,
    dayType: d.dayType,
    kind: d.kind,
    obligor: c.obligor,
    daysLeft: d.dueDate === null ? null : d.daysLeft(today),
    overdue: d.kind === 'deadline' && d.dueDate !== null && today > d.dueDate,
    suspended: d.suspended,
    provisional: d.provisional,
    provisionalYears: d.provisionalYears,
    basis: d.basis,
  };
}

/** The actor's complaints' clocks: none without complaint:read; else in complaint scope (bureau, department, handler). */
async function complaintItems(deps: Deps, actor: Actor, q: DeadlineListQuery, today: LocalDate): Promise<DeadlineItemDto[]> {
  const scope = listScopeOf(actor);
  if (!scope) return [];
  if (q.departmentId && scope.departmentId && q.departmentId !== scope.departmentId) return [];
  const config = await complaintConfigOf(deps, actor.bureauId);
  const clocks = await complaintOpenClocks(deps.db, actor.bureauId, config, {
    departmentId: scope.departmentId ?? q.departmentId,
    handlerUserId: scope.handlerUserId,
    viewerUserId: actor.userId, // not those naming the viewer as 被反映人 (信访工作条例 第三十条第三款)
  });
  return clocks.map((c) => presentComplaint(c, today));
}

/** The page's stored clocks as open clocks: days left counted from the stored deadline with the current calendar. */
function storedRows(rows: (ClockCaseRow & { clockId: string; deadline: StoredDeadline })[], calendar: WorkdayCalendar): OpenClock[] {
  return rows.flatMap(({ clockId, deadline, ...row }) => (isClockId(clockId) ? [{ clockId, deadline: restoreDeadline(deadline, calendar), row, clock: clockById(clockId) }] : []));
}

/** Code-point order, as collate "C" in SQL (case_clocks' page), so the merge below keeps the database's order. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The view's order: due date first (a held clock, without one, last); then case number, case and clock, so pages are stable. */
function byUrgency(a: DeadlineItemDto, b: DeadlineItemDto): number {
  return cmp(a.dueDate ?? '9999', b.dueDate ?? '9999') || cmp(a.caseNumber ?? '', b.caseNumber ?? '') || cmp(a.caseId ?? a.complaintId ?? '', b.caseId ?? b.complaintId ?? '') || cmp(a.clockId, b.clockId);
}

/** A record's clock (clockId:recordId) is of the kind before the colon. */
const kindOf = (clockId: string) => clockId.split(':')[0]!;

/**
 * The deadline view. The case clocks — nearly all of them (26,000 at 20,000 open cases) — are filtered, counted,
 * ordered and paged in SQL over case_clocks; the few clocks other records keep (preservation, cash hand-over, 催告 and
 * the court window) and the complaints' are computed in Node, filtered and sorted the same way, and merged into the
 * page: with m of them, the page starting at `start` needs the case clocks from max(0, start − m), at most pageSize + m.
 */
export async function deadlineList(deps: Deps, actor: Actor, q: DeadlineListQuery): Promise<z.infer<typeof DeadlineListResponse>> {
  const today = toLocalDate(deps.clock.now());
  const empty = { items: [], total: 0, overdueCount: 0, page: q.page, pageSize: q.pageSize, today, clockKinds: [] };
  if (actor.scope === 'department' && q.departmentId && q.departmentId !== actor.departmentId) return empty;
  const conds = openCaseConditions({
    bureauId: actor.bureauId,
    departmentId: actor.scope === 'department' ? (actor.departmentId ?? NO_DEPARTMENT) : q.departmentId,
    userId: actor.scope === 'self' ? actor.userId : undefined,
  });
  await catchUpCaseClocks(deps);
  const config = await procedureConfigOf(deps, actor.bureauId);
  const filter = { bureauId: actor.bureauId, conds, today, clockId: q.clockId, status: q.status };
  const [counts, others, ofComplaints, ofPublications] = await Promise.all([
    caseClockCounts(deps.db, { bureauId: actor.bureauId, conds, today }),
    otherOpenClocks(deps.db, conds, config.calendar, today),
    complaintItems(deps, actor, q, today),
    publicationItems(deps.db, actor, q.departmentId, config.calendar, today),
  ]);
  const small = [...others.map((c) => present(c, today)), ...ofComplaints, ...ofPublications];
  const smallOfKind = q.clockId ? small.filter((i) => kindOf(i.clockId) === q.clockId) : small;
  const smallShown = (q.status === 'overdue' ? smallOfKind.filter((i) => i.overdue) : q.status === 'open' ? smallOfKind.filter((i) => !i.overdue) : smallOfKind).sort(byUrgency);

  const caseOfKind = q.clockId ? counts.filter((c) => c.clockId === q.clockId) : counts;
  const sum = (f: (c: (typeof counts)[number]) => number) => caseOfKind.reduce((n, c) => n + f(c), 0);
  const caseShown = sum((c) => (q.status === 'overdue' ? c.overdue : q.status === 'open' ? c.n - c.overdue : c.n));

  const start = (q.page - 1) * q.pageSize;
  const m = smallShown.length;
  const from = Math.max(0, start - m);
  const limit = q.pageSize + m;
  const rows = start >= caseShown + m ? [] : await caseClockPage(deps.db, filter, from, limit);
  const window = storedRows(rows, config.calendar).map((c) => present(c, today));
  // The window holds the case clocks from position `from`, merged with all the other clocks: from the top (from = 0)
  // the merge is the list itself; else the element at index i ≥ m (after any other clock that precedes the window) is
  // at position from + i overall. Either way the merge is exact up to the window's last row, past the page's end.
  const merged = mergeSorted(window, smallShown);
  const at = start - from;

  const kinds = new Map<string, string>(counts.map((c) => [c.clockId, c.label]));
  for (const i of small) kinds.set(kindOf(i.clockId), i.label);
  return {
    items: merged.slice(at, at + q.pageSize),
    total: caseShown + m,
    overdueCount: sum((c) => c.overdue) + smallOfKind.filter((i) => i.overdue).length,
    page: q.page,
    pageSize: q.pageSize,
    today,
    clockKinds: [...kinds].map(([clockId, label]) => ({ clockId, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh')),
  };
}

/**
 * Two lists each in byUrgency order, merged. Exact for the first window.length elements at least: any case clock after
 * the window sorts after all of it (the window is a prefix of the rest of the case clocks).
 */
function mergeSorted(a: DeadlineItemDto[], b: DeadlineItemDto[]): DeadlineItemDto[] {
  const out: DeadlineItemDto[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byUrgency(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

export async function notificationList(deps: Deps, actor: Actor, q: { unread?: '1' | '0' | undefined; page: number; pageSize: number }): Promise<z.infer<typeof NotificationListResponse>> {
  const r = await notificationsOf(deps.db, actor.userId, q.unread === '1', q.pageSize, (q.page - 1) * q.pageSize);
  const items: NotificationDto[] = r.items.map(({ n, caseNumber, complaint }) => ({
    id: n.id,
    caseId: n.caseId,
    caseNumber,
    complaintId: n.complaintId,
    complaintNumber: complaint?.serial != null && complaint.receivedOn ? referenceNumberOf({ serial: complaint.serial, receivedOn: complaint.receivedOn }) : null,
    clockId: n.clockId,
    level: n.level,
    title: n.title,
    body: n.body,
    dueDate: n.dueDate,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  }));
  return { items, total: r.total, unread: r.unread, page: q.page, pageSize: q.pageSize };
}
