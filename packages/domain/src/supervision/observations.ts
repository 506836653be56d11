/**
 * A supervisor's observation (监督意见 / 行风反映) and its path through the supervision queue:
 *
 *   submitted ─assign─▶ underReview ─answer─▶ answered ─close─▶ closed
 *       │                  │  └assign (re-route to another department)
 *       └──────close───────┴──▶ closed   (without an answer only with a reason the supervisor reads)
 *
 * The categories follow the conduct 行政执法监督条例 (国务院令第825号) targets — 有案不立, 推诿扯皮, 以罚代管,
 * 违规异地执法, 趋利性执法, 乱收费/罚款/检查/查封 (司法部 Q&A) — plus 作风, 廉洁 and suggestions.
 */
import { checkAppointmentInForce, type Appointment, type SupervisionCheck } from './appointment.ts';
import type { LocalDate } from '../calendar/local-date.ts';

export const OBSERVATION_CATEGORIES = [
  'conduct',
  'workStyle',
  'integrity',
  'inaction',
  'profitDriven',
  'procedure',
  'suggestion',
  'other',
] as const;
export type ObservationCategory = (typeof OBSERVATION_CATEGORIES)[number];
export const OBSERVATION_CATEGORY_LABELS: Record<ObservationCategory, string> = {
  conduct: '执法行为不规范（未亮证、态度粗暴等）',
  workStyle: '工作作风（推诿扯皮、办事拖拉）',
  integrity: '廉洁自律（吃拿卡要等）',
  inaction: '不作为（有案不立、以罚代管）',
  profitDriven: '趋利性执法、乱收费乱罚款乱检查乱查封',
  procedure: '执法程序问题（违规异地执法等）',
  suggestion: '意见建议',
  other: '其他',
};

export const OBSERVATION_STATES = ['submitted', 'underReview', 'answered', 'closed'] as const;
export type ObservationState = (typeof OBSERVATION_STATES)[number];
export const OBSERVATION_STATE_LABELS: Record<ObservationState, string> = {
  submitted: '已提交',
  underReview: '办理中',
  answered: '已答复',
  closed: '已办结',
};

export interface ObservationActionDefinition {
  label: string;
  from: readonly ObservationState[];
  to: ObservationState;
}

export const OBSERVATION_ACTIONS = {
  assign: { label: '交办科室', from: ['submitted', 'underReview'], to: 'underReview' },
  answer: { label: '答复', from: ['underReview'], to: 'answered' },
  close: { label: '办结', from: ['submitted', 'underReview', 'answered'], to: 'closed' },
} as const satisfies Record<string, ObservationActionDefinition>;
export type ObservationActionName = keyof typeof OBSERVATION_ACTIONS;
export const OBSERVATION_ACTION_NAMES = Object.keys(OBSERVATION_ACTIONS) as ObservationActionName[];

export function observationActionsFrom(state: ObservationState): ObservationActionName[] {
  return OBSERVATION_ACTION_NAMES.filter((a) => (OBSERVATION_ACTIONS[a].from as readonly ObservationState[]).includes(state));
}

export type ObservationCommand =
  | { action: 'assign'; departmentId: string | null }
  | { action: 'answer'; answer: string }
  | { action: 'close'; reason: string | null };

export type ObservationCheck = { ok: true; to: ObservationState } | Exclude<SupervisionCheck, { ok: true }>;

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** The guard for staff actions on an observation: state first, then what the action needs. */
export function checkObservationAction(state: ObservationState, cmd: ObservationCommand): ObservationCheck {
  const def: ObservationActionDefinition = OBSERVATION_ACTIONS[cmd.action];
  if (!def.from.includes(state)) {
    return {
      ok: false,
      code: 'OBSERVATION_ACTION_OUT_OF_ORDER',
      reason: `该监督意见当前状态为“${OBSERVATION_STATE_LABELS[state]}”，不能${def.label}`,
    };
  }
  switch (cmd.action) {
    case 'assign':
      if (blank(cmd.departmentId)) return { ok: false, code: 'DEPARTMENT_REQUIRED', reason: '请选择承办科室' };
      break;
    case 'answer':
      if (blank(cmd.answer)) return { ok: false, code: 'ANSWER_REQUIRED', reason: '答复内容不能为空，监督员将看到这份答复' };
      break;
    case 'close':
      // Closing an unanswered observation (duplicate, outside the bureau's remit) owes the supervisor a reason.
      if (state !== 'answered' && blank(cmd.reason)) {
        return { ok: false, code: 'CLOSE_REASON_REQUIRED', reason: '未答复即办结的，须填写办结说明，监督员将看到这份说明' };
      }
      break;
  }
  return { ok: true, to: def.to };
}

/** An observation is accepted only from a supervisor whose appointment is in force on the day it is submitted. */
export function checkObservationSubmission(a: Appointment, today: LocalDate, text: string): SupervisionCheck {
  const standing = checkAppointmentInForce(a, today);
  if (!standing.ok) return standing;
  if (blank(text)) return { ok: false, code: 'OBSERVATION_TEXT_REQUIRED', reason: '请填写监督意见的具体内容' };
  return { ok: true };
}
