/** Read models: the intake queue, one complaint with its timeline / clocks / abilities, assignment options, tracking. */
import { recusalIssue, toLocalDate } from '@quanze/domain';
import type {
  ComplaintAssigneeOptionsDto,
  ComplaintDetailDto,
  ComplaintListQuery,
  ComplaintListResponse,
  ComplaintSubjectOptionsDto,
  TrackComplaintResponse,
} from '@quanze/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { subjectsForDisplay } from './complaint-subjects.ts';
import { complaintConfigOf } from './complaints.config.ts';
import { canSeeComplaint, complaintAbilities, listScopeOf } from './complaints.policy.ts';
import { presentDetail, presentSummary, presentTracking } from './complaints.presenter.ts';
import {
  attachmentOf,
  attachmentsOf,
  byTrackingHash,
  getComplaint,
  handlersOfBureau,
  listComplaints,
  namesOf,
  personIdsOf,
  personIdsOfUsers,
  stepsOf,
  subjectPeopleOfBureau,
} from './complaints.repository.ts';
import { trackingHashOf } from './tracking.ts';

export async function listComplaintsFor(deps: Deps, actor: Actor, q: ComplaintListQuery): Promise<ComplaintListResponse> {
  const scope = listScopeOf(actor);
  const today = toLocalDate(deps.clock.now());
  if (!scope) return { items: [], total: 0, overdueCount: 0, page: q.page, pageSize: q.pageSize };
  // Not the complaints that name the actor as 被反映人 (信访工作条例 第三十条第三款), nor in the counts.
  const withheldFromIds = await personIdsOf(deps.db, actor.userId);
  const { rows, total, overdueCount } = await listComplaints(
    deps.db,
    { bureauId: actor.bureauId, ...scope, withheldFromIds, state: q.state, kind: q.kind, overdueBefore: q.overdue ? today : undefined, q: q.q },
    q.page,
    q.pageSize,
    today,
  );
  const names = await namesOf(deps.db, rows);
  return { items: rows.map((r) => presentSummary(r, names, today)), total, overdueCount, page: q.page, pageSize: q.pageSize };
}

export async function complaintDetail(deps: Deps, actor: Actor, id: string): Promise<ComplaintDetailDto> {
  const [row, actorIds] = await Promise.all([getComplaint(deps.db, id), personIdsOf(deps.db, actor.userId)]);
  if (!row || !canSeeComplaint(actor, actorIds, row)) throw notFound('投诉举报事项');
  const today = toLocalDate(deps.clock.now());
  const [names, steps, attachments, config, subjects] = await Promise.all([
    namesOf(deps.db, [row]),
    stepsOf(deps.db, id),
    attachmentsOf(deps.db, id),
    complaintConfigOf(deps, row.bureauId),
    subjectsForDisplay(deps.db, row.subjectOfficerIds),
  ]);
  const abilities = complaintAbilities(actor, row, today, config, actorIds);
  return presentDetail({ row, names, today, config, cipher: deps.cipher, steps, attachments, abilities, subjects });
}

/**
 * The departments and handlers the actor may assign to. For a given complaint, each handler carries the domain's
 * refusal when they must step aside (回避: they are its 被反映人), so the form greys them out with the reason.
 */
export async function assigneeOptions(deps: Deps, actor: Actor, complaintId: string | null): Promise<ComplaintAssigneeOptionsDto> {
  const row = complaintId ? await getComplaint(deps.db, complaintId) : null;
  if (complaintId && (!row || !canSeeComplaint(actor, await personIdsOf(deps.db, actor.userId), row))) throw notFound('投诉举报事项');
  const { departments, users } = await handlersOfBureau(deps.db, actor.bureauId);
  const business = users.filter((u) => u.roles.some((r) => ['officer', 'departmentHead', 'leader', 'supervisor'].includes(r)));
  const visible = actor.scope === 'bureau' ? departments : departments.filter((d) => d.id === actor.departmentId);
  const subjectIds = row?.subjectOfficerIds ?? [];
  const idsOf = subjectIds.length ? await personIdsOfUsers(deps.db, business.map((u) => u.id)) : new Map<string, string[]>();
  return {
    departments: visible.map((d) => ({
      id: d.id,
      name: d.name,
      handlers: business
        .filter((u) => u.departmentId === d.id)
        .map((u) => ({ userId: u.id, name: u.name, refusal: recusalIssue(subjectIds, idsOf.get(u.id) ?? [u.id], 'assignee') })),
    })),
  };
}

/** The staff a complaint can be named as being about (被反映人), for the intake and acceptance forms. */
export async function subjectOptions(deps: Deps, actor: Actor): Promise<ComplaintSubjectOptionsDto> {
  const people = await subjectPeopleOfBureau(deps.db, actor.bureauId);
  return { people: people.map((p) => ({ id: p.id, name: p.name, departmentName: p.departmentName })) };
}

/** Exactly one answer for every wrong code — malformed, mistyped or unknown — so nothing can be learned from it. */
export const TRACKING_NOT_FOUND = () => new AppError('NOT_FOUND', '未查询到该事项，请核对查询码');

export async function trackComplaint(deps: Deps, code: string): Promise<TrackComplaintResponse> {
  const hash = trackingHashOf(code);
  const row = hash ? await byTrackingHash(deps.db, hash) : null;
  if (!row) throw TRACKING_NOT_FOUND();
  const [steps, config] = await Promise.all([stepsOf(deps.db, row.id), complaintConfigOf(deps, row.bureauId)]);
  return presentTracking(row, steps, config, deps.cipher);
}

export async function attachmentFile(deps: Deps, files: FileStore, actor: Actor, id: string, attachmentId: string) {
  const [row, actorIds] = await Promise.all([getComplaint(deps.db, id), personIdsOf(deps.db, actor.userId)]);
  if (!row || !canSeeComplaint(actor, actorIds, row)) throw notFound('投诉举报事项');
  const att = await attachmentOf(deps.db, id, attachmentId);
  if (!att) throw notFound('附件');
  const buf = await files.get(att.sm3).catch(() => {
    throw new AppError('FILE_INTEGRITY_FAILED', '附件校验不通过（存储的内容已被改动），已拒绝下载，请联系系统管理员');
  });
  if (!buf) throw notFound('附件');
  return { att, buf };
}
