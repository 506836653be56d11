/**
 * Changes to the power list (权责清单) as versions: a draft is edited, approved by a leader, then published; the
 * published version replaces the one before (superseded), which is kept. A transition table plus guards, like
 * subjects/subject-status.ts. Before approval, the draft's items are checked (checkListDraft): a list may not be
 * approved with a penalty item resting on a 规范性文件 or on repealed law.
 */
import type { LocalDate } from '../calendar/index.ts';
import type { Citation } from '../citation.ts';
import type { Role } from '../identity/roles.ts';
import type { LegalArticle } from '../legal-basis/index.ts';
import { basisReasons } from './coverage.ts';
import { parsePowerCode, POWER_CATEGORY_LABELS, type Power } from './power.ts';
import { LIST_PUBLICATION } from './sources.ts';

export const POWER_LIST_STATUSES = ['draft', 'approved', 'published', 'superseded', 'discarded'] as const;
export type PowerListStatus = (typeof POWER_LIST_STATUSES)[number];

export const POWER_LIST_STATUS_LABELS: Record<PowerListStatus, string> = {
  draft: '草稿',
  approved: '已审批',
  published: '已公布',
  superseded: '已被新版本替代',
  discarded: '已作废',
};

export const POWER_LIST_ACTIONS = ['approve', 'return', 'publish', 'discard'] as const;
export type PowerListAction = (typeof POWER_LIST_ACTIONS)[number];

export const POWER_LIST_ACTION_LABELS: Record<PowerListAction, string> = {
  approve: '审批通过',
  return: '退回修改',
  publish: '公布',
  discard: '作废草稿',
};

export interface PowerListVersion {
  id: string;
  subjectId: string;
  versionNo: number;
  status: PowerListStatus;
  draftedBy: string;
  approvedBy: string | null;
  approvedOn: LocalDate | null;
  publishedOn: LocalDate | null;
}

export interface PowerListTransition {
  from: readonly PowerListStatus[];
  to: PowerListStatus;
  roles: readonly Role[];
  reasonRequired: boolean;
}

/**
 * Drafting is done by department heads and the supervision unit (行政执法协调监督科) through ordinary edits while the
 * version is a draft (canEditListVersion). Approval is a leader's decision; publication is done by the
 * supervision unit or a leader once approved. Returning an approved list or discarding a draft needs a reason.
 */
export const POWER_LIST_TRANSITIONS: Record<PowerListAction, PowerListTransition> = {
  approve: { from: ['draft'], to: 'approved', roles: ['leader'], reasonRequired: false },
  return: { from: ['approved'], to: 'draft', roles: ['leader'], reasonRequired: true },
  publish: { from: ['approved'], to: 'published', roles: ['leader', 'supervisor'], reasonRequired: false },
  discard: { from: ['draft'], to: 'discarded', roles: ['leader', 'supervisor', 'departmentHead'], reasonRequired: true },
};

export const POWER_LIST_EDITORS: readonly Role[] = ['departmentHead', 'supervisor'];

export function canEditListVersion(version: Pick<PowerListVersion, 'status'>, roles: readonly Role[]): boolean {
  return version.status === 'draft' && roles.some((r) => POWER_LIST_EDITORS.includes(r));
}

export interface ListDraftProblem {
  powerId: string;
  code: string;
  message: string;
  basis: Citation;
  /** Blocking problems stop approval; the rest are shown. */
  blocking: boolean;
}

/**
 * Checks on the items of a draft: codes unique and matching the category, and every red basis reason of the
 * coverage check (no basis, repealed, only 规范性文件, unpublished, nothing in force) blocks. A basis not yet
 * effective or not linked to the library is shown but does not block: a list may be published ahead of a law.
 */
export function checkListDraft(
  powers: readonly Power[],
  articlesById: ReadonlyMap<string, LegalArticle>,
  date: LocalDate,
): ListDraftProblem[] {
  const problems: ListDraftProblem[] = [];
  const seen = new Set<string>();
  for (const p of powers) {
    if (seen.has(p.code))
      problems.push({ powerId: p.id, code: 'DUPLICATE_CODE', message: `事项编码${p.code}重复`, basis: LIST_PUBLICATION, blocking: true });
    seen.add(p.code);
    const parsed = parsePowerCode(p.code);
    if (parsed && parsed.category !== p.category) {
      problems.push({
        powerId: p.id,
        code: 'CODE_CATEGORY_MISMATCH',
        message: `事项编码${p.code}与类别“${POWER_CATEGORY_LABELS[p.category]}”不一致`,
        basis: LIST_PUBLICATION,
        blocking: true,
      });
    }
    for (const r of basisReasons(p, articlesById, date))
      problems.push({ powerId: p.id, code: r.code, message: `${p.code}：${r.message}`, basis: r.basis, blocking: r.severity === 'red' });
  }
  return problems;
}

export interface PowerListTransitionContext {
  actorId: string;
  actorRoles: readonly Role[];
  reason?: string | null;
  date: LocalDate;
  /** checkListDraft of the version's items, for approve. */
  draftProblems?: readonly ListDraftProblem[];
}

export type PowerListTransitionCode =
  | 'LIST_TRANSITION_NOT_ALLOWED'
  | 'LIST_ROLE_NOT_ALLOWED'
  | 'LIST_REASON_REQUIRED'
  | 'LIST_SELF_APPROVAL'
  | 'LIST_DRAFT_HAS_PROBLEMS'
  | 'LIST_PUBLISH_BEFORE_APPROVAL';

export type PowerListTransitionCheck =
  { ok: true; to: PowerListStatus } | { ok: false; code: PowerListTransitionCode; reason: string; basis: Citation };

/** The first failing guard, in the order a user fixes them: state, role, reason, then the action's own condition. */
export function checkListTransition(
  version: PowerListVersion,
  action: PowerListAction,
  context: PowerListTransitionContext,
): PowerListTransitionCheck {
  const t = POWER_LIST_TRANSITIONS[action];
  const label = POWER_LIST_ACTION_LABELS[action];
  const no = (code: PowerListTransitionCode, reason: string, basis: Citation = LIST_PUBLICATION): PowerListTransitionCheck => ({
    ok: false,
    code,
    reason,
    basis,
  });
  if (!t.from.includes(version.status))
    return no('LIST_TRANSITION_NOT_ALLOWED', `当前状态（${POWER_LIST_STATUS_LABELS[version.status]}）不能${label}`);
  if (!context.actorRoles.some((r) => t.roles.includes(r))) return no('LIST_ROLE_NOT_ALLOWED', `无权${label}权责清单`);
  if (t.reasonRequired && !context.reason?.trim()) return no('LIST_REASON_REQUIRED', `${label}须填写理由`);
  if (action === 'approve') {
    // Four eyes (design): whoever drafted the change does not approve it.
    if (context.actorId === version.draftedBy) return no('LIST_SELF_APPROVAL', '起草人不能审批本人起草的清单版本');
    const blocking = (context.draftProblems ?? []).filter((p) => p.blocking);
    const first = blocking[0];
    if (first)
      return no(
        'LIST_DRAFT_HAS_PROBLEMS',
        `清单有${blocking.length}个问题须先修改：${blocking.map((p) => p.message).join('；')}`,
        first.basis,
      );
  }
  if (action === 'publish' && (version.approvedOn === null || context.date < version.approvedOn)) {
    return no('LIST_PUBLISH_BEFORE_APPROVAL', '公布日期不得早于审批日期');
  }
  return { ok: true, to: t.to };
}

/** Publishing one version supersedes the subject's currently published one(s): the ids to mark superseded. */
export function versionsSupersededBy(published: PowerListVersion, versions: readonly PowerListVersion[]): string[] {
  return versions.filter((v) => v.id !== published.id && v.subjectId === published.subjectId && v.status === 'published').map((v) => v.id);
}

/** The next version number of a subject's list: versions are numbered 1, 2, 3 … and never reused. */
export function nextListVersionNo(versions: readonly PowerListVersion[], subjectId: string): number {
  return versions.filter((v) => v.subjectId === subjectId).reduce((max, v) => Math.max(max, v.versionNo), 0) + 1;
}
