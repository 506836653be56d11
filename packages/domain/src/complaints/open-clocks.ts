/**
 * The clocks running on a complaint in its current state (for its deadline tab and the overdue scan), each with its
 * article (Deadline.basis) and days left.
 */
import type { Deadline } from '../deadlines/compute-deadline.ts';
import { conclusionClockId } from './check-action.ts';
import { complaintDeadline, type ComplaintClockId } from './clocks.ts';
import { DEFAULT_COMPLAINT_CONFIG, type ComplaintConfig, type ComplaintSnapshot } from './snapshot.ts';

export interface ComplaintClock {
  clockId: ComplaintClockId;
  deadline: Deadline;
}

export function complaintClocks(c: ComplaintSnapshot, config: ComplaintConfig = DEFAULT_COMPLAINT_CONFIG): ComplaintClock[] {
  const out: ComplaintClock[] = [];
  const add = (clockId: ComplaintClockId, startDate: ComplaintSnapshot['receivedOn'] | null, withChanges = false): void => {
    if (startDate === null) return;
    const clock = config.clocks[clockId];
    const deadline = complaintDeadline({
      clock,
      startDate,
      calendar: config.calendar,
      extensions: withChanges && clock.extendable ? c.extensions : [],
      suspensions: withChanges && clock.suspendable ? c.reexaminationHearings : [],
    });
    out.push({ clockId, deadline });
  };
  const reviewable = c.route === 'petitionOpinion' || config.reviewForAllRoutes;
  switch (c.state) {
    case 'received':
      if (c.via === 'transferred') add('transferObjection', c.receivedOn);
      if (c.contactKnown) add(c.via === 'direct' ? 'directNotice' : 'transferredNotice', c.receivedOn);
      break;
    case 'accepted':
    case 'assigned':
      add(conclusionClockId(c), c.acceptedOn, true);
      break;
    case 'replied':
    case 'closed':
      if (reviewable && !c.review) add('reviewRequestWindow', c.replyReceivedOn);
      if (c.review?.answerReceivedOn && !c.reexamination) add('reexaminationRequestWindow', c.review.answerReceivedOn);
      break;
    case 'reviewRequested':
      add('reviewAnswer', c.review?.requestedOn ?? null);
      break;
    case 'reviewed':
      if (!c.reexamination) add('reexaminationRequestWindow', c.review?.answerReceivedOn ?? null);
      break;
    case 'reexaminationRequested':
      add('reexaminationAnswer', c.reexamination?.requestedOn ?? null, true);
      break;
    case 'notAccepted':
    case 'transferred':
    case 'returned':
    case 'reexamined':
      break;
  }
  return out;
}
