import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, PolicyDto } from '@quanze/contracts';
import { PASSWORD_BASIS } from '@quanze/domain';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import { auditContextOf } from '../../platform/auth/actor.ts';
import { requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { versionConflict } from '../../platform/errors.ts';
import { securityPolicies } from './identity.table.ts';
import { loadPolicy } from './security-policy.ts';
import { sql } from 'drizzle-orm';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody };

export function policyRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/security/policy', { schema: { tags: ['identity'], summary: '安全策略', response: { 200: PolicyDto, ...errors } } }, async (req) => {
      const actor = requirePermission(req, 'policy:manage');
      const { policy, version } = await loadPolicy(deps.db, actor.bureauId);
      return { ...policy, version };
    });

    app.put('/security/policy', { schema: { tags: ['identity'], summary: '修改安全策略', body: PolicyDto, response: { 200: PolicyDto, ...errors } } }, async (req) => {
      const actor = requirePermission(req, 'policy:manage');
      const { version, ...next } = req.body;
      return deps.db.transaction(async (tx) => {
        const now = deps.clock.now();
        await tx.execute(sql`select 1 from security_policies where bureau_id = ${actor.bureauId} for update`);
        const current = await loadPolicy(tx, actor.bureauId);
        if (current.version !== version) throw versionConflict();
        await tx
          .insert(securityPolicies)
          .values({ bureauId: actor.bureauId, policy: { ...next }, version: version + 1, updatedAt: now })
          .onConflictDoUpdate({ target: securityPolicies.bureauId, set: { policy: { ...next }, version: version + 1, updatedAt: now } });
        await appendAudit(tx, auditContextOf(actor, req.ip), now, {
          action: 'policy.update',
          objectType: 'security_policy',
          objectId: actor.bureauId,
          summary: { before: current.policy as unknown as Record<string, unknown>, after: next },
          basis: PASSWORD_BASIS,
        });
        return { ...next, version: version + 1 };
      });
    });
  };
}
