/**
 * Complaints, reports and petitions (投诉举报 / 信访): the lifecycle as a transition table with guards citing
 * 信访工作条例, its clocks on deadlines' engine, tracking and survey codes, and satisfaction-survey validation.
 */
export * from './states.ts';
export * from './clocks.ts';
export * from './snapshot.ts';
export * from './check-action.ts';
export * from './recusal.ts';
export * from './withholding.ts';
export * from './open-clocks.ts';
export * from './tracking-code.ts';
export * from './survey.ts';
export * as complaintSources from './sources.ts';
