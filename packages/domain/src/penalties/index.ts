/**
 * Penalties: penalty values and "heavier than", the simple-procedure and cash thresholds, 较大数额 hearing tables
 * (configuration) and the hearing right, the limitation period, minors, and the no-heavier-after-defence rule.
 */
export type { RuleCheck, RuleRefusal } from './rule-check.ts';
export * from './penalty.ts';
export * from './severity.ts';
export * from './defence.ts';
export * from './simple-procedure.ts';
export * from './cash-collection.ts';
export * from './hearing-thresholds.ts';
export * from './config.ts';
export * from './hearing-right.ts';
export * from './limitation.ts';
export * from './party.ts';
export * as penaltySources from './sources.ts';
