/**
 * The supervisors' own portal API (/api/portal/supervisor/*): login with the portal account, their observations,
 * a new observation. Authenticated only by the supervisor session cookie (requireSupervisor); the console session
 * and its permissions play no part here.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ErrorBody,
  MyObservationDto,
  MyObservationsDto,
  SubmitObservationRequest,
  SupervisorChangePasswordRequest,
  SupervisorLoginRequest,
  SupervisorMeDto,
} from '@quanze/contracts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/errors.ts';
import { submitObservation } from './commands/observations.ts';
import { supervisorChangePassword, supervisorLogin, supervisorLogout } from './commands/supervisor-auth.ts';
import { myObservations } from './supervision.queries.ts';
import { clearSupervisorCookie, loadSupervisor, requireSupervisor, setSupervisorCookie, type SupervisorActor } from './supervisor-session.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody, 423: ErrorBody, 429: ErrorBody };
const tags = ['supervision-portal'];
const BASE = '/portal/supervisor';

const presentMe = (me: SupervisorActor): SupervisorMeDto => ({
  name: me.name,
  loginName: me.loginName,
  bureauName: me.bureauName,
  documentNumber: me.appointment.documentNumber,
  termStart: me.appointment.termStart,
  termEnd: me.appointment.termEnd,
  mustChangePassword: me.mustChangePassword,
  csrfToken: me.csrfToken,
});

export function supervisorPortalRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const meFor = async (token: string) => {
      const me = await loadSupervisor(deps, token);
      if (me === 'expired') throw new Error('supervisor session just created is not loadable');
      return presentMe(me);
    };
    const meta = (req: { ip: string; headers: Record<string, unknown> }) => ({
      ip: req.ip,
      userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : null,
    });

    app.post(
      `${BASE}/login`,
      {
        schema: { tags, summary: '社会监督员登录', body: SupervisorLoginRequest, response: { 200: SupervisorMeDto, ...errors } },
        config: { rateLimit: { max: deps.config.loginRatePerMinute, timeWindow: '1 minute' } },
      },
      async (req, reply) => {
        const { token } = await supervisorLogin(deps, { ...req.body, ...meta(req) });
        setSupervisorCookie(req, reply, deps, token);
        return meFor(token);
      },
    );
    app.post(`${BASE}/logout`, { schema: { tags, summary: '社会监督员退出登录', response: { 204: z.null(), ...errors } } }, async (req, reply) => {
      const me = await requireSupervisor(deps, req, { allowPendingPasswordChange: true });
      await supervisorLogout(deps, me, req.ip);
      clearSupervisorCookie(reply);
      return reply.status(204).send(null);
    });
    app.get(`${BASE}/me`, { schema: { tags, summary: '当前社会监督员', response: { 200: SupervisorMeDto, ...errors } } }, async (req) =>
      presentMe(await requireSupervisor(deps, req, { allowPendingPasswordChange: true })),
    );
    app.post(
      `${BASE}/password`,
      { schema: { tags, summary: '社会监督员修改密码', body: SupervisorChangePasswordRequest, response: { 200: SupervisorMeDto, ...errors } } },
      async (req, reply) => {
        const me = await requireSupervisor(deps, req, { allowPendingPasswordChange: true });
        const { token } = await supervisorChangePassword(deps, me, req.body, meta(req));
        setSupervisorCookie(req, reply, deps, token);
        return meFor(token);
      },
    );
    app.get(`${BASE}/observations`, { schema: { tags, summary: '我提交的监督意见及答复', response: { 200: MyObservationsDto, ...errors } } }, async (req) =>
      myObservations(deps, await requireSupervisor(deps, req)),
    );
    app.post(
      `${BASE}/observations`,
      { schema: { tags, summary: '提交监督意见', body: SubmitObservationRequest, response: { 201: MyObservationDto, ...errors } } },
      async (req, reply) => {
        const me = await requireSupervisor(deps, req);
        const id = await submitObservation(deps, me, req.body, req.ip);
        const created = (await myObservations(deps, me)).items.find((o) => o.id === id);
        if (!created) throw notFound('监督意见');
        return reply.status(201).send(created);
      },
    );
  };
}
