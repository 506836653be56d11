/**
 * Portal (no login, rate-limited per IP): published decisions — search/list, one decision, a CSV export — and, at
 * the site root, /sitemap.xml and the decision page's status. Withdrawn decisions answer 410 with the public reason
 * (第四十八条), expired ones 410; neither appears in the list, the search, the export or the sitemap.
 * Caching: published answers may be cached for 60 s (`public, max-age=60`), so a withdrawal reaches every cache
 * within a minute; 404/410 answers are not cached.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { ErrorBody, PublicDecisionDetailDto, PublicDecisionListDto, PublicDecisionQuery } from '@quanze/contracts';
import { toLocalDate } from '@quanze/domain';
import type { Deps } from '../../platform/deps.ts';
import { gonePage } from './gone-page.ts';
import {
  absentError,
  expiredError,
  lookupPublicDecision,
  portalBureauId,
  publicDecisionList,
  sitemapIds,
  visibleCondition,
  withdrawnError,
} from './public.queries.ts';
import { publicResultLabel } from './publication-rules.ts';

const tags = ['portal'];
const PUBLIC_CACHE = 'public, max-age=60';
export const EXPORT_LIMIT = 10_000;

/** Runs after the platform's `no-store` for /api (child-context hooks run after the root's). */
function cacheFor(app: Parameters<FastifyPluginAsyncZod>[0]) {
  app.addHook('onSend', async (_req, reply) => {
    reply.header('cache-control', reply.statusCode === 200 ? PUBLIC_CACHE : 'no-store');
  });
}

export function publicDecisionRoutes(deps: Deps, opts: { ratePerMinute?: number } = {}): FastifyPluginAsyncZod {
  return async (app) => {
    cacheFor(app);
    const config = { rateLimit: { max: opts.ratePerMinute ?? 120, timeWindow: '1 minute' } };
    app.get(
      '/public/decisions',
      {
        config,
        schema: {
          tags,
          summary: '门户：已公开的行政处罚、行政许可决定和其他执法结果（检索、列表）',
          querystring: PublicDecisionQuery.extend({ bureauId: z.uuid().optional() }),
          response: { 200: PublicDecisionListDto, 400: ErrorBody, 429: ErrorBody },
        },
      },
      async (req) => publicDecisionList(deps, req.query),
    );
    app.get(
      '/public/decisions/export.csv',
      { config, schema: { tags, summary: '门户：已公开决定目录导出（CSV）' } },
      async (_req, reply) => {
        const bureauId = await portalBureauId(deps.db);
        const rows = bureauId
          ? (
              await deps.db.execute<Record<string, string>>(sql`
                select p.result_type, p.result_label, p.decision_number, p.party_display, p.penalty_summary, p.decided_on::text as decided_on, p.published_on::text as published_on, p.id
                from decision_publications p where ${visibleCondition(bureauId, toLocalDate(deps.clock.now()))}
                order by p.published_at desc, p.id desc limit ${EXPORT_LIMIT}`)
            ).rows
          : [];
        const cell = (v: string) => `"${String(v ?? '').replaceAll('"', '""')}"`;
        const lines = [
          '类别,决定书文号,当事人,决定内容,决定日期,公开日期,链接',
          ...rows.map((r) =>
            [
              publicResultLabel({
                resultType: r['result_type'] as 'penalty' | 'licence' | 'other',
                resultLabel: r['result_label'] ?? null,
                matterName: null,
              }),
              r['decision_number'],
              r['party_display'],
              r['penalty_summary'],
              r['decided_on'],
              r['published_on'],
              `/portal/decisions/${r['id']}`,
            ]
              .map((v) => cell(v ?? ''))
              .join(','),
          ),
        ];
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="decisions.csv"')
          .send(`\ufeff${lines.join('\r\n')}\r\n`);
      },
    );
    app.get(
      '/public/decisions/:id',
      {
        config,
        schema: {
          tags,
          summary: '门户：决定信息（已撤回的答复410并说明理由，公示期满的答复410）',
          params: z.object({ id: z.string().max(64) }),
          response: { 200: PublicDecisionDetailDto, 404: ErrorBody, 410: ErrorBody, 429: ErrorBody },
        },
      },
      async (req) => {
        const l = await lookupPublicDecision(deps, req.params.id);
        if (l.kind === 'withdrawn') throw withdrawnError(l);
        if (l.kind === 'expired') throw expiredError();
        if (l.kind === 'absent') throw absentError();
        return l.detail;
      },
    );
  };
}

const escapeXml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}`;


/**
 * Site-root routes: /sitemap.xml (the portal's pages and every visible decision, newest first, up to the protocol's
 * 50,000 URLs) and /portal/decisions/:id, which answers 410 itself for a withdrawn or expired decision and otherwise
 * hands over to the single-page app (the app's not-found handler serves index.html).
 */
export function decisionPageRoutes(deps: Deps, opts: { ratePerMinute?: number } = {}): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { rateLimit: { max: opts.ratePerMinute ?? 120, timeWindow: '1 minute' } };
    app.get('/sitemap.xml', { config, schema: { hide: true } }, async (req, reply) => {
      const base = origin(req);
      const pages = ['/portal', '/portal/decisions', '/portal/powers', '/portal/subjects', '/portal/certificates/check'];
      const ids = await sitemapIds(deps);
      const urls = [
        ...pages.map((p) => `<url><loc>${escapeXml(base + p)}</loc></url>`),
        ...ids.map((r) => `<url><loc>${escapeXml(`${base}/portal/decisions/${r.id}`)}</loc><lastmod>${r.published_on}</lastmod></url>`),
      ];
      return reply
        .header('cache-control', PUBLIC_CACHE)
        .type('application/xml; charset=utf-8')
        .send(
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
        );
    });
    app.get('/portal/decisions/:id', { config, schema: { hide: true } }, async (req, reply) => {
      const l = await lookupPublicDecision(deps, (req.params as { id: string }).id);
      if (l.kind === 'withdrawn') return gonePage(reply, '该决定信息已撤回', withdrawnError(l).message);
      if (l.kind === 'expired') return gonePage(reply, '该决定信息已停止公示', expiredError().message);
      return reply.callNotFound();
    });
  };
}
