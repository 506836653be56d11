/** disclosure: 执法公示 — the publication queue of decisions (masking, leak scan, publish, withdraw) and the portal's published decisions. */
export { disclosureRoutes } from './disclosure.routes.ts';
export { publicDecisionRoutes, decisionPageRoutes } from './public.routes.ts';
export { enqueueDecisionForPublication, type DecisionForPublication } from './commands/enqueue-decision.ts';
export { decisionPublications, disclosureSettings } from './disclosure.table.ts';
// The demo seed (seed/demo-cases.ts) publishes a demo decision through the same command as 公示管理.
export { publishDecision } from './commands/publication-commands.ts';
export { expirePublications, expirePublicationsJob } from './expire-publications.job.ts';
