import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditList, AuditQuery, AuditVerifyResult, ErrorBody } from '@quanze/contracts';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import { auditContextOf } from '../../platform/auth/actor.ts';
import { requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { searchAudit, verifyChain } from './audit.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };
const PROBLEM_TEXT = {
  hash_mismatch: '该条记录内容与其哈希值不符（记录被修改）',
  link_mismatch: '该条记录与前一条的链接不符（记录被修改、插入或调换顺序）',
  missing_row: '该序号的记录缺失（记录被删除）',
} as const;

export function auditRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/audit', { schema: { tags: ['audit'], summary: '审计日志查询', querystring: AuditQuery, response: { 200: AuditList, ...errors } } }, async (req) => {
      const actor = requirePermission(req, 'audit:read');
      return searchAudit(deps.db, { ...req.query, bureauId: actor.bureauId });
    });

    app.get('/audit/verify', { schema: { tags: ['audit'], summary: '校验审计哈希链', response: { 200: AuditVerifyResult, ...errors } } }, async (req) => {
      const actor = requirePermission(req, 'audit:verify');
      const res = await verifyChain(deps.db);
      const now = deps.clock.now();
      // The check itself is recorded (it is a read, so it never changes business state; the row is the trail).
      await deps.db.transaction((tx) =>
        appendAudit(tx, auditContextOf(actor, req.ip), now, {
          action: 'audit.verify',
          result: res.ok ? 'success' : 'failure',
          summary: { checked: res.checked, firstBroken: res.firstBroken?.seq ?? null },
        }),
      );
      return {
        ok: res.ok,
        checked: res.checked,
        firstBroken: res.firstBroken ? { ...res.firstBroken, message: `第 ${res.firstBroken.seq} 条：${PROBLEM_TEXT[res.firstBroken.problem]}` } : null,
        verifiedAt: now.toISOString(),
      };
    });
  };
}
