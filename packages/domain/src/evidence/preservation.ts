/**
 * 先行登记保存 (第五十六条): applied for by the investigators, approved by the agency head (局领导) before it is
 * carried out — or, in an emergency, carried out at once and ratified afterwards (24 h, 行政强制法 第十九条 by
 * analogy [S]); once in force, a disposal decision is due within 7 working days (deadlines/evidencePreservationDisposal).
 */
import { toLocalDate, type LocalDate } from '../calendar/local-date.ts';
import type { WorkdayCalendar } from '../calendar/workday-calendar.ts';
import { computeDeadline, type Deadline } from '../deadlines/compute-deadline.ts';
import { PROCEDURE_CLOCKS } from '../deadlines/procedure-clocks.ts';
import type { Role } from '../identity/roles.ts';
import { allowed, refuse, type EvidenceCheck } from './result.ts';
import type { Citation } from '../citation.ts';
import { PRESERVATION, PRESERVATION_DECISIONS, PRESERVATION_DISPOSAL } from './sources.ts';

export const PRESERVATION_STATUSES = ['applied', 'emergency', 'approved', 'rejected', 'decided'] as const;
export type PreservationStatus = (typeof PRESERVATION_STATUSES)[number];
export const PRESERVATION_STATUS_LABELS: Record<PreservationStatus, string> = {
  applied: '待负责人批准',
  emergency: '紧急实施，待补办批准',
  approved: '已批准保存',
  rejected: '未批准／已解除',
  decided: '已作出处理决定',
};

export const PRESERVATION_DECISION_KINDS = ['forensicTesting', 'seizure', 'confiscationProposed', 'transfer', 'release'] as const;
export type PreservationDecisionKind = (typeof PRESERVATION_DECISION_KINDS)[number];
export const PRESERVATION_DECISION_LABELS: Record<PreservationDecisionKind, string> = {
  forensicTesting: '送交检测、检验、鉴定',
  seizure: '依法查封、扣押',
  confiscationProposed: '应予没收，随处罚决定处理',
  transfer: '移送有关机关',
  release: '解除先行登记保存并退还',
};

/** Hours within which an emergency preservation is ratified (行政强制法 第十九条 by analogy [S]). */
export const EMERGENCY_RATIFICATION_HOURS = 24;

/** In force: the items are held under the preservation and the disposal clock runs. */
export const isPreservationInForce = (s: PreservationStatus) => s === 'approved' || s === 'emergency';

/** Only the agency head (局领导) approves or ratifies a preservation. */
export function checkPreservationApprover(roles: readonly Role[]): EvidenceCheck {
  if (roles.includes('leader')) return allowed;
  return refuse('PRESERVATION_APPROVER', '先行登记保存须经行政机关负责人（局领导）批准，您无权批准', PRESERVATION);
}

export function checkPreservationItems(items: readonly { name: string; quantity: string }[]): EvidenceCheck {
  if (items.length === 0) return refuse('PRESERVATION_ITEMS', '先行登记保存应列明物品清单', PRESERVATION);
  const bad = items.find((i) => i.name.trim() === '' || !/^\d+(\.\d{1,3})?$/.test(i.quantity) || Number(i.quantity) <= 0);
  if (bad) return refuse('PRESERVATION_ITEMS', `物品“${bad.name || '（未命名）'}”的名称或数量不正确`, PRESERVATION);
  return allowed;
}

export type PreservationAction = 'approve' | 'reject' | 'decide';

const ACTION_FROM: Record<PreservationAction, readonly PreservationStatus[]> = {
  approve: ['applied', 'emergency'],
  reject: ['applied', 'emergency'],
  decide: ['approved', 'emergency'],
};

export function checkPreservationAction(status: PreservationStatus, action: PreservationAction): EvidenceCheck {
  if (ACTION_FROM[action].includes(status)) return allowed;
  const label = { approve: '批准', reject: '不予批准', decide: '作出处理决定' }[action];
  const basis = action === 'decide' ? PRESERVATION_DECISIONS : PRESERVATION;
  return refuse('PRESERVATION_STATE', `该先行登记保存当前为“${PRESERVATION_STATUS_LABELS[status]}”，不能${label}`, basis);
}

export interface PreservationFacts {
  status: PreservationStatus;
  emergency: boolean;
  appliedAt: Date;
  approvedAt: Date | null;
  decidedAt: Date | null;
}

/**
 * The day the preservation took effect: approval, or for an emergency the day it was carried out (the items are
 * already held, so the clock cannot wait for the ratification). Null while not in force and never in force.
 */
export function preservationStartDate(p: PreservationFacts): LocalDate | null {
  if (p.emergency) return toLocalDate(p.appliedAt);
  return p.approvedAt ? toLocalDate(p.approvedAt) : null;
}

/** The 7-working-day disposal clock (第五十六条, 第八十五条); null when the preservation never took effect. */
export function preservationDisposalDeadline(p: PreservationFacts, calendar: WorkdayCalendar): Deadline | null {
  if (p.status === 'rejected' && !p.emergency) return null;
  const start = preservationStartDate(p);
  if (start === null) return null;
  return computeDeadline({ clock: PROCEDURE_CLOCKS.evidencePreservationDisposal, startDate: start, calendar });
}

/** When an emergency preservation must be ratified by (24 h after it was carried out). */
export function ratificationDueAt(p: Pick<PreservationFacts, 'emergency' | 'appliedAt'>): Date | null {
  return p.emergency ? new Date(p.appliedAt.getTime() + EMERGENCY_RATIFICATION_HOURS * 3_600_000) : null;
}

export interface PreservationTimeline {
  dueDate: LocalDate | null;
  /** Working days left today (0 on the due date, negative when overdue); null once decided or never in force. */
  daysLeft: number | null;
  overdue: boolean;
  /** A decision made after the due date. */
  decidedLate: boolean;
  ratificationOverdue: boolean;
  provisional: boolean;
  basis: Citation;
}

export function preservationTimeline(p: PreservationFacts, calendar: WorkdayCalendar, now: Date): PreservationTimeline {
  const d = preservationDisposalDeadline(p, calendar);
  const today = toLocalDate(now);
  const open = d !== null && isPreservationInForce(p.status);
  const daysLeft = open && d ? d.daysLeft(today) : null;
  const ratifyBy = ratificationDueAt(p);
  return {
    dueDate: d?.dueDate ?? null,
    daysLeft,
    overdue: daysLeft !== null && daysLeft < 0,
    decidedLate: d?.dueDate != null && p.decidedAt !== null && toLocalDate(p.decidedAt) > d.dueDate,
    ratificationOverdue: p.status === 'emergency' && ratifyBy !== null && now.getTime() > ratifyBy.getTime(),
    provisional: d?.provisional ?? false,
    basis: PRESERVATION_DISPOSAL,
  };
}

