/**
 * Portal (no login), rate-limited per IP: the published power list with filters by category and department, and
 * one item with its basis, procedure, time limit, fees, supervision channel and current discretion benchmark
 * (行政处罚法 第三十四条). Only the latest published version is ever shown.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, PublicPowerDetailDto, PublicPowerListDto, PublicPowerQuery } from '@quanze/contracts';
import type { Deps } from '../../platform/deps.ts';
import { publicPowerDetail, publicPowerList } from './public.queries.ts';

const tags = ['portal'];

export function publicPowerRoutes(deps: Deps, opts: { ratePerMinute?: number } = {}): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { rateLimit: { max: opts.ratePerMinute ?? 120, timeWindow: '1 minute' } };
    app.get(
      '/public/powers',
      {
        config,
        schema: {
          tags,
          summary: '门户：权责清单（按类别、承办科室筛选）',
          querystring: PublicPowerQuery,
          response: { 200: PublicPowerListDto, 400: ErrorBody, 429: ErrorBody },
        },
      },
      async (req) => publicPowerList(deps, req.query),
    );
    app.get(
      '/public/powers/:code',
      {
        config,
        schema: {
          tags,
          summary: '门户：执法事项详情（依据、程序、时限、收费、监督渠道、裁量基准）',
          params: z.object({
            code: z
              .string()
              .trim()
              .regex(/^[A-Za-z]{2}-[A-Za-z]{2}-\d{3}$/, '事项编码格式不正确'),
          }),
          querystring: z.object({ bureauId: z.uuid().optional() }),
          response: { 200: PublicPowerDetailDto, 400: ErrorBody, 404: ErrorBody, 429: ErrorBody },
        },
      },
      async (req) => publicPowerDetail(deps, req.params.code, req.query.bureauId),
    );
  };
}
