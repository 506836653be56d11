/** Complaints by state, for tests: makeComplaint('assigned', { … }). */
import type { ComplaintSnapshot } from './snapshot.ts';
import type { ComplaintState } from './states.ts';

const BASE: ComplaintSnapshot = {
  state: 'received',
  category: 'claim',
  route: null,
  via: 'direct',
  contactKnown: true,
  receivedOn: '2026-09-21',
  acceptedOn: null,
  subjectOfficerIds: ['officer-zhang'],
  assignee: null,
  extensions: [],
  repliedOn: null,
  replyReceivedOn: null,
  review: null,
  reexamination: null,
  reexaminationHearings: [],
};

const ACCEPTED: Partial<ComplaintSnapshot> = { acceptedOn: '2026-09-25', route: 'petitionOpinion' };
const ASSIGNED = { ...ACCEPTED, assignee: { departmentId: 'dept-supervision', officerIds: ['officer-li'] } };
const REPLIED = { ...ASSIGNED, repliedOn: '2026-11-10', replyReceivedOn: '2026-11-12' } as const;
const REVIEWED = { ...REPLIED, review: { requestedOn: '2026-11-20', answeredOn: '2026-12-10', answerReceivedOn: '2026-12-12' } } as const;

const BY_STATE: Partial<Record<ComplaintState, Partial<ComplaintSnapshot>>> = {
  accepted: ACCEPTED,
  assigned: ASSIGNED,
  replied: REPLIED,
  closed: REPLIED,
  reviewRequested: { ...REPLIED, review: { requestedOn: '2026-11-20', answeredOn: null, answerReceivedOn: null } },
  reviewed: REVIEWED,
  reexaminationRequested: { ...REVIEWED, reexamination: { requestedOn: '2026-12-20', answeredOn: null, answerReceivedOn: null } },
  reexamined: { ...REVIEWED, reexamination: { requestedOn: '2026-12-20', answeredOn: '2027-01-10', answerReceivedOn: '2027-01-11' } },
};

export function makeComplaint(state: ComplaintState, overrides: Partial<ComplaintSnapshot> = {}): ComplaintSnapshot {
  return { ...BASE, ...BY_STATE[state], state, ...overrides };
}
