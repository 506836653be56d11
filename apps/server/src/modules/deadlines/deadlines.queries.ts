/**
 * Read models: the deadline view (every open clock in the actor's data scope, sorted by due date, paginated on the
 * server) and the actor's notifications.
 */
import type { z } from 'zod';
import type { DeadlineItemDto, DeadlineListQuery, DeadlineListResponse, NotificationDto, NotificationListResponse } from '@quanze/contracts';
import { CASE_STATE_LABELS, maskPersonName, toLocalDate, type LocalDate } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { procedureConfigOf } from '../calendar/index.ts';
import { notificationsOf, openCaseConditions } from './deadlines.repository.ts';
import { openClocksWhere, type OpenClock } from './open-clocks.ts';

const NO_DEPARTMENT = '00000000-0000-0000-0000-000000000000';

function present(c: OpenClock, today: LocalDate): DeadlineItemDto {
  const d = c.deadline;
  const daysLeft = d.dueDate === null ? null : d.daysLeft(today);
  return {
    caseId: c.row.id,
    caseNumber: c.row.caseNumber,
    partyName: c.row.partyKind === 'citizen' ? maskPersonName(c.row.partyName) : c.row.partyName,
    departmentId: c.row.departmentId,
    departmentName: c.row.departmentName,
    state: c.row.state,
    stateLabel: CASE_STATE_LABELS[c.row.state] ?? c.row.state,
    clockId: c.clockId,
    label: d.label,
    startDate: d.startDate,
    dueDate: d.dueDate,
    dayType: d.dayType,
    kind: c.clock.kind,
    obligor: c.clock.obligor,
    daysLeft,
    overdue: c.clock.kind === 'deadline' && daysLeft !== null && daysLeft < 0,
    suspended: d.suspended,
    provisional: d.provisional,
    provisionalYears: d.provisionalYears,
    basis: d.basis,
  };
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
  const config = await procedureConfigOf(deps, actor.bureauId);
  const all = (await openClocksWhere(deps.db, conds, config)).map((c) => present(c, today));
  const kinds = new Map(all.map((i) => [i.clockId, i.label]));
  const ofKind = q.clockId ? all.filter((i) => i.clockId === q.clockId) : all;
  const shown = q.status === 'overdue' ? ofKind.filter((i) => i.overdue) : q.status === 'open' ? ofKind.filter((i) => !i.overdue) : ofKind;
  // Due date first (a held clock, without one, last); then case number so the order is stable across pages.
  shown.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || (a.caseNumber ?? '').localeCompare(b.caseNumber ?? '') || a.caseId.localeCompare(b.caseId) || a.clockId.localeCompare(b.clockId));
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
  const items: NotificationDto[] = r.items.map(({ n, caseNumber }) => ({
    id: n.id,
    caseId: n.caseId,
    caseNumber,
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
