/** 常用筛选 of the case list: the user's own views and those shared in their department. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CaseViewDto, CaseViewListResponse, CreateCaseViewRequest, ErrorBody, UpdateCaseViewRequest } from '@quanze/contracts';
import { requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { changeView, createView, deleteView, listViews } from './case-views.commands.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['cases'];
const Id = z.object({ id: z.uuid('常用筛选不存在') });

export function caseViewRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/case-views',
      { schema: { tags, summary: '常用筛选（自己的与本科室共享的）', response: { 200: CaseViewListResponse, ...errors } } },
      async (req) => listViews(deps, requirePermission(req, 'case:read')),
    );
    app.post(
      '/case-views',
      { schema: { tags, summary: '保存常用筛选', body: CreateCaseViewRequest, response: { 201: CaseViewDto, ...errors } } },
      async (req, reply) => reply.status(201).send(await createView(deps, requirePermission(req, 'case:read'), req.body, req.ip)),
    );
    app.patch(
      '/case-views/:id',
      {
        schema: {
          tags,
          summary: '修改常用筛选（名称、条件、共享）',
          params: Id,
          body: UpdateCaseViewRequest,
          response: { 200: CaseViewDto, ...errors },
        },
      },
      async (req) => changeView(deps, requirePermission(req, 'case:read'), req.params.id, req.body, req.ip),
    );
    app.delete(
      '/case-views/:id',
      { schema: { tags, summary: '删除常用筛选', params: Id, response: { 204: z.null(), ...errors } } },
      async (req, reply) => {
        await deleteView(deps, requirePermission(req, 'case:read'), req.params.id, req.ip);
        return reply.status(204).send(null);
      },
    );
  };
}
