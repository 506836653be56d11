/**
 * Officers and their enforcement certificates: employment types, the certificate lifecycle, annual review,
 * eligibility (持证上岗, canEnforce), the two-officer rule and reminders. Date helpers stay internal.
 */
export * from './employment.ts';
export * from './discipline.ts';
export * from './reason.ts';
export * from './config.ts';
export * from './certificate.ts';
export * from './certificate-transitions.ts';
export * from './annual-review.ts';
export * from './eligibility.ts';
export * from './alerts.ts';
export * as officerSources from './sources.ts';
export * from './enforcement-fields.ts';
export * from './regions.ts';
