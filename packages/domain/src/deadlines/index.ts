export * from './clock-definition.ts';
export * from './procedure-clocks.ts';
export * from './execution-clocks.ts';
export * from './clock-table.ts';
export * from './clock-changes.ts';
export * from './compute-deadline.ts';
export * from './surcharge.ts';
export * from './stored-deadline.ts';
