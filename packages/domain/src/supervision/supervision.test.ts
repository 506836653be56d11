import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCalendarDays, type LocalDate } from '../calendar/local-date.ts';
import {
  appointmentStanding,
  checkAppointmentInForce,
  checkStatusChange,
  checkTerm,
  type Appointment,
} from './appointment.ts';
import {
  checkObservationAction,
  checkObservationSubmission,
  observationActionsFrom,
  OBSERVATION_STATES,
  type ObservationCommand,
} from './observations.ts';

const appt = (over: Partial<Appointment> = {}): Appointment => ({
  status: 'active',
  termStart: '2026-01-01',
  termEnd: '2027-12-31',
  documentNumber: '测司监聘〔2026〕1号',
  ...over,
});

describe('appointment term', () => {
  it('is in force on the first and last day of the term, not the day before or after', () => {
    expect(checkAppointmentInForce(appt(), '2026-01-01').ok).toBe(true);
    expect(checkAppointmentInForce(appt(), '2027-12-31').ok).toBe(true);
    expect(appointmentStanding(appt(), '2025-12-31')).toBe('notYetStarted');
    expect(appointmentStanding(appt(), '2028-01-01')).toBe('expired');
  });

  it('refuses with a Chinese reason naming the end date once the term has run out', () => {
    const r = checkAppointmentInForce(appt(), '2028-01-01');
    expect(r).toMatchObject({ ok: false, code: 'APPOINTMENT_NOT_IN_FORCE' });
    if (!r.ok) {
      expect(r.reason).toContain('2027-12-31');
      expect(r.reason).toContain('届满');
      expect(r.basis?.note).toBe('测司监聘〔2026〕1号');
    }
  });

  it('a suspended or ended appointment is refused even inside the term', () => {
    const s = checkAppointmentInForce(appt({ status: 'suspended' }), '2026-06-01');
    const e = checkAppointmentInForce(appt({ status: 'ended' }), '2026-06-01');
    expect(s.ok || s.reason).toContain('暂停');
    expect(e.ok || e.reason).toContain('解聘');
  });

  it('property: in force exactly when active and start ≤ day ≤ end', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addCalendarDays('2024-01-01', n));
    fc.assert(
      fc.property(day, day, day, fc.constantFrom('active', 'suspended', 'ended' as const), (a, b, today, status) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const ok = checkAppointmentInForce(appt({ termStart: start, termEnd: end, status }), today).ok;
        expect(ok).toBe(status === 'active' && start <= today && today <= end);
      }),
    );
  });

  it('a term ends on or after it starts and is made of real dates', () => {
    expect(checkTerm('2026-01-01', '2026-01-01').ok).toBe(true);
    expect(checkTerm('2026-02-01', '2026-01-31')).toMatchObject({ ok: false, code: 'TERM_INVALID' });
    expect(checkTerm('2026-02-30', '2027-01-01')).toMatchObject({ ok: false, code: 'TERM_INVALID' });
  });
});

describe('registry status changes', () => {
  it('suspends and resumes; ends from either; ended is final', () => {
    expect(checkStatusChange('active', 'suspended', '住院治疗').ok).toBe(true);
    expect(checkStatusChange('suspended', 'active', null).ok).toBe(true);
    expect(checkStatusChange('suspended', 'ended', '本人请辞').ok).toBe(true);
    expect(checkStatusChange('ended', 'active', '续聘')).toMatchObject({ ok: false, code: 'SUPERVISOR_STATUS_CHANGE_INVALID' });
    expect(checkStatusChange('active', 'active', null).ok).toBe(false);
  });
  it('suspending or ending needs a reason', () => {
    expect(checkStatusChange('active', 'ended', '  ')).toMatchObject({ ok: false, code: 'STATUS_REASON_REQUIRED' });
    expect(checkStatusChange('active', 'suspended', undefined)).toMatchObject({ ok: false, code: 'STATUS_REASON_REQUIRED' });
  });
});

describe('observation state machine', () => {
  const assign: ObservationCommand = { action: 'assign', departmentId: 'd1' };
  const answer: ObservationCommand = { action: 'answer', answer: '已核实并约谈当事执法人员' };

  it('walks submitted → under review → answered → closed', () => {
    expect(checkObservationAction('submitted', assign)).toEqual({ ok: true, to: 'underReview' });
    expect(checkObservationAction('underReview', answer)).toEqual({ ok: true, to: 'answered' });
    expect(checkObservationAction('answered', { action: 'close', reason: null })).toEqual({ ok: true, to: 'closed' });
  });

  it('cannot answer before it is under review, nor act on a closed one', () => {
    expect(checkObservationAction('submitted', answer)).toMatchObject({ ok: false, code: 'OBSERVATION_ACTION_OUT_OF_ORDER' });
    for (const cmd of [assign, answer, { action: 'close', reason: '重复' } as const]) {
      expect(checkObservationAction('closed', cmd).ok).toBe(false);
    }
    expect(observationActionsFrom('closed')).toEqual([]);
    expect(observationActionsFrom('answered')).toEqual(['close']);
  });

  it('an answer and a department are required; closing unanswered needs a reason', () => {
    expect(checkObservationAction('submitted', { action: 'assign', departmentId: null })).toMatchObject({ code: 'DEPARTMENT_REQUIRED' });
    expect(checkObservationAction('underReview', { action: 'answer', answer: ' ' })).toMatchObject({ code: 'ANSWER_REQUIRED' });
    expect(checkObservationAction('submitted', { action: 'close', reason: '' })).toMatchObject({ code: 'CLOSE_REASON_REQUIRED' });
    expect(checkObservationAction('submitted', { action: 'close', reason: '与第3号意见重复' }).ok).toBe(true);
  });

  it('every state reachable from submitted and every action defined for some state', () => {
    const seen = new Set(['submitted']);
    let frontier = ['submitted'] as (typeof OBSERVATION_STATES)[number][];
    while (frontier.length) {
      const next: typeof frontier = [];
      for (const s of frontier) {
        for (const cmd of [assign, answer, { action: 'close', reason: 'r' } as const]) {
          const r = checkObservationAction(s, cmd);
          if (r.ok && !seen.has(r.to)) {
            seen.add(r.to);
            next.push(r.to);
          }
        }
      }
      frontier = next;
    }
    expect([...seen].sort()).toEqual([...OBSERVATION_STATES].sort());
  });
});

describe('observation submission', () => {
  const today: LocalDate = '2026-03-02';
  it('accepted from a supervisor in force that day, with text', () => {
    expect(checkObservationSubmission(appt(), today, '窗口人员态度生硬').ok).toBe(true);
    expect(checkObservationSubmission(appt(), today, '   ')).toMatchObject({ code: 'OBSERVATION_TEXT_REQUIRED' });
  });
  it('refused the day after the term ends', () => {
    expect(checkObservationSubmission(appt({ termEnd: '2026-03-01' }), today, '内容')).toMatchObject({ code: 'APPOINTMENT_NOT_IN_FORCE' });
  });
});
