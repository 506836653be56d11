/** audit: search and verification of the SM3-chained trail (the writer lives in platform/audit). */
export { auditRoutes } from './audit.routes.ts';
export { verifyChain } from './audit.queries.ts';
