/** Read models: the list, the dashboard cards and the detail, all scoped to what the actor may see. */
import { trainingHoursMinimumFor } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/errors.ts';
import { officerRules, today } from './officers.config.ts';
import { canSeeOfficer } from './officers.policy.ts';
import { presentOfficerDetail, presentOfficerSummary } from './officers.presenter.ts';
import { certificatesOf, dashboardCounts, detailParts, eventsOf, getOfficer, getOfficersWithNames, listOfficerIds, trainingHoursIn, type OfficerListFilter } from './officers.repository.ts';

export interface ListQuery {
  q?: string | undefined;
  departmentId?: string | undefined;
  certificateStatus?: string | undefined;
  alert?: OfficerListFilter['alert'];
  status: 'active' | 'left';
  page: number;
  pageSize: number;
}

function scopedFilter(deps: Deps, actor: Actor, q: Partial<ListQuery>): OfficerListFilter {
  const date = today(deps.clock);
  const year = Number(date.slice(0, 4));
  return {
    bureauId: actor.bureauId,
    // Department scope pins the department; self scope pins the officer's own file.
    departmentId: actor.scope === 'department' ? (actor.departmentId ?? '00000000-0000-0000-0000-000000000000') : q.departmentId,
    userId: actor.scope === 'self' ? actor.userId : undefined,
    q: q.q,
    status: q.status ?? 'active',
    certificateStatus: q.certificateStatus,
    alert: q.alert,
    today: date,
    leadDays: officerRules.expiryLeadDays,
    reviewDeadline: officerRules.reviewDeadline,
    year,
    requiredHours: trainingHoursMinimumFor(year, officerRules),
    page: q.page ?? 1,
    pageSize: q.pageSize ?? 20,
  };
}

export async function listOfficers(deps: Deps, actor: Actor, q: ListQuery) {
  const f = scopedFilter(deps, actor, q);
  const { ids, total } = await listOfficerIds(deps.db, f);
  const [rows, certs, hours] = await Promise.all([getOfficersWithNames(deps.db, ids), certificatesOf(deps.db, ids), trainingHoursIn(deps.db, ids, f.year)]);
  return { items: rows.map((o) => presentOfficerSummary(actor, o, certs.get(o.id) ?? [], hours.get(o.id) ?? 0, f.today, deps.cipher)), total };
}

export async function officerDashboard(deps: Deps, actor: Actor) {
  const f = scopedFilter(deps, actor, {});
  return { ...(await dashboardCounts(deps.db, f)), leadDays: f.leadDays, year: f.year, requiredTrainingHours: f.requiredHours };
}

export async function officerDetail(deps: Deps, actor: Actor, id: string) {
  const o = await getOfficer(deps.db, id);
  if (!o || !canSeeOfficer(actor, o)) throw notFound('执法人员');
  const date = today(deps.clock);
  const certs = (await certificatesOf(deps.db, [o.id])).get(o.id) ?? [];
  const [hours, parts, events] = await Promise.all([trainingHoursIn(deps.db, [o.id], Number(date.slice(0, 4))), detailParts(deps.db, o.id), eventsOf(deps.db, certs.map((c) => c.id))]);
  return presentOfficerDetail(actor, o, certs, hours.get(o.id) ?? 0, date, deps.cipher, parts, events);
}
