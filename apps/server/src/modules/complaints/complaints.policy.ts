/**
 * Who sees a complaint and who may act on it. Scope: leaders and supervisors the bureau's, a department head the
 * department's, an officer only those assigned to them (complaint:read) — and never the people it is about: a
 * 被反映人 does not see it whatever their role or scope (信访工作条例 第三十条第三款: packages/domain complaints/
 * withholding.ts), so it is as out of scope for them (404, left out of the queue, its counts and the clocks). Acting needs complaint:handle — except the
 * handler's own steps (reply, case lead, closing), which the assigned handler takes on the complaint given to them.
 * Whether the law allows the step now is the domain's check (checkComplaintAction); abilities carry its reason.
 */
import { checkComplaintAction, COMPLAINT_ACTIONS, isWithheldFromPerson, type ComplaintCommand, type ComplaintConfig, type LocalDate } from '@quanze/domain';
import type { ComplaintAbilityDto, ComplaintActionName } from '@quanze/contracts';
import { COMPLAINT_CONSOLE_ACTIONS } from '@quanze/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { snapshotOf } from './complaint-snapshot.ts';
import type { ComplaintRow } from './complaints.table.ts';

/** `actorIds`: every id the actor has (users.id, officers.id: personIdsOfUsers), as a 被反映人 is named by either. */
export function canSeeComplaint(
  actor: Actor,
  actorIds: readonly string[],
  row: Pick<ComplaintRow, 'bureauId' | 'departmentId' | 'handlerUserId' | 'subjectOfficerIds'>,
): boolean {
  if (!actor.permissions.has('complaint:read') || row.bureauId !== actor.bureauId) return false;
  if (isWithheldFromPerson(row.subjectOfficerIds, actorIds)) return false;
  if (actor.scope === 'bureau') return true;
  if (actor.scope === 'department') return actor.departmentId !== null && row.departmentId === actor.departmentId;
  return row.handlerUserId === actor.userId;
}

/**
 * The list's scope filter (same rule as canSeeComplaint); the complaints naming the actor as 被反映人 are left out
 * besides (ComplaintListFilter.withheldFromIds, complaintOpenClocks' viewerUserId).
 */
export function listScopeOf(actor: Actor): { departmentId: string | null; handlerUserId: string | null } | null {
  if (!actor.permissions.has('complaint:read')) return null;
  if (actor.scope === 'bureau') return { departmentId: null, handlerUserId: null };
  if (actor.scope === 'department') return actor.departmentId ? { departmentId: actor.departmentId, handlerUserId: null } : null;
  return { departmentId: null, handlerUserId: actor.userId };
}

const HANDLER_ACTIONS: readonly ComplaintActionName[] = ['reply', 'openCaseLead', 'close'];

/** May this actor take this kind of step on this complaint (permission and role, not yet the law)? */
export function mayAct(actor: Actor, row: Pick<ComplaintRow, 'handlerUserId'>, action: ComplaintActionName): boolean {
  // A case lead is registered by the cases module, which needs case:manage (an officer or a department head).
  if (action === 'openCaseLead' && !actor.permissions.has('case:manage')) return false;
  if (actor.permissions.has('complaint:handle')) return true;
  return HANDLER_ACTIONS.includes(action) && row.handlerUserId === actor.userId;
}

export const NO_PERMISSION = '没有办理此步骤的权限（需“办理投诉举报与信访”权限，或为本事项承办人）';
export const CASE_LEAD_PERMISSION = '转为案件线索须由有案件办理权限的人员（承办人或科室负责人）登记案源';

/**
 * A probe command for the ability check: the facts a form would supply filled with what lets the table and the
 * date guards speak (a reply long enough, a leader's approval) so a block reflects the complaint, not the empty form.
 */
function probe(action: ComplaintActionName, row: ComplaintRow, today: LocalDate, config: ComplaintConfig): ComplaintCommand {
  const on = today;
  switch (action) {
    case 'accept':
      return { action, on, noticeServedOn: on, route: row.route ?? (row.category === 'claim' ? 'petitionOpinion' : null) };
    case 'notAccept':
      return { action, on, ground: 'notCompetent', noticeServedOn: on, redirectTo: '—', explanation: '—' };
    case 'transfer':
      return { action, on, to: '—', noticeServedOn: on };
    case 'returnToSender':
      return { action, on, reason: '—' };
    case 'assign':
      return { action, on, departmentId: row.departmentId ?? '—', officerIds: ['—'] };
    case 'extend':
      return { action, on, days: 1, approvedByLeader: true, reason: '—', petitionerInformed: true };
    case 'reply':
      return { action, on, opinion: 'explain', text: '—'.repeat(config.minReplyLength), legalBasis: '—' };
    case 'answerReview':
    case 'answerReexamination':
      return { action, on, text: '—' };
    case 'close':
    case 'openCaseLead':
    case 'requestReview':
    case 'requestReexamination':
      return { action, on };
  }
}

/** `actorIds`: every id the actor has (users.id, officers.id), so a 被反映人 sees why they must step aside (回避). */
export function complaintAbilities(
  actor: Actor,
  row: ComplaintRow,
  today: LocalDate,
  config: ComplaintConfig,
  actorIds: readonly string[] = [actor.userId],
): ComplaintAbilityDto[] {
  const snapshot = snapshotOf(row);
  const out: ComplaintAbilityDto[] = [];
  for (const action of COMPLAINT_CONSOLE_ACTIONS) {
    const def = COMPLAINT_ACTIONS[action];
    // Only the actions open from this state are offered; the rest are not steps of this stage at all.
    if (!(def.from as readonly string[]).includes(row.state)) continue;
    if (action === 'openCaseLead' && row.linkedCaseId) {
      out.push({
        action,
        label: def.label,
        allowed: false,
        to: null,
        code: 'CASE_LEAD_EXISTS',
        reason: '已转为案件线索',
        basis: def.basis,
        warnings: [],
      });
      continue;
    }
    if (!mayAct(actor, row, action)) {
      const reason = action === 'openCaseLead' ? CASE_LEAD_PERMISSION : NO_PERMISSION;
      out.push({ action, label: def.label, allowed: false, to: def.to, code: 'FORBIDDEN', reason, basis: null, warnings: [] });
      continue;
    }
    const check = checkComplaintAction(snapshot, { ...probe(action, row, today, config), by: actorIds }, config);
    out.push(
      check.ok
        ? { action, label: def.label, allowed: true, to: check.to, code: null, reason: null, basis: def.basis, warnings: check.warnings }
        : {
            action,
            label: def.label,
            allowed: false,
            to: def.to,
            code: check.code,
            reason: check.reason,
            basis: check.basis,
            warnings: [],
          },
    );
  }
  return out;
}
