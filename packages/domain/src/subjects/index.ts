/** Enforcement subjects (执法主体): kinds, standing, entrustment and the unified social credit code. */
export * from './uscc.ts';
export * from './enforcement-subject.ts';
export * from './subject-status.ts';
