/** The cases module's routes-free face: what deadlines reads inside a case action's transaction (scripts/check-boundaries.mjs). */
export { buildSnapshot } from './snapshot-builder.ts';
export type { CaseRow, CaseStepRow } from './cases.repository.ts';
