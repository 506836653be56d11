/** The case console's reads around the detail: 操作记录 and the audited reveal of the party's ID number. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CaseHistoryResponse, CasePeopleResponse, ErrorBody, RevealPartyIdRequest, RevealPartyIdResponse } from '@quanze/contracts';
import { requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { caseHistory } from './case-history.ts';
import { casePeople } from './case-people.ts';
import { revealPartyIdNumber } from './party-reveal.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['cases'];
const Id = z.object({ id: z.uuid('案件不存在') });

export function caseConsoleRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/cases/:id/history',
      { schema: { tags, summary: '案件操作记录（办案环节与审计记录）', params: Id, response: { 200: CaseHistoryResponse, ...errors } } },
      async (req) => caseHistory(deps, requirePermission(req, 'case:read'), req.params.id),
    );
    app.get(
      '/cases/:id/people',
      { schema: { tags, summary: '案件操作可选人员（负责人、听证主持人、法制审核人员）', params: Id, response: { 200: CasePeopleResponse, ...errors } } },
      async (req) => casePeople(deps, requirePermission(req, 'case:read'), req.params.id),
    );
    app.post(
      '/cases/:id/party/reveal',
      {
        schema: {
          tags,
          summary: '查看当事人完整证件号码（留痕）',
          params: Id,
          body: RevealPartyIdRequest,
          response: { 200: RevealPartyIdResponse, ...errors },
        },
      },
      async (req) => revealPartyIdNumber(deps, requirePermission(req, 'case:read'), req.params.id, req.body.reason, req.ip),
    );
  };
}
