/**
 * Status of an enforcement subject's standing (主体资格) as a transition table + guard. The bureau confirms,
 * suspends, restores and revokes the standing of the bodies it supervises as the government's enforcement-
 * supervision body. Revoked is final: a body re-established later is confirmed as a new record, so the history of
 * the old one stays intact (records are never overwritten).
 */
import type { Citation } from '../citation.ts';
import type { Role } from '../identity/roles.ts';
import {
  checkEntrustment,
  SUBJECT_STATUS_LABELS,
  type EnforcementSubject,
  type EntrustingSubject,
  type SubjectStatus,
} from './enforcement-subject.ts';
import { checkUscc } from './uscc.ts';

type IsoDate = string;

export const SUBJECT_SUPERVISION_BASIS: Citation = {
  law: '行政执法监督条例',
  article: '第六条',
  note: '县级以上司法行政部门为本级政府行政执法监督机构；主体与人员资格管理见司法部答问（未核对条文）',
};

export const SUBJECT_ACTIONS = ['confirm', 'suspend', 'restore', 'revoke'] as const;
export type SubjectAction = (typeof SUBJECT_ACTIONS)[number];

export const SUBJECT_ACTION_LABELS: Record<SubjectAction, string> = {
  confirm: '确认主体资格',
  suspend: '暂停主体资格',
  restore: '恢复主体资格',
  revoke: '撤销主体资格',
};

export interface SubjectTransition {
  /** null: a registered subject that was never confirmed. */
  from: readonly (SubjectStatus | null)[];
  to: SubjectStatus;
  /** A decision on another body's standing is the bureau's, so only its leaders take it. */
  roles: readonly Role[];
  reasonRequired: boolean;
  basis: Citation;
}

export const SUBJECT_TRANSITIONS: Record<SubjectAction, SubjectTransition> = {
  confirm: { from: [null], to: 'confirmed', roles: ['leader'], reasonRequired: false, basis: SUBJECT_SUPERVISION_BASIS },
  suspend: { from: ['confirmed'], to: 'suspended', roles: ['leader'], reasonRequired: true, basis: SUBJECT_SUPERVISION_BASIS },
  restore: { from: ['suspended'], to: 'confirmed', roles: ['leader'], reasonRequired: true, basis: SUBJECT_SUPERVISION_BASIS },
  revoke: { from: ['confirmed', 'suspended'], to: 'revoked', roles: ['leader'], reasonRequired: true, basis: SUBJECT_SUPERVISION_BASIS },
};

/** One row of the dated status history the server keeps next to the subject. */
export interface SubjectStatusChange {
  action: SubjectAction;
  from: SubjectStatus | null;
  to: SubjectStatus;
  reason: string | null;
  date: IsoDate;
  actorId: string;
}

export interface SubjectTransitionContext {
  actorRoles: readonly Role[];
  reason?: string | null;
  /** The entrusting body, loaded by the caller; needed to confirm an entrusted organisation. */
  entrusting?: EntrustingSubject | null;
}

export type SubjectTransitionCode =
  | 'SUBJECT_TRANSITION_NOT_ALLOWED'
  | 'SUBJECT_ROLE_NOT_ALLOWED'
  | 'SUBJECT_REASON_REQUIRED'
  | 'SUBJECT_CREDIT_CODE_INVALID'
  | 'SUBJECT_LEGAL_BASIS_MISSING'
  | 'SUBJECT_ENTRUSTMENT_INVALID';

export type SubjectTransitionCheck =
  | { ok: true; to: SubjectStatus }
  | { ok: false; code: SubjectTransitionCode; reason: string; basis: Citation };

/**
 * Whether `action` may be taken on `subject` now. Returns the first failing guard, in the order a user fixes them:
 * state, role, reason, then the record's own completeness (confirm only).
 */
export function checkSubjectTransition(
  subject: EnforcementSubject,
  action: SubjectAction,
  context: SubjectTransitionContext,
  date: IsoDate,
): SubjectTransitionCheck {
  const t = SUBJECT_TRANSITIONS[action];
  const no = (code: SubjectTransitionCode, reason: string, basis: Citation = t.basis): SubjectTransitionCheck => ({ ok: false, code, reason, basis });
  if (!t.from.includes(subject.status)) {
    const now = subject.status === null ? '未确认' : SUBJECT_STATUS_LABELS[subject.status];
    return no('SUBJECT_TRANSITION_NOT_ALLOWED', `当前状态（${now}）不能${SUBJECT_ACTION_LABELS[action]}`);
  }
  if (!context.actorRoles.some((r) => t.roles.includes(r))) {
    return no('SUBJECT_ROLE_NOT_ALLOWED', `${SUBJECT_ACTION_LABELS[action]}须由局领导决定`);
  }
  if (t.reasonRequired && !context.reason?.trim()) {
    return no('SUBJECT_REASON_REQUIRED', `${SUBJECT_ACTION_LABELS[action]}须填写理由`);
  }
  if (action === 'confirm') {
    const code = checkUscc(subject.creditCode);
    if (!code.ok) return no('SUBJECT_CREDIT_CODE_INVALID', code.reason, code.basis);
    if (!subject.legalBasis.trim()) return no('SUBJECT_LEGAL_BASIS_MISSING', '未填写执法主体的职权依据');
    const problems = checkEntrustment(subject, context.entrusting ?? null, date);
    const first = problems[0];
    if (first) return no('SUBJECT_ENTRUSTMENT_INVALID', problems.map((x) => x.message).join('；'), first.basis);
  }
  return { ok: true, to: t.to };
}
