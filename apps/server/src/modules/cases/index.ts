/** cases: penalty cases — lead, filing, investigation, review, notice, decision, service, closing; the law is in packages/domain/procedures. */
export { caseRoutes } from './cases.routes.ts';
export { penaltyCases, caseSteps, caseOfficers, documentNumberSeries } from './cases.table.ts';
