/** accountability: 责任追究 — the statutory grounds on the portal and the bureau's own rules (versioned, audited). */
export { accountabilityRoutes } from './accountability.routes.ts';
export { publicAccountabilityRoutes } from './public.routes.ts';
export { accountabilityRules } from './accountability.table.ts';
