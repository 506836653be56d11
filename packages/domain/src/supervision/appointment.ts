/**
 * 社会监督员 / 行风监督员 (socialSupervisor): a member of the public the bureau appoints by a letter of appointment
 * (聘书) for a fixed term. What they may do rests on that letter: an observation is accepted, and a portal login
 * allowed, only on a day the appointment is in force — status active and the day inside [termStart, termEnd].
 * A supervisor record is never deleted: it is suspended (reversible) or ended (final), with a reason.
 */
import { compareLocalDate, isLocalDate, type LocalDate } from '../calendar/local-date.ts';
import type { Citation } from '../citation.ts';

export const SUPERVISOR_STATUSES = ['active', 'suspended', 'ended'] as const;
export type SupervisorStatus = (typeof SUPERVISOR_STATUSES)[number];
export const SUPERVISOR_STATUS_LABELS: Record<SupervisorStatus, string> = {
  active: '在聘',
  suspended: '暂停履职',
  ended: '已解聘',
};

/** The letter of appointment is the only source of a supervisor's standing; no statute fixes the term. */
export function appointmentBasis(documentNumber: string): Citation {
  return { law: '社会监督员聘书', article: '聘期', note: documentNumber };
}

export interface Appointment {
  status: SupervisorStatus;
  termStart: LocalDate;
  termEnd: LocalDate;
  documentNumber: string;
}

/** What the registry shows: the stored status, or the term position for an active appointment. */
export type AppointmentStanding = 'inForce' | 'notYetStarted' | 'expired' | 'suspended' | 'ended';
export const APPOINTMENT_STANDING_LABELS: Record<AppointmentStanding, string> = {
  inForce: '在聘',
  notYetStarted: '聘期未开始',
  expired: '聘期已届满',
  suspended: '暂停履职',
  ended: '已解聘',
};

export function appointmentStanding(a: Appointment, today: LocalDate): AppointmentStanding {
  if (a.status === 'ended') return 'ended';
  if (a.status === 'suspended') return 'suspended';
  if (compareLocalDate(today, a.termStart) < 0) return 'notYetStarted';
  if (compareLocalDate(today, a.termEnd) > 0) return 'expired';
  return 'inForce';
}

export type SupervisionCode =
  | 'APPOINTMENT_NOT_IN_FORCE'
  | 'TERM_INVALID'
  | 'SUPERVISOR_STATUS_CHANGE_INVALID'
  | 'STATUS_REASON_REQUIRED'
  | 'OBSERVATION_ACTION_OUT_OF_ORDER'
  | 'DEPARTMENT_REQUIRED'
  | 'ANSWER_REQUIRED'
  | 'CLOSE_REASON_REQUIRED'
  | 'OBSERVATION_TEXT_REQUIRED';

/** Refusals that answer 422 (a rule of the appointment or the queue); APPOINTMENT_NOT_IN_FORCE is a 403 at login. */
export const SUPERVISION_CODES = [
  'TERM_INVALID',
  'SUPERVISOR_STATUS_CHANGE_INVALID',
  'STATUS_REASON_REQUIRED',
  'OBSERVATION_ACTION_OUT_OF_ORDER',
  'DEPARTMENT_REQUIRED',
  'ANSWER_REQUIRED',
  'CLOSE_REASON_REQUIRED',
  'OBSERVATION_TEXT_REQUIRED',
] as const satisfies readonly SupervisionCode[];

export interface SupervisionRefusal {
  ok: false;
  code: SupervisionCode;
  reason: string;
  basis?: Citation;
}
export type SupervisionCheck = { ok: true } | SupervisionRefusal;

/**
 * May this supervisor act (log in, submit an observation) today? The reason is what the supervisor reads on the
 * login page, so it says why and what to do, in Chinese.
 */
export function checkAppointmentInForce(a: Appointment, today: LocalDate): SupervisionCheck {
  const basis = appointmentBasis(a.documentNumber);
  const refuse = (reason: string): SupervisionRefusal => ({ ok: false, code: 'APPOINTMENT_NOT_IN_FORCE', reason, basis });
  switch (appointmentStanding(a, today)) {
    case 'inForce':
      return { ok: true };
    case 'ended':
      return refuse('您的社会监督员聘任已终止（已解聘），不能再登录或提交监督意见。如有疑问请联系聘任机关。');
    case 'suspended':
      return refuse('您的社会监督员履职已被暂停，暂停期间不能登录或提交监督意见。如有疑问请联系聘任机关。');
    case 'notYetStarted':
      return refuse(`您的聘期自 ${a.termStart} 起算，聘期开始前不能登录或提交监督意见。`);
    case 'expired':
      return refuse(`您的聘期已于 ${a.termEnd} 届满，不能再登录或提交监督意见。续聘后由聘任机关重新登记聘期。`);
  }
}

/** A term must be real dates with the end on or after the start. */
export function checkTerm(termStart: string, termEnd: string): SupervisionCheck {
  if (!isLocalDate(termStart) || !isLocalDate(termEnd)) {
    return { ok: false, code: 'TERM_INVALID', reason: '聘期起止日期格式应为 YYYY-MM-DD 且为有效日期' };
  }
  if (compareLocalDate(termEnd, termStart) < 0) {
    return { ok: false, code: 'TERM_INVALID', reason: `聘期截止日（${termEnd}）不得早于起始日（${termStart}）` };
  }
  return { ok: true };
}

/**
 * Status changes the registry allows: suspend an active supervisor, resume a suspended one, end either. Ended is
 * final — a new appointment is a new record — so the history of who could supervise when stays true.
 */
export function checkStatusChange(from: SupervisorStatus, to: SupervisorStatus, reason: string | null | undefined): SupervisionCheck {
  const allowed: Record<SupervisorStatus, readonly SupervisorStatus[]> = {
    active: ['suspended', 'ended'],
    suspended: ['active', 'ended'],
    ended: [],
  };
  if (!allowed[from].includes(to)) {
    const why = from === 'ended' ? '已解聘的监督员不能恢复或再次变更；续聘请重新登记' : `不能从“${SUPERVISOR_STATUS_LABELS[from]}”变更为“${SUPERVISOR_STATUS_LABELS[to]}”`;
    return { ok: false, code: 'SUPERVISOR_STATUS_CHANGE_INVALID', reason: why };
  }
  if (to !== 'active' && !reason?.trim()) {
    return { ok: false, code: 'STATUS_REASON_REQUIRED', reason: `${to === 'ended' ? '解聘' : '暂停履职'}须填写理由` };
  }
  return { ok: true };
}
