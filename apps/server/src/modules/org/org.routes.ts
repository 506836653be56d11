import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { CreateDepartmentRequest, DepartmentDto, ErrorBody } from '@quanze/contracts';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import { auditContextOf } from '../../platform/auth/actor.ts';
import { requireActor, requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { bureaus, departments } from './org.table.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody };
type DepartmentRow = typeof departments.$inferSelect;
const present = (d: DepartmentRow) => ({ id: d.id, name: d.name, code: d.code, parentId: d.parentId, duties: d.duties, status: d.status, version: d.version });

export function orgRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    // The portal shows whose site it is; a deployment serves one bureau's portal (the first one).
    app.get('/public/bureau', { schema: { tags: ['org'], summary: '门户：本局名称', response: { 200: z.object({ name: z.string() }), 404: ErrorBody } } }, async () => {
      const [b] = await deps.db.select({ name: bureaus.name }).from(bureaus).orderBy(asc(bureaus.createdAt)).limit(1);
      if (!b) throw new AppError('NOT_FOUND', '尚未初始化');
      return b;
    });

    app.get('/departments', { schema: { tags: ['org'], summary: '科室列表', response: { 200: z.object({ items: z.array(DepartmentDto) }), ...errors } } }, async (req) => {
      const actor = requireActor(req);
      const rows = await deps.db.select().from(departments).where(eq(departments.bureauId, actor.bureauId)).orderBy(asc(departments.sortOrder), asc(departments.name));
      return { items: rows.map(present) };
    });

    app.post('/departments', { schema: { tags: ['org'], summary: '新建科室', body: CreateDepartmentRequest, response: { 201: DepartmentDto, ...errors } } }, async (req, reply) => {
      const actor = requirePermission(req, 'department:manage');
      const row = await deps.db.transaction(async (tx) => {
        const now = deps.clock.now();
        const [dup] = await tx.select().from(departments).where(and(eq(departments.bureauId, actor.bureauId), eq(departments.name, req.body.name), eq(departments.status, 'active')));
        if (dup) throw new AppError('DUPLICATE', `科室“${req.body.name}”已存在`, { fieldErrors: { name: ['科室名称已存在'] } });
        if (req.body.parentId) {
          const [p] = await tx.select().from(departments).where(eq(departments.id, req.body.parentId));
          if (!p || p.bureauId !== actor.bureauId) throw new AppError('VALIDATION_FAILED', '上级科室不存在', { fieldErrors: { parentId: ['上级科室不存在'] } });
        }
        const [d] = await tx
          .insert(departments)
          .values({ bureauId: actor.bureauId, name: req.body.name, code: req.body.code ?? null, parentId: req.body.parentId ?? null, duties: req.body.duties ?? null, createdAt: now, updatedAt: now })
          .returning();
        await appendAudit(tx, auditContextOf(actor, req.ip), now, { action: 'department.create', objectType: 'department', objectId: d!.id, summary: { after: { name: d!.name } } });
        return d!;
      });
      return reply.status(201).send(present(row));
    });
  };
}
