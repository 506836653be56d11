/** supervision: 社会监督员 — the registry with appointment terms, their portal accounts, and the observations queue. */
export { supervisionRoutes } from './supervision.routes.ts';
export { supervisorPortalRoutes } from './supervisor-portal.routes.ts';
export { socialSupervisors, supervisorAccounts, supervisionObservations } from './supervision.table.ts';
export { endStaleSupervisorSessions, endStaleSupervisorSessionsJob } from './supervisor-sessions.job.ts';
