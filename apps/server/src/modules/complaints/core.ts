/**
 * The complaints module's routes-free face: the open clocks, configuration and scope rule the deadline view and the
 * reminder scan read (scripts/check-boundaries.mjs explains why not index.ts).
 */
export { complaintOpenClocks, type ComplaintOpenClock } from './complaint-open-clocks.ts';
export { complaintConfigOf } from './complaints.config.ts';
export { listScopeOf } from './complaints.policy.ts';
export { referenceNumberOf } from './complaint-snapshot.ts';
