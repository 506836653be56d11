import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, SaveSubjectRequest, SubjectDto, SubjectList, SubjectTransitionRequest, UpdateSubjectRequest } from '@quanze/contracts';
import { toLocalDate } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import { requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/errors.ts';
import { decideSubjectStatus, registerSubject, updateSubject } from './subjects.commands.ts';
import { presentSubject } from './subjects.presenter.ts';
import { getSubject, historyOf, listSubjects, namesOf } from './subjects.repository.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['subjects'];
const Id = z.object({ id: z.uuid('执法主体不存在') });

export function subjectRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const detail = async (actor: Actor, id: string) => {
      const s = await getSubject(deps.db, id);
      if (!s || s.bureauId !== actor.bureauId) throw notFound('执法主体');
      const [names, history] = await Promise.all([namesOf(deps.db, [s.entrustingSubjectId]), historyOf(deps.db, [s.id])]);
      return presentSubject(actor, s, names, history, toLocalDate(deps.clock.now()));
    };

    app.get(
      '/subjects',
      {
        schema: {
          tags,
          summary: '执法主体列表',
          querystring: z.object({
            status: z.enum(['confirmed', 'suspended', 'revoked', 'unconfirmed']).optional(),
            kind: z.enum(['statutory', 'authorized', 'entrusted']).optional(),
            q: z.string().trim().max(64).optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: SubjectList, ...errors },
        },
      },
      async (req) => {
        const actor = requirePermission(req, 'subject:read');
        const { rows, total } = await listSubjects(deps.db, { ...req.query, bureauId: actor.bureauId });
        const [names, history] = await Promise.all([namesOf(deps.db, rows.map((r) => r.entrustingSubjectId)), historyOf(deps.db, rows.map((r) => r.id))]);
        const today = toLocalDate(deps.clock.now());
        return { items: rows.map((s) => presentSubject(actor, s, names, history, today)), total };
      },
    );
    app.post('/subjects', { schema: { tags, summary: '登记执法主体', body: SaveSubjectRequest, response: { 201: SubjectDto, ...errors } } }, async (req, reply) => {
      const actor = requirePermission(req, 'subject:read');
      const id = await registerSubject(deps, actor, req.body, req.ip);
      return reply.status(201).send(await detail(actor, id));
    });
    app.get('/subjects/:id', { schema: { tags, summary: '执法主体详情', params: Id, response: { 200: SubjectDto, ...errors } } }, async (req) => detail(requirePermission(req, 'subject:read'), req.params.id));
    app.patch('/subjects/:id', { schema: { tags, summary: '修改执法主体', params: Id, body: UpdateSubjectRequest, response: { 200: SubjectDto, ...errors } } }, async (req) => {
      const actor = requirePermission(req, 'subject:read');
      await updateSubject(deps, actor, req.params.id, req.body, req.ip);
      return detail(actor, req.params.id);
    });
    app.post('/subjects/:id/transition', { schema: { tags, summary: '确认/暂停/恢复/撤销执法主体资格', params: Id, body: SubjectTransitionRequest, response: { 200: SubjectDto, ...errors } } }, async (req) => {
      const actor = requirePermission(req, 'subject:read');
      await decideSubjectStatus(deps, actor, req.params.id, req.body, req.ip);
      return detail(actor, req.params.id);
    });
  };
}
