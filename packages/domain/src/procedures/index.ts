/**
 * Penalty procedures as data plus pure guards: states, the transition table, the case snapshot the server builds,
 * checkAction / availableActions, and the open clocks of a case.
 */
export * from './states.ts';
export * from './actions.ts';
export * from './codes.ts';
export * from './snapshot.ts';
export * from './config.ts';
export type { CaseActor } from './guard-kit.ts';
export { earliestHearingDate } from './guards/hearing.ts';
export { NO_PENALTY_GROUNDS } from './guards/decision.ts';
export { closeSuspension, openSuspension } from './guards/decision-clock.ts';
export { RECUSAL_ROLE_LABELS } from './guards/team.ts';
export type { RequirementGround } from './guards/review.ts';
export * from './requirements.ts';
export * from './check-action.ts';
export * from './case-clocks.ts';
export * as procedureSources from './sources.ts';
