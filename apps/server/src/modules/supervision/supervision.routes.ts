/** Console: 社会监督员 registry and the observations queue (permission supervision:manage). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AnswerObservationRequest,
  AssignObservationRequest,
  ChangeSupervisorStatusRequest,
  CloseObservationRequest,
  CreateSupervisorRequest,
  CreateSupervisorResponse,
  ErrorBody,
  ObservationDto,
  ObservationQueueDto,
  ObservationQueueQuery,
  RevealSupervisorFieldRequest,
  RevealSupervisorFieldResponse,
  SupervisorDto,
  SupervisorListDto,
  SupervisorListQuery,
  SupervisorPasswordResetResponse,
  UpdateSupervisorRequest,
} from '@quanze/contracts';
import { requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { changeSupervisorStatus, resetSupervisorPassword, updateSupervisor } from './commands/manage-supervisor.ts';
import { actOnObservation } from './commands/observations.ts';
import { registerSupervisor } from './commands/register-supervisor.ts';
import { revealSupervisorField } from './commands/reveal-supervisor-field.ts';
import { listSupervisors, observationDetail, observationQueue, supervisorDetail } from './supervision.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ['supervision'];
const PERMISSION = 'supervision:manage';
const SupervisorId = z.object({ id: z.uuid('社会监督员不存在') });
const ObservationId = z.object({ id: z.uuid('监督意见不存在') });

export function supervisionRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/supervision/supervisors',
      { schema: { tags, summary: '社会监督员名册（聘期、状态、门户账号）', querystring: SupervisorListQuery, response: { 200: SupervisorListDto, ...errors } } },
      async (req) => listSupervisors(deps, requirePermission(req, PERMISSION), req.query),
    );
    app.post(
      '/supervision/supervisors',
      {
        schema: {
          tags,
          summary: '登记社会监督员并开通门户账号（初始密码仅显示一次，首次登录须修改）',
          body: CreateSupervisorRequest,
          response: { 201: CreateSupervisorResponse, ...errors },
        },
      },
      async (req, reply) => {
        const actor = requirePermission(req, PERMISSION);
        const { id, initialPassword } = await registerSupervisor(deps, actor, req.body, req.ip);
        return reply.status(201).send({ supervisor: await supervisorDetail(deps, actor, id), initialPassword });
      },
    );
    app.get(
      '/supervision/supervisors/:id',
      { schema: { tags, summary: '社会监督员', params: SupervisorId, response: { 200: SupervisorDto, ...errors } } },
      async (req) => supervisorDetail(deps, requirePermission(req, PERMISSION), req.params.id),
    );
    app.put(
      '/supervision/supervisors/:id',
      { schema: { tags, summary: '修改聘任信息（聘书编号、聘期、工作单位、界别）', params: SupervisorId, body: UpdateSupervisorRequest, response: { 200: SupervisorDto, ...errors } } },
      async (req) => {
        const actor = requirePermission(req, PERMISSION);
        await updateSupervisor(deps, actor, req.params.id, req.body, req.ip);
        return supervisorDetail(deps, actor, req.params.id);
      },
    );
    app.post(
      '/supervision/supervisors/:id/status',
      {
        schema: { tags, summary: '暂停履职、恢复或解聘（不删除）', params: SupervisorId, body: ChangeSupervisorStatusRequest, response: { 200: SupervisorDto, ...errors } },
      },
      async (req) => {
        const actor = requirePermission(req, PERMISSION);
        await changeSupervisorStatus(deps, actor, req.params.id, req.body, req.ip);
        return supervisorDetail(deps, actor, req.params.id);
      },
    );
    app.post(
      '/supervision/supervisors/:id/password-reset',
      { schema: { tags, summary: '重置门户密码（解除锁定，下次登录须修改）', params: SupervisorId, response: { 200: SupervisorPasswordResetResponse, ...errors } } },
      async (req) => resetSupervisorPassword(deps, requirePermission(req, PERMISSION), req.params.id, req.ip),
    );
    app.post(
      '/supervision/supervisors/:id/reveal',
      {
        schema: {
          tags,
          summary: '查看监督员完整手机号码或身份证号码（须 pii:reveal，写明原因，逐次留痕）',
          params: SupervisorId,
          body: RevealSupervisorFieldRequest,
          response: { 200: RevealSupervisorFieldResponse, ...errors },
        },
      },
      async (req, reply) => {
        const revealed = await revealSupervisorField(deps, requirePermission(req, PERMISSION), req.params.id, req.body, req.ip);
        // Said here as well as by the platform's /api default: this answer must never sit in a cache.
        return reply.header('cache-control', 'no-store').send(revealed);
      },
    );

    app.get(
      '/supervision/observations',
      { schema: { tags, summary: '监督意见办理队列', querystring: ObservationQueueQuery, response: { 200: ObservationQueueDto, ...errors } } },
      async (req) => observationQueue(deps, requirePermission(req, PERMISSION), req.query),
    );
    app.get(
      '/supervision/observations/:id',
      { schema: { tags, summary: '监督意见', params: ObservationId, response: { 200: ObservationDto, ...errors } } },
      async (req) => observationDetail(deps, requirePermission(req, PERMISSION), req.params.id),
    );
    app.post(
      '/supervision/observations/:id/assign',
      { schema: { tags, summary: '交办承办科室', params: ObservationId, body: AssignObservationRequest, response: { 200: ObservationDto, ...errors } } },
      async (req) => {
        const actor = requirePermission(req, PERMISSION);
        await actOnObservation(deps, actor, req.params.id, { action: 'assign', ...req.body }, req.ip);
        return observationDetail(deps, actor, req.params.id);
      },
    );
    app.post(
      '/supervision/observations/:id/answer',
      { schema: { tags, summary: '答复监督员', params: ObservationId, body: AnswerObservationRequest, response: { 200: ObservationDto, ...errors } } },
      async (req) => {
        const actor = requirePermission(req, PERMISSION);
        await actOnObservation(deps, actor, req.params.id, { action: 'answer', ...req.body }, req.ip);
        return observationDetail(deps, actor, req.params.id);
      },
    );
    app.post(
      '/supervision/observations/:id/close',
      { schema: { tags, summary: '办结（未答复的须写明办结说明）', params: ObservationId, body: CloseObservationRequest, response: { 200: ObservationDto, ...errors } } },
      async (req) => {
        const actor = requirePermission(req, PERMISSION);
        await actOnObservation(deps, actor, req.params.id, { action: 'close', version: req.body.version, reason: req.body.reason }, req.ip);
        return observationDetail(deps, actor, req.params.id);
      },
    );
  };
}
