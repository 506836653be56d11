/**
 * The power list (权责清单): power items, the breakdown to departments, posts and officers (职权分解), the approval
 * of list versions, the coverage check with its reverse view, dependencies and law-change impact.
 */
export * from './power.ts';
export * from './catalog.ts';
export * from './breakdown.ts';
export * from './coverage-config.ts';
export * from './coverage-index.ts';
export * from './coverage.ts';
export * from './coverage-report.ts';
export * from './impact.ts';
export * from './list-workflow.ts';
export * as powerSources from './sources.ts';
export * from './public-defaults.ts';
