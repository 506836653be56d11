/**
 * The deadlines module's routes-free face: what the case action calls in its own transaction (stored clocks) and
 * what the case list reads (next deadline). Importing index.ts from there would pull deadlines' routes into the case
 * action's import graph and close an ESM cycle (scripts/check-boundaries.mjs).
 */
export { deadlineFilterDueBy, dueByCondition, nextDeadlineColumns, nextDeadlinesFromPage, nextDeadlinesOf, type RowWithNextClock } from './case-list-deadlines.ts';
export { refreshCaseClocks } from './commands/refresh-case-clocks.ts';
