/** cases: penalty cases — lead, filing, investigation, review, notice, decision, service, closing; the law is in packages/domain/procedures. */
export { caseRoutes } from './cases.routes.ts';
export { caseViewRoutes } from './case-views.routes.ts';
export { caseConsoleRoutes } from './case-console.routes.ts';
export { penaltyCases, caseSteps, caseOfficers, documentNumberSeries } from './cases.table.ts';
// Deadline scan and view (modules/deadlines) build snapshots of many cases at once.
export { buildSnapshot, foldSteps, type CaseRecord } from './snapshot-builder.ts';
export type { CaseRow, CaseStepRow } from './cases.repository.ts';
// The demo seed (seed/demo-cases.ts) drives its cases through the same commands as the API.
export { performCaseAction } from './commands/perform-case-action.ts';
export { registerLead } from './commands/register-lead.ts';
// Documents (modules/documents): case access and scope, the case record, the bureau's names and the yearly number series.
export { canSeeCase } from './cases.policy.ts';
export { allocateNumber, bureauNamesOf, departmentOf, getCase, investigatesCase, lockCase } from './cases.repository.ts';
export { loadCaseRecord } from './snapshot-builder.ts';
export { issuerOf } from './commands/general-preparers.ts';
