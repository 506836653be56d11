/** officers: officer files, certificates (持证上岗), training, records; eligibility comes from the domain. */
export { officerRoutes } from './officers.routes.ts';
export { officers, certificates, certificateEvents, trainings } from './officers.table.ts';
export { expireCertificates, expireCertificatesJob } from './expire-certificates.job.ts';
export { officerFileRoutes } from './photo.routes.ts';
export { rosterRoutes } from './roster/roster.routes.ts';
export { publicCertificateRoutes } from './public-check.routes.ts';
export { officerRules } from './officers.config.ts';
