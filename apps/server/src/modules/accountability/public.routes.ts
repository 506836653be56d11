/**
 * Portal (no login, rate-limited per IP): the rules of accountability — the statutory 追责情形 grouped by law, each
 * with its article and consequence; the forms responsibility takes; the bureau's own rules and who takes reports.
 * Like /public/subjects, the deployment's first bureau unless `bureauId` names another. Cacheable for 60 s
 * (`public, max-age=60`, as the published decisions): a saved version reaches every cache within a minute.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ErrorBody, PublicAccountabilityDto } from '@quanze/contracts';
import { ACCOUNTABILITY_BASIS, RESPONSIBILITY_FORM_IDS, RESPONSIBILITY_FORMS, accountabilityByLaw } from '@quanze/domain';
import type { Deps } from '../../platform/deps.ts';
import { bureaus } from '../org/org.table.ts';
import { publicRulesOf } from './accountability-rules.ts';

const PUBLIC_CACHE = 'public, max-age=60';

/** The statutory part never changes at run time: built once. */
const STATUTORY = {
  basis: [ACCOUNTABILITY_BASIS.PUBLIC_SUPERVISION, ACCOUNTABILITY_BASIS.SUPERVISION_AUTHORITY, ACCOUNTABILITY_BASIS.RESPONSIBILITY_SYSTEM],
  laws: accountabilityByLaw().map(({ law, provisions }) => ({
    ...law,
    provisions: provisions.map((p) => ({
      id: p.id,
      article: p.article,
      consequence: p.consequence,
      forms: p.forms.map((f) => RESPONSIBILITY_FORMS[f].label),
      triggers: p.triggers.map((t) => ({ item: t.item, summary: t.summary })),
    })),
  })),
  forms: RESPONSIBILITY_FORM_IDS.map((id) => {
    const f = RESPONSIBILITY_FORMS[id];
    return { id: f.id, label: f.label, description: f.description, basis: f.basis.map((b) => ({ ...b })) };
  }),
};

export function publicAccountabilityRoutes(deps: Deps, opts: { ratePerMinute?: number } = {}): FastifyPluginAsyncZod {
  return async (app) => {
    // Runs after the platform's `no-store` for /api (a child context's hooks run after the root's).
    app.addHook('onSend', async (_req, reply) => {
      reply.header('cache-control', reply.statusCode === 200 ? PUBLIC_CACHE : 'no-store');
    });
    app.get(
      '/public/accountability',
      {
        config: { rateLimit: { max: opts.ratePerMinute ?? 120, timeWindow: '1 minute' } },
        schema: {
          tags: ['portal'],
          summary: '门户：责任追究（法定追责情形及条款、责任形式、本局责任追究规定和受理单位）',
          querystring: z.object({ bureauId: z.uuid('参数 bureauId 格式不正确').optional() }),
          response: { 200: PublicAccountabilityDto, 400: ErrorBody, 429: ErrorBody },
        },
      },
      async (req) => {
        const [b] = req.query.bureauId
          ? await deps.db.select({ id: bureaus.id, name: bureaus.name }).from(bureaus).where(eq(bureaus.id, req.query.bureauId))
          : await deps.db.select({ id: bureaus.id, name: bureaus.name }).from(bureaus).orderBy(asc(bureaus.createdAt)).limit(1);
        return { ...STATUTORY, bureauName: b?.name ?? null, rules: b ? await publicRulesOf(deps.db, b.id) : null };
      },
    );
  };
}
