/** 岗位 (A/B) and the leadership group of the responsibility system (领导小组): dated, closed or ended — never deleted. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AddLeadershipMemberRequest, ClosePostRequest, CreatePostRequest, EndLeadershipMemberRequest, ErrorBody, LeadershipMemberDto, PostDto } from '@quanze/contracts';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import { auditContextOf } from '../../platform/auth/actor.ts';
import { requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound, versionConflict } from '../../platform/errors.ts';
import { departments, leadershipGroupMembers, posts } from './org.table.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['org'];

export function postRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const listPosts = async (bureauId: string, departmentId?: string) => {
      // officers live in another module's table; count through SQL by name to keep this module's imports clean
      const rows = await deps.db
        .select({ p: posts, departmentName: departments.name, officerCount: sql<number>`(select count(*)::int from officers o where o.post_id = ${posts.id} and o.status = 'active')` })
        .from(posts)
        .innerJoin(departments, eq(departments.id, posts.departmentId))
        .where(and(eq(posts.bureauId, bureauId), ...(departmentId ? [eq(posts.departmentId, departmentId)] : [])))
        .orderBy(asc(departments.sortOrder), asc(posts.role), asc(posts.name));
      return rows.map((r) => ({ ...r.p, duties: r.p.duties, departmentName: r.departmentName, officerCount: r.officerCount }));
    };
    const present = (p: Awaited<ReturnType<typeof listPosts>>[number]) => ({
      id: p.id,
      departmentId: p.departmentId,
      departmentName: p.departmentName,
      name: p.name,
      role: p.role,
      duties: p.duties,
      status: p.status,
      officerCount: p.officerCount,
      version: p.version,
    });

    app.get('/posts', { schema: { tags, summary: '岗位列表', querystring: z.object({ departmentId: z.uuid().optional() }), response: { 200: z.object({ items: z.array(PostDto) }), ...errors } } }, async (req) => {
      const actor = requirePermission(req, 'officer:read');
      return { items: (await listPosts(actor.bureauId, req.query.departmentId)).map(present) };
    });

    app.post('/posts', { schema: { tags, summary: '新建岗位', body: CreatePostRequest, response: { 201: PostDto, ...errors } } }, async (req, reply) => {
      const actor = requirePermission(req, 'org:manage');
      const id = await deps.db.transaction(async (tx) => {
        const now = deps.clock.now();
        const [d] = await tx.select().from(departments).where(eq(departments.id, req.body.departmentId));
        if (!d || d.bureauId !== actor.bureauId || d.status !== 'active') throw new AppError('VALIDATION_FAILED', '科室不存在', { fieldErrors: { departmentId: ['科室不存在'] } });
        const [p] = await tx.insert(posts).values({ ...req.body, duties: req.body.duties ?? null, bureauId: actor.bureauId, createdAt: now, updatedAt: now }).returning({ id: posts.id });
        await appendAudit(tx, auditContextOf(actor, req.ip), now, { action: 'post.create', objectType: 'post', objectId: p!.id, summary: { name: req.body.name, role: req.body.role, departmentId: d.id } });
        return p!.id;
      });
      const p = (await listPosts(actor.bureauId)).find((x) => x.id === id)!;
      return reply.status(201).send(present(p));
    });

    app.post('/posts/:id/close', { schema: { tags, summary: '撤销岗位', params: z.object({ id: z.uuid() }), body: ClosePostRequest, response: { 200: PostDto, ...errors } } }, async (req) => {
      const actor = requirePermission(req, 'org:manage');
      await deps.db.transaction(async (tx) => {
        const now = deps.clock.now();
        const [p] = await tx.select().from(posts).where(eq(posts.id, req.params.id)).for('update');
        if (!p || p.bureauId !== actor.bureauId) throw notFound('岗位');
        if (p.version !== req.body.version) throw versionConflict();
        if (p.status === 'closed') throw new AppError('CONFLICT', '该岗位已撤销');
        const [n] = await tx.select({ n: count() }).from(sql`officers`).where(sql`post_id = ${p.id} and status = 'active'`);
        if ((n?.n ?? 0) > 0) throw new AppError('CONFLICT', `该岗位仍有 ${n!.n} 名在岗执法人员，请先调整其岗位`);
        await tx.update(posts).set({ status: 'closed', closedReason: req.body.reason, version: p.version + 1, updatedAt: now }).where(eq(posts.id, p.id));
        await appendAudit(tx, auditContextOf(actor, req.ip), now, { action: 'post.close', objectType: 'post', objectId: p.id, summary: { name: p.name, reason: req.body.reason } });
      });
      return present((await listPosts(actor.bureauId)).find((x) => x.id === req.params.id)!);
    });

    const presentMember = (m: typeof leadershipGroupMembers.$inferSelect) => ({
      id: m.id,
      name: m.name,
      title: m.title,
      userId: m.userId,
      position: m.position,
      duties: m.duties,
      from: m.fromDate,
      to: m.toDate,
      endReason: m.endReason,
    });

    app.get('/leadership-group', { schema: { tags, summary: '行政执法责任制领导小组', response: { 200: z.object({ items: z.array(LeadershipMemberDto) }), ...errors } } }, async (req) => {
      const actor = requirePermission(req, 'officer:read');
      const rows = await deps.db.select().from(leadershipGroupMembers).where(eq(leadershipGroupMembers.bureauId, actor.bureauId)).orderBy(asc(leadershipGroupMembers.position), asc(leadershipGroupMembers.fromDate));
      return { items: rows.map(presentMember) };
    });

    app.post('/leadership-group', { schema: { tags, summary: '增加领导小组成员', body: AddLeadershipMemberRequest, response: { 201: LeadershipMemberDto, ...errors } } }, async (req, reply) => {
      const actor = requirePermission(req, 'org:manage');
      const m = await deps.db.transaction(async (tx) => {
        const now = deps.clock.now();
        if (req.body.position === 'leader') {
          // One 组长 at a time (the bureau head); the previous one must be ended first.
          const [cur] = await tx.select().from(leadershipGroupMembers).where(and(eq(leadershipGroupMembers.bureauId, actor.bureauId), eq(leadershipGroupMembers.position, 'leader'), sql`to_date is null`));
          if (cur) throw new AppError('CONFLICT', `领导小组已有组长（${cur.name}），请先办理其离任`);
        }
        const [row] = await tx
          .insert(leadershipGroupMembers)
          .values({ bureauId: actor.bureauId, name: req.body.name, title: req.body.title ?? null, userId: req.body.userId ?? null, position: req.body.position, duties: req.body.duties ?? null, fromDate: req.body.from, createdAt: now })
          .returning();
        await appendAudit(tx, auditContextOf(actor, req.ip), now, { action: 'leadership.add', objectType: 'leadership_member', objectId: row!.id, summary: { name: row!.name, position: row!.position, from: row!.fromDate } });
        return row!;
      });
      return reply.status(201).send(presentMember(m));
    });

    app.post('/leadership-group/:id/end', { schema: { tags, summary: '领导小组成员离任', params: z.object({ id: z.uuid() }), body: EndLeadershipMemberRequest, response: { 200: LeadershipMemberDto, ...errors } } }, async (req) => {
      const actor = requirePermission(req, 'org:manage');
      return deps.db.transaction(async (tx) => {
        const now = deps.clock.now();
        const [m] = await tx.select().from(leadershipGroupMembers).where(eq(leadershipGroupMembers.id, req.params.id)).for('update');
        if (!m || m.bureauId !== actor.bureauId) throw notFound('领导小组成员');
        if (m.toDate) throw new AppError('CONFLICT', '该成员已离任');
        if (req.body.to < m.fromDate) throw new AppError('VALIDATION_FAILED', '离任日期不能早于任职日期', { fieldErrors: { to: ['离任日期不能早于任职日期'] } });
        const [row] = await tx.update(leadershipGroupMembers).set({ toDate: req.body.to, endReason: req.body.reason }).where(eq(leadershipGroupMembers.id, m.id)).returning();
        await appendAudit(tx, auditContextOf(actor, req.ip), now, { action: 'leadership.end', objectType: 'leadership_member', objectId: m.id, summary: { name: m.name, to: req.body.to, reason: req.body.reason } });
        return presentMember(row!);
      });
    });
  };
}
