import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppointAdminRequest,
  AssignRolesRequest,
  CreateUserRequest,
  CreateUserResponse,
  ErrorBody,
  ResetPasswordResponse,
  RevealResponse,
  UpdateUserRequest,
  UserDto,
  UserList,
  VersionBody,
} from '@quanze/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { requireActor, requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/errors.ts';
import { createUser } from './commands/create-user.ts';
import { appointAdmin, assignRoles, resetPassword, setUserStatus, unlockUser, updateUser } from './commands/manage-user.ts';
import { revealPersonalData } from './commands/reveal-personal-data.ts';
import { canSeeUser } from './users.policy.ts';
import { presentUser } from './users.presenter.ts';
import { getUserWithDept, listUsers, vacantAdminRoles } from './users.repository.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['identity'];
const IdParams = z.object({ id: z.uuid('用户不存在') });

export function userRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const vacancies = (actor: Actor) => (actor.permissions.has('user:manage') ? vacantAdminRoles(deps.db, actor.bureauId) : Promise.resolve([]));
    const detail = async (req: Parameters<typeof requireActor>[0], id: string) => {
      const actor = requireActor(req);
      const u = await getUserWithDept(deps.db, id);
      if (!u || !canSeeUser(actor, u)) throw notFound('用户');
      return presentUser(actor, u, deps.cipher, deps.clock.now(), await vacancies(actor));
    };

    app.get(
      '/users',
      {
        schema: {
          tags,
          summary: '用户列表',
          querystring: z.object({
            q: z.string().trim().max(64).optional(),
            departmentId: z.uuid().optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
          }),
          response: { 200: UserList, ...errors },
        },
      },
      async (req) => {
        const actor = requirePermission(req, 'user:read');
        // Department scope narrows the list to the actor's own department; self scope to the actor alone.
        const departmentId = actor.scope === 'department' ? (actor.departmentId ?? '00000000-0000-0000-0000-000000000000') : req.query.departmentId;
        const res = await listUsers(deps.db, {
          bureauId: actor.bureauId,
          departmentId,
          onlyUserId: actor.scope === 'self' ? actor.userId : undefined,
          q: req.query.q,
          page: req.query.page,
          pageSize: req.query.pageSize,
        });
        const now = deps.clock.now();
        const vacant = await vacancies(actor);
        return { items: res.items.map((u) => presentUser(actor, u, deps.cipher, now, vacant)), total: res.total };
      },
    );

    app.post('/users', { schema: { tags, summary: '新建用户', body: CreateUserRequest, response: { 201: CreateUserResponse, ...errors } } }, async (req, reply) => {
      const actor = requirePermission(req, 'user:manage');
      const { id, initialPassword } = await createUser(deps, actor, req.body, req.ip);
      return reply.status(201).send({ user: await detail(req, id), initialPassword });
    });

    app.get('/users/:id', { schema: { tags, summary: '用户详情', params: IdParams, response: { 200: UserDto, ...errors } } }, async (req) => detail(req, req.params.id));

    app.patch('/users/:id', { schema: { tags, summary: '修改用户', params: IdParams, body: UpdateUserRequest, response: { 200: UserDto, ...errors } } }, async (req) => {
      await updateUser(deps, requireActor(req), req.params.id, req.body, req.ip);
      return detail(req, req.params.id);
    });

    for (const [path, status] of [
      ['disable', 'disabled'],
      ['enable', 'active'],
    ] as const) {
      app.post(`/users/:id/${path}`, { schema: { tags, summary: status === 'disabled' ? '停用用户' : '启用用户', params: IdParams, body: VersionBody, response: { 200: UserDto, ...errors } } }, async (req) => {
        await setUserStatus(deps, requireActor(req), req.params.id, status, req.body.version, req.ip);
        return detail(req, req.params.id);
      });
    }

    app.post('/users/:id/reset-password', { schema: { tags, summary: '重置密码', params: IdParams, body: VersionBody, response: { 200: ResetPasswordResponse, ...errors } } }, async (req) =>
      resetPassword(deps, requireActor(req), req.params.id, req.body.version, req.ip),
    );

    app.put('/users/:id/roles', { schema: { tags, summary: '分配角色', params: IdParams, body: AssignRolesRequest, response: { 200: UserDto, ...errors } } }, async (req) => {
      await assignRoles(deps, requireActor(req), req.params.id, req.body.roles, req.body.version, req.ip);
      return detail(req, req.params.id);
    });

    app.post(
      '/users/:id/appoint-admin',
      { schema: { tags, summary: '首次任命安全/审计管理员（仅在该岗位空缺时）', params: IdParams, body: AppointAdminRequest, response: { 200: UserDto, ...errors } } },
      async (req) => {
        await appointAdmin(deps, requireActor(req), req.params.id, req.body.role, req.body.version, req.ip);
        return detail(req, req.params.id);
      },
    );

    app.post('/users/:id/unlock', { schema: { tags, summary: '解锁账号', params: IdParams, body: VersionBody, response: { 200: UserDto, ...errors } } }, async (req) => {
      await unlockUser(deps, requireActor(req), req.params.id, req.body.version, req.ip);
      return detail(req, req.params.id);
    });

    app.post('/users/:id/reveal', { schema: { tags, summary: '查看完整个人信息（留痕）', params: IdParams, response: { 200: RevealResponse, ...errors } } }, async (req) =>
      revealPersonalData(deps, requireActor(req), req.params.id, req.ip),
    );
  };
}
