import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ArticleImpactDto,
  AssignPowerRequest,
  CoverageQuery,
  CoverageReportDto,
  CreateTargetRequest,
  ErrorBody,
  PowerDetailDto,
  PowerItemList,
  PowerItemListQuery,
  TargetDto,
  TargetListQuery,
  UpdateTargetRequest,
} from '@quanze/contracts';
import { requireActor, requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { sendAttachment } from '../../platform/files/send-file.ts';
import { assignPower } from './commands/assign-power.ts';
import { createTarget, updateTarget } from './commands/target-commands.ts';
import { exportCoverage } from './coverage/coverage-export.ts';
import { coverageReport } from './coverage/coverage.queries.ts';
import { articleImpact } from './impact.queries.ts';
import { listItems, listTargets, powerDetail } from './powers.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['powers'];
const PowerId = z.object({ id: z.uuid('执法事项不存在') });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Power items, 职权分解, 年度执法目标, the coverage check and law-change impact. */
export function powerRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/powers', { schema: { tags, summary: '执法事项（默认现行清单）', querystring: PowerItemListQuery, response: { 200: PowerItemList, ...errors } } }, async (req) =>
      listItems(deps, requirePermission(req, 'power:read'), req.query),
    );
    app.get('/powers/coverage', { schema: { tags, summary: '职权覆盖检查（红/黄/绿及原因、反向视图）', querystring: CoverageQuery, response: { 200: CoverageReportDto, ...errors } } }, async (req) =>
      coverageReport(deps, requirePermission(req, 'power:read'), req.query),
    );
    app.get(
      '/powers/coverage/export.xlsx',
      { schema: { tags, summary: '导出职权覆盖检查（Excel）', querystring: CoverageQuery.omit({ page: true, pageSize: true, reverseLimit: true }), produces: [XLSX] } },
      async (req, reply) => {
        const file = await exportCoverage(deps, requirePermission(req, 'power:read'), req.query, req.ip);
        return sendAttachment(reply, file.body, { mime: XLSX, fileName: file.fileName });
      },
    );
    app.get('/powers/:id', { schema: { tags, summary: '执法事项详情（职权分解历史、覆盖情况）', params: PowerId, response: { 200: PowerDetailDto, ...errors } } }, async (req) =>
      powerDetail(deps, requirePermission(req, 'power:read'), req.params.id),
    );
    app.post('/powers/:id/assignments', { schema: { tags, summary: '职权分解（科室、A/B岗、分管领导）', params: PowerId, body: AssignPowerRequest, response: { 200: PowerDetailDto, ...errors } } }, async (req) => {
      const actor = requireActor(req);
      await assignPower(deps, actor, req.params.id, req.body, req.ip);
      return powerDetail(deps, actor, req.params.id);
    });
    app.get('/power-targets', { schema: { tags, summary: '年度执法目标', querystring: TargetListQuery, response: { 200: z.object({ items: z.array(TargetDto) }), ...errors } } }, async (req) =>
      listTargets(deps, requirePermission(req, 'power:read'), req.query),
    );
    app.post('/power-targets', { schema: { tags, summary: '设定年度执法目标', body: CreateTargetRequest, response: { 201: TargetDto, ...errors } } }, async (req, reply) => {
      const actor = requireActor(req);
      const id = await createTarget(deps, actor, req.body, req.ip);
      const { items } = await listTargets(deps, actor, { id });
      return reply.status(201).send(items[0]!);
    });
    app.patch(
      '/power-targets/:id',
      { schema: { tags, summary: '修改年度执法目标', params: z.object({ id: z.uuid('执法目标不存在') }), body: UpdateTargetRequest, response: { 200: TargetDto, ...errors } } },
      async (req) => {
        const actor = requireActor(req);
        await updateTarget(deps, actor, req.params.id, req.body, req.ip);
        const { items } = await listTargets(deps, actor, { id: req.params.id });
        return items[0]!;
      },
    );
    app.get(
      '/legal/articles/:id/impact',
      { schema: { tags: ['legal-basis'], summary: '条文修改/废止的影响（引用它的执法事项）', params: z.object({ id: z.uuid('条文不存在') }), response: { 200: ArticleImpactDto, ...errors } } },
      async (req) => articleImpact(deps, requirePermission(req, 'law:read'), req.params.id),
    );
  };
}
