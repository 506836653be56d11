/**
 * Portal (no login): the confirmed enforcement subjects (执法主体) — the bureau itself first, then the bodies it
 * supervises. Registered-but-unconfirmed, suspended and revoked subjects are not listed. Like /public/bureau, the
 * portal serves the deployment's first bureau unless `bureauId` names another.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { ErrorBody, PublicSubjectDto } from '@quanze/contracts';
import type { Deps } from '../../platform/deps.ts';
import { bureaus } from '../org/index.ts';
import { enforcementSubjects } from './subjects.table.ts';

const entrusting = alias(enforcementSubjects, 'entrusting');

export function publicSubjectRoutes(deps: Deps, opts: { ratePerMinute?: number } = {}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/public/subjects',
      {
        config: { rateLimit: { max: opts.ratePerMinute ?? 120, timeWindow: '1 minute' } },
        schema: {
          tags: ['portal'],
          summary: '门户：已确认的执法主体',
          querystring: z.object({ bureauId: z.uuid().optional() }),
          response: { 200: z.object({ items: z.array(PublicSubjectDto) }), 400: ErrorBody, 429: ErrorBody },
        },
      },
      async (req) => {
        const bureauId =
          req.query.bureauId ?? (await deps.db.select({ id: bureaus.id }).from(bureaus).orderBy(asc(bureaus.createdAt)).limit(1))[0]?.id;
        if (!bureauId) return { items: [] };
        const rows = await deps.db
          .select({
            name: enforcementSubjects.name,
            creditCode: enforcementSubjects.creditCode,
            kind: enforcementSubjects.kind,
            legalBasis: enforcementSubjects.legalBasis,
            domains: enforcementSubjects.domains,
            entrustingSubjectName: entrusting.name,
            entrustmentScope: enforcementSubjects.entrustmentScope,
            entrustmentEnd: enforcementSubjects.entrustmentEnd,
          })
          .from(enforcementSubjects)
          .leftJoin(entrusting, eq(entrusting.id, enforcementSubjects.entrustingSubjectId))
          .where(and(eq(enforcementSubjects.bureauId, bureauId), eq(enforcementSubjects.status, 'confirmed')))
          .orderBy(desc(enforcementSubjects.isBureauItself), asc(enforcementSubjects.name));
        return { items: rows };
      },
    );
  };
}
