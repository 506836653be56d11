/** Case routes: parse (zod, one body schema per action) → authorize → command → present. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CASE_ACTION_BODIES, CaseDetailDto, CaseListQuery, CaseListResponse, ErrorBody, RegisterLeadRequest, SUPPORTED_CASE_ACTIONS, type SupportedCaseAction } from '@quanze/contracts';
import { actionDefinition } from '@quanze/domain';
import { requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { performCaseAction } from './commands/perform-case-action.ts';
import { registerLead } from './commands/register-lead.ts';
import { caseDetail, listCasesFor } from './cases.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ['cases'];
const Id = z.object({ id: z.uuid('案件不存在') });

export function caseRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/cases', { schema: { tags, summary: '处罚案件列表', querystring: CaseListQuery, response: { 200: CaseListResponse, ...errors } } }, async (req) =>
      listCasesFor(deps, requirePermission(req, 'case:read'), req.query),
    );
    app.get('/cases/:id', { schema: { tags, summary: '案件详情（环节、承办人员、可办理的操作、期限）', params: Id, response: { 200: CaseDetailDto, ...errors } } }, async (req) =>
      caseDetail(deps, requirePermission(req, 'case:read'), req.params.id),
    );
    app.post('/cases', { schema: { tags, summary: '案源登记', body: RegisterLeadRequest, response: { 201: CaseDetailDto, ...errors } } }, async (req, reply) => {
      const actor = requirePermission(req, 'case:manage');
      const row = await registerLead(deps, actor, req.body, req.ip);
      return reply.status(201).send(await caseDetail(deps, actor, row.id));
    });
    for (const action of SUPPORTED_CASE_ACTIONS) registerAction(app, deps, action);
  };
}

function registerAction<A extends SupportedCaseAction>(app: Parameters<FastifyPluginAsyncZod>[0], deps: Deps, action: A): void {
  const body = CASE_ACTION_BODIES[action];
  app.post(
    `/cases/:id/actions/${action}`,
    { schema: { tags, summary: actionDefinition(action).label, params: Id, body, response: { 200: CaseDetailDto, ...errors } } },
    async (req) => {
      const actor = requirePermission(req, 'case:read');
      await performCaseAction(deps, actor, req.params.id, action, req.body as z.infer<(typeof CASE_ACTION_BODIES)[A]>, req.ip);
      return caseDetail(deps, actor, req.params.id);
    },
  );
}
