import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CheckPenaltyRequest,
  CheckPenaltyResponse,
  ComputeDiscretionRequest,
  DiscretionResultDto,
  ErrorBody,
  PowerDiscretionDto,
  SaveBenchmarkRequest,
} from '@quanze/contracts';
import { requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { saveBenchmark } from './commands/save-benchmark.ts';
import { checkForPower, computeForPower, discretionDetail } from './discretion.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['discretion'];
const PowerId = z.object({ id: z.uuid('执法事项不存在') });

/** 裁量基准 of a penalty power (versions, save/publish) and the explainable calculator. */
export function discretionRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/powers/:id/discretion',
      {
        schema: {
          tags,
          summary: '执法事项的裁量基准（现行版本、问题、历史版本）',
          params: PowerId,
          response: { 200: PowerDiscretionDto, ...errors },
        },
      },
      async (req) => discretionDetail(deps, requirePermission(req, 'power:read'), req.params.id),
    );
    app.put(
      '/powers/:id/discretion',
      {
        schema: {
          tags,
          summary: '保存（并公布）裁量基准的新版本',
          params: PowerId,
          body: SaveBenchmarkRequest,
          response: { 200: PowerDiscretionDto, ...errors },
        },
      },
      async (req) => {
        const actor = requirePermission(req, 'discretion:manage');
        await saveBenchmark(deps, actor, req.params.id, req.body, req.ip);
        return discretionDetail(deps, actor, req.params.id);
      },
    );
    app.post(
      '/discretion/compute',
      {
        schema: {
          tags,
          summary: '裁量计算：档次、幅度和说理（引用条款）',
          body: ComputeDiscretionRequest,
          response: { 200: DiscretionResultDto, ...errors },
        },
      },
      async (req) => computeForPower(deps, requirePermission(req, 'power:read'), req.body),
    );
    app.post(
      '/discretion/check',
      {
        schema: {
          tags,
          summary: '拟处罚是否在裁量基准和法定幅度内',
          body: CheckPenaltyRequest,
          response: { 200: CheckPenaltyResponse, ...errors },
        },
      },
      async (req) => checkForPower(deps, requirePermission(req, 'power:read'), req.body),
    );
  };
}
