/**
 * buildApp wires platform and modules into a Fastify instance without listening, so tests drive it with inject().
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppConfig } from './platform/config.ts';
import type { Clock } from './platform/clock.ts';
import { createFieldCipher, type FieldCipher } from './platform/crypto.ts';
import type { Db } from './platform/db.ts';
import type { Deps } from './platform/deps.ts';
import { noChangeFeed, startChangeFeed, type ChangeFeed } from './platform/change-feed.ts';
import { registerErrorHandler } from './platform/http/error-handler.ts';
import { registerSecurityHeaders } from './platform/http/security-headers.ts';
import { registerWebStatic } from './platform/http/web-static.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { authRoutes, policyRoutes, registerSessionHook, userRoutes } from './modules/identity/index.ts';
import { expireCertificatesJob, officerFileRoutes, officerRoutes, publicCertificateRoutes, rosterRoutes } from './modules/officers/index.ts';
import { startJobs } from './platform/jobs.ts';
import { orgRoutes, postRoutes } from './modules/org/index.ts';
import { publicSubjectRoutes, subjectRoutes } from './modules/subjects/index.ts';
import { createFileStore, type FileStore } from './platform/files/file-store.ts';
import { followLibraryChanges, legalBasisRoutes, libraryRoutes } from './modules/legal-basis/index.ts';
import { catalogueRoutes, powerListRoutes, powerRoutes } from './modules/powers/index.ts';
import { discretionRoutes, publicPowerRoutes } from './modules/discretion/index.ts';
import { caseConsoleRoutes, caseRoutes, caseViewRoutes } from './modules/cases/index.ts';
import { decisionPageRoutes, disclosureRoutes, expirePublicationsJob, publicDecisionRoutes } from './modules/disclosure/index.ts';
import { calendarRoutes } from './modules/calendar/index.ts';
import { deadlineRoutes, deadlineScanJob } from './modules/deadlines/index.ts';
import { evidenceRoutes } from './modules/evidence/index.ts';
import { documentRoutes } from './modules/documents/index.ts';
import { paymentRoutes } from './modules/payments/index.ts';
import { complaintRoutes, publicComplaintRoutes } from './modules/complaints/index.ts';
import { surveyRoutes } from './modules/surveys/index.ts';
import { accountabilityRoutes, publicAccountabilityRoutes } from './modules/accountability/index.ts';
import { endStaleSupervisorSessionsJob, supervisionRoutes, supervisorPortalRoutes } from './modules/supervision/index.ts';

export interface BuildOptions {
  db: Db;
  clock: Clock;
  config: AppConfig;
  /** 32-byte master key for personal-field encryption. */
  dataKey: Buffer;
  logger?: boolean | object;
  /** Where uploaded files live; defaults to <dataDir>/files. */
  files?: FileStore;
  /** Start the background jobs (main.ts does; tests call the job functions directly with a manual clock). */
  jobs?: boolean;
  /** Listen for change notifications (default true); false keeps every cache cold (each read goes to the database). */
  changeFeed?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The process's change feed: tests await `changes.settled()` after writing rows behind the app's back. */
    changes: ChangeFeed;
  }
}

const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const cipher: FieldCipher = createFieldCipher(opts.dataKey);
  const files = opts.files ?? createFileStore(path.join(opts.config.dataDir, 'files'));
  const deps: Deps = { db: opts.db, clock: opts.clock, config: opts.config, cipher };
  const app = Fastify({
    logger: opts.logger ?? false,
    trustProxy: opts.config.trustProxy,
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: { info: { title: 'Quanze 权责 API', version: opts.config.version }, servers: [] },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  // Change notifications for the caches of session lookups and the legal-basis library (platform/change-feed.ts).
  const changes = opts.changeFeed === false ? noChangeFeed : startChangeFeed(opts.db.$client, app.log);
  app.addHook('onClose', async () => changes.close());
  followLibraryChanges(changes);
  app.decorate('changes', changes);
  registerSessionHook(app, deps, changes);
  if (opts.jobs) {
    let stopJobs: (() => void) | null = null;
    app.addHook('onReady', async () => {
      stopJobs = startJobs(deps, [deadlineScanJob, expireCertificatesJob, expirePublicationsJob, endStaleSupervisorSessionsJob], app.log);
    });
    app.addHook('onClose', async () => stopJobs?.());
  }

  await app.register(
    async (api) => {
      api.get(
        '/health',
        { schema: { tags: ['platform'], summary: '健康检查', response: { 200: z.object({ status: z.literal('ok'), db: z.literal('up'), version: z.string() }) } } },
        async () => {
          await deps.db.execute(sql`select 1`);
          return { status: 'ok' as const, db: 'up' as const, version: opts.config.version };
        },
      );
      await api.register(authRoutes(deps));
      await api.register(userRoutes(deps));
      await api.register(policyRoutes(deps));
      await api.register(orgRoutes(deps));
      await api.register(auditRoutes(deps));
      await api.register(postRoutes(deps));
      await api.register(subjectRoutes(deps));
      await api.register(officerRoutes(deps));
      await api.register(rosterRoutes(deps));
      await api.register(officerFileRoutes(deps, files));
      await api.register(publicCertificateRoutes(deps));
      await api.register(publicSubjectRoutes(deps));
      await api.register(legalBasisRoutes(deps));
      await api.register(libraryRoutes(deps));
      await api.register(powerListRoutes(deps));
      await api.register(powerRoutes(deps));
      await api.register(catalogueRoutes(deps));
      await api.register(discretionRoutes(deps));
      await api.register(publicPowerRoutes(deps));
      await api.register(caseRoutes(deps));
      await api.register(disclosureRoutes(deps));
      await api.register(publicDecisionRoutes(deps));
      await api.register(calendarRoutes(deps));
      await api.register(deadlineRoutes(deps));
      await api.register(caseViewRoutes(deps));
      await api.register(caseConsoleRoutes(deps));
      await api.register(paymentRoutes(deps));
      await api.register(evidenceRoutes(deps, files));
      await api.register(documentRoutes(deps, files));
      await api.register(complaintRoutes(deps, files));
      await api.register(publicComplaintRoutes(deps, files));
      await api.register(surveyRoutes(deps));
      await api.register(supervisionRoutes(deps));
      await api.register(supervisorPortalRoutes(deps));
      await api.register(accountabilityRoutes(deps));
      await api.register(publicAccountabilityRoutes(deps));
    },
    { prefix: '/api' },
  );

  // /sitemap.xml and /portal/decisions/:id (410 when withdrawn) live at the site root, outside /api.
  await app.register(decisionPageRoutes(deps));

  await registerWebStatic(app, opts.config.webDist ?? DEFAULT_WEB_DIST);
  return app;
}
