/**
 * The clocks running on a case in its current state, computed by deadlines/ from the snapshot's step times — for the
 * case's deadline tab and the deadline scan. Each carries its article (Deadline.basis) and days left.
 */
import { toLocalDate } from '../calendar/local-date.ts';
import { PENALTY_CASE_CLOCKS, type ClockId } from '../deadlines/clock-table.ts';
import type { Deadline } from '../deadlines/compute-deadline.ts';
import { limitationDeadline } from '../penalties/limitation.ts';
import { fineFen } from '../penalties/penalty.ts';
import { DEFAULT_PROCEDURE_CONFIG, type ProcedureConfig } from './config.ts';
import { deadlineOf } from './guard-kit.ts';
import { penaltyInForce } from './guards/execution.ts';
import { noticeGivesHearingRight } from './guards/notice.ts';
import type { CaseSnapshot } from './snapshot.ts';
import type { CaseState } from './states.ts';

export interface CaseClock {
  clockId: ClockId;
  deadline: Deadline;
}

const BEFORE_DECISION: readonly CaseState[] = [
  'filed',
  'investigating',
  'investigationReported',
  'legalReview',
  'collectiveDiscussion',
  'priorNoticeServed',
  'statementAndDefence',
  'hearingRequested',
  'hearingNoticed',
  'heard',
];
const AFTER_NOTICE: readonly CaseState[] = ['priorNoticeServed', 'statementAndDefence', 'legalReview', 'collectiveDiscussion'];

/** Open clocks of the case; a clock whose data are invalid (bad suspension records) is left out, not thrown. */
export function caseClocks(snapshot: CaseSnapshot, config: ProcedureConfig = DEFAULT_PROCEDURE_CONFIG): CaseClock[] {
  const { steps, state } = snapshot;
  const day = toLocalDate;
  const clocks: CaseClock[] = [];
  const add = (clockId: ClockId, make: () => Deadline | null): void => {
    try {
      const deadline = make();
      if (deadline) clocks.push({ clockId, deadline });
    } catch {
      // Invalid suspension/extension data are reported by the guards (CLOCK_DATA_INVALID); the list stays usable.
    }
  };
  if (state === 'lead') {
    add('leadVerification', () => deadlineOf(config.clocks.leadVerification, day(snapshot.leadReceivedAt), config));
    if (snapshot.violation) {
      add(snapshot.violation.seriousHarm ? 'limitationSerious' : 'limitationGeneral', () =>
        limitationDeadline(snapshot.violation!, config.calendar),
      );
    }
  }
  if (BEFORE_DECISION.includes(state) && steps.filing) {
    const filedOn = day(steps.filing.approvedAt);
    add('decisionPeriod', () => deadlineOf(config.clocks.decisionPeriod, filedOn, config, snapshot.decisionClock));
  }
  const notice = steps.priorNotice;
  if (notice && AFTER_NOTICE.includes(state) && steps.decision === null) {
    const served = day(notice.servedAt);
    if (steps.statementWaivedAt === null) add('statementAndDefence', () => deadlineOf(config.clocks.statementAndDefence, served, config));
    if (steps.hearing === null && steps.hearingWaivedAt === null && noticeGivesHearingRight(snapshot, config)) {
      add('hearingRequest', () => deadlineOf(PENALTY_CASE_CLOCKS.hearingRequest, served, config));
    }
  }
  if (state === 'decided' && steps.decision) {
    add('decisionService', () => deadlineOf(PENALTY_CASE_CLOCKS.decisionService, day(steps.decision!.decidedAt), config));
  }
  if (
    (state === 'served' || state === 'executing') &&
    steps.service &&
    fineFen(penaltyInForce(snapshot)) > 0 &&
    !steps.execution?.completedAt
  ) {
    add('finePayment', () => deadlineOf(PENALTY_CASE_CLOCKS.finePayment, day(steps.service!.servedAt), config));
  }
  const onTheSpot = steps.onTheSpot;
  const simpleOpen: readonly CaseState[] = ['simpleDecided', 'simpleRecorded', 'executing'];
  if (
    snapshot.procedure === 'simple' &&
    onTheSpot &&
    simpleOpen.includes(state) &&
    fineFen(onTheSpot.penalty) > 0 &&
    !steps.execution?.completedAt
  ) {
    // The on-the-spot decision is handed over when made, so payment runs from that day.
    add('finePayment', () => deadlineOf(PENALTY_CASE_CLOCKS.finePayment, day(onTheSpot.decidedAt), config));
  }
  return clocks;
}
