/**
 * Read models: the deadline view (every open clock in the actor's data scope — the cases', and for complaint:read the
 * complaints' in complaint scope — sorted by due date, paginated on the server) and the actor's notifications.
 */
import type { z } from 'zod';
import type { DeadlineItemDto, DeadlineListQuery, DeadlineListResponse, NotificationDto, NotificationListResponse } from '@quanze/contracts';
import { CASE_STATE_LABELS, COMPLAINT_STATE_LABELS, maskPersonName, toLocalDate, type LocalDate } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { procedureConfigOf } from '../calendar/index.ts';
import { complaintConfigOf, complaintOpenClocks, listScopeOf, referenceNumberOf, type ComplaintOpenClock } from '../complaints/core.ts';
import { notificationsOf, openCaseConditions } from './deadlines.repository.ts';
import { catchUpCaseClocks } from './commands/refresh-case-clocks.ts';
import { clockKey, storedOpenClocks, type OpenClock } from './open-clocks.ts';
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
  });
  return clocks.map((c) => presentComplaint(c, today));
}

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
  const [stored, others, ofComplaints] = await Promise.all([
    storedOpenClocks(deps.db, conds, config.calendar),
    otherOpenClocks(deps.db, conds, config.calendar, today),
    complaintItems(deps, actor, q, today),
  ]);
  const all = [...[...stored, ...others].map((c) => present(c, today)), ...ofComplaints];
  // A record's clock (clockId:recordId) is of the kind before the colon.
  const kindOf = (clockId: string) => clockId.split(':')[0]!;
  const kinds = new Map(all.map((i) => [kindOf(i.clockId), i.label]));
  const ofKind = q.clockId ? all.filter((i) => kindOf(i.clockId) === q.clockId) : all;
  const shown = q.status === 'overdue' ? ofKind.filter((i) => i.overdue) : q.status === 'open' ? ofKind.filter((i) => !i.overdue) : ofKind;
  // Due date first (a held clock, without one, last); then case number so the order is stable across pages.
  shown.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || (a.caseNumber ?? '').localeCompare(b.caseNumber ?? '') || (a.caseId ?? a.complaintId ?? '').localeCompare(b.caseId ?? b.complaintId ?? '') || a.clockId.localeCompare(b.clockId));
  const start = (q.page - 1) * q.pageSize;
  return {
    items: shown.slice(start, start + q.pageSize),
    total: shown.length,
    overdueCount: ofKind.filter((i) => i.overdue).length,
    page: q.page,
    pageSize: q.pageSize,
    today,
    clockKinds: [...kinds].map(([clockId, label]) => ({ clockId, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh')),
  };
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
