/** Console: the bureau's accountability rules — read (all staff), save a new version (公示发布 at bureau scope). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ConsoleAccountabilityRulesDto, ErrorBody, UpdateAccountabilityRulesRequest } from '@quanze/contracts';
import { requireActor, requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { consoleRulesOf, saveRules } from './accountability-rules.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody };
const tags = ['accountability'];

export function accountabilityRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/accountability/rules',
      {
        schema: {
          tags,
          summary: '本局责任追究规定（现行版本、历史版本、本人能否修改）',
          response: { 200: ConsoleAccountabilityRulesDto, ...errors },
        },
      },
      async (req) => consoleRulesOf(deps.db, requirePermission(req, 'business:read')),
    );
    app.put(
      '/accountability/rules',
      {
        schema: {
          tags,
          summary: '保存本局责任追究规定的新版本（公示发布权限、本局层级；留痕）',
          body: UpdateAccountabilityRulesRequest,
          response: { 200: ConsoleAccountabilityRulesDto, ...errors },
        },
      },
      // The permission and scope are checked in saveRules, so a refusal names what is missing.
      async (req) => saveRules(deps, requireActor(req), req.body, req.ip),
    );
  };
}
