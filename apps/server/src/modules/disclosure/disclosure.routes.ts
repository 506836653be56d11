/** Console: 公示管理 — the publication queue, one item with its public text, masking, flags, publish, withdraw, settings. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DisclosureSettingsDto,
  ErrorBody,
  PublicationDetailDto,
  PublicationQueueDto,
  PublicationQueueQuery,
  PublishRequest,
  RegisterResultRequest,
  UpdateDisclosureSettingsRequest,
  UpdateMaskingRequest,
  UpdatePublicationFlagsRequest,
  WithdrawPublicationRequest,
  RegisterAlterationRequest,
} from '@quanze/contracts';
import { requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { registerResult } from './commands/register-result.ts';
import { registerAlteration } from './commands/register-alteration.ts';
import { publishDecision, updateFlags, updateMasking, updateSettings, withdrawPublication } from './commands/publication-commands.ts';
import { publicationDetail, publicationQueue } from './disclosure.queries.ts';
import { settingsOf } from './disclosure.repository.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ['disclosure'];
const Id = z.object({ id: z.uuid('公示事项不存在') });
const PERMISSION = 'disclosure:publish';

export function disclosureRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/disclosure/queue',
      {
        schema: {
          tags,
          summary: '公示管理：待公开、不予公开、已公开、已撤回的决定（含期限、逾期）',
          querystring: PublicationQueueQuery,
          response: { 200: PublicationQueueDto, ...errors },
        },
      },
      async (req) => publicationQueue(deps, requirePermission(req, PERMISSION), req.query),
    );
    app.post(
      '/disclosure/results',
      {
        schema: {
          tags,
          summary: '登记行政许可决定或其他执法结果（检查结果等）进入公示队列：许可7个工作日、其他结果20个工作日内公示',
          body: RegisterResultRequest,
          response: { 201: PublicationDetailDto, ...errors },
        },
      },
      async (req, reply) => {
        const actor = requirePermission(req, PERMISSION);
        const id = await registerResult(deps, actor, req.body, req.ip);
        return reply.code(201).send(await publicationDetail(deps, actor, id));
      },
    );
    app.get(
      '/disclosure/items/:id',
      {
        schema: {
          tags,
          summary: '公示事项：公众将看到的文本、隐名处理、泄露扫描和不予公开的理由',
          params: Id,
          response: { 200: PublicationDetailDto, ...errors },
        },
      },
      async (req) => publicationDetail(deps, requirePermission(req, PERMISSION), req.params.id),
    );
    app.put(
      '/disclosure/items/:id/masking',
      {
        schema: {
          tags,
          summary: '补充隐名处理（其他自然人姓名、须隐去的内容、人工修订文本）',
          params: Id,
          body: UpdateMaskingRequest,
          response: { 200: PublicationDetailDto, ...errors },
        },
      },
      async (req) => {
        const actor = requirePermission(req, PERMISSION);
        await updateMasking(deps, actor, req.params.id, req.body, req.ip);
        return publicationDetail(deps, actor, req.params.id);
      },
    );
    app.put(
      '/disclosure/items/:id/flags',
      {
        schema: {
          tags,
          summary: '标记不予公开的情形（未成年人、个人隐私、国家秘密、商业秘密、安全风险）',
          params: Id,
          body: UpdatePublicationFlagsRequest,
          response: { 200: PublicationDetailDto, ...errors },
        },
      },
      async (req) => {
        const actor = requirePermission(req, PERMISSION);
        await updateFlags(deps, actor, req.params.id, req.body.version, req.body.flags, req.ip);
        return publicationDetail(deps, actor, req.params.id);
      },
    );
    app.post(
      '/disclosure/items/:id/publish',
      {
        schema: {
          tags,
          summary: '公开（泄露扫描无结果、且无不予公开情形时）',
          params: Id,
          body: PublishRequest,
          response: { 200: PublicationDetailDto, ...errors },
        },
      },
      async (req) => {
        const actor = requirePermission(req, PERMISSION);
        await publishDecision(deps, actor, req.params.id, req.body.version, req.ip);
        return publicationDetail(deps, actor, req.params.id);
      },
    );
    app.post(
      '/disclosure/items/:id/alteration',
      {
        schema: {
          tags,
          summary: '登记已公开的决定被变更、撤销、确认违法或无效（开始三日撤回期限，行政处罚法第四十八条第二款）',
          params: Id,
          body: RegisterAlterationRequest,
          response: { 200: PublicationDetailDto, ...errors },
        },
      },
      async (req) => {
        const actor = requirePermission(req, PERMISSION);
        await registerAlteration(deps, actor, req.params.id, req.body, req.ip);
        return publicationDetail(deps, actor, req.params.id);
      },
    );
    app.post(
      '/disclosure/items/:id/withdraw',
      {
        schema: {
          tags,
          summary: '撤回已公开的决定信息并公开说明理由（行政处罚法第四十八条，三日内）',
          params: Id,
          body: WithdrawPublicationRequest,
          response: { 200: PublicationDetailDto, ...errors },
        },
      },
      async (req) => {
        const actor = requirePermission(req, PERMISSION);
        await withdrawPublication(deps, actor, req.params.id, req.body, req.ip);
        return publicationDetail(deps, actor, req.params.id);
      },
    );
    app.get(
      '/disclosure/settings',
      {
        schema: {
          tags,
          summary: '公示设置：当事人姓名处理方式、公示期限、仅警告的决定是否公开',
          response: { 200: DisclosureSettingsDto, ...errors },
        },
      },
      async (req) => settingsOf(deps.db, requirePermission(req, PERMISSION).bureauId),
    );
    app.put(
      '/disclosure/settings',
      {
        schema: {
          tags,
          summary: '修改公示设置',
          body: UpdateDisclosureSettingsRequest,
          response: { 200: DisclosureSettingsDto, ...errors },
        },
      },
      async (req) => {
        const actor = requirePermission(req, PERMISSION);
        await updateSettings(deps, actor, req.body, req.ip);
        return settingsOf(deps.db, actor.bureauId);
      },
    );
  };
}
