/** One guard per action of the transition table (the state and actor checks come first, in check-action.ts). */
import type { CaseActionName } from '../actions.ts';
import type { Guard } from '../guard-kit.ts';
import { decide, decideNoPenalty } from './decision.ts';
import { archive, close, collectCashOnTheSpot, serveDecision, startExecution } from './execution.ts';
import { decideOnTheSpot, declineFiling, fileCase, fileWithAgency } from './filing.ts';
import { holdHearing, recordHearingWithdrawal, replaceHearingPresider, serveHearingNotice } from './hearing.ts';
import { decideRecusal, reopenInvestigation, startInvestigation, submitInvestigationReport, transfer, withdraw } from './investigation.ts';
import { recordHearingWaiver, recordStatementAndDefence, recordStatementWaiver, requestHearing, servePriorNotice } from './notice.ts';
import { completeLegalReview, recordCollectiveDiscussion, returnLegalReview } from './review.ts';
import { extendDecisionClock, resumeDecisionClock, suspendDecisionClock } from './decision-clock.ts';
import { assignInvestigators, requestRecusal } from './team.ts';

export const ACTION_GUARDS: Record<CaseActionName, Guard> = {
  fileCase,
  declineFiling,
  decideOnTheSpot,
  startInvestigation,
  submitInvestigationReport,
  reopenInvestigation,
  completeLegalReview,
  returnLegalReview,
  recordCollectiveDiscussion,
  servePriorNotice,
  recordStatementAndDefence,
  recordStatementWaiver,
  requestHearing,
  recordHearingWaiver,
  serveHearingNotice,
  replaceHearingPresider,
  holdHearing,
  recordHearingWithdrawal,
  decide,
  decideNoPenalty,
  transfer,
  withdraw,
  requestRecusal,
  decideRecusal,
  assignInvestigators,
  suspendDecisionClock,
  resumeDecisionClock,
  extendDecisionClock,
  serveDecision,
  fileWithAgency,
  collectCashOnTheSpot,
  startExecution,
  close,
  archive,
};
