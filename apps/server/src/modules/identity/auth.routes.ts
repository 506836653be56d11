import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChangePasswordRequest, ErrorBody, LoginRequest, Me, TotpEnableRequest, TotpEnableResponse, TotpSetupResponse } from '@quanze/contracts';
import { requireActor } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { changePassword } from './commands/change-password.ts';
import { login } from './commands/login.ts';
import { logout } from './commands/logout.ts';
import { enableTotp, startTotpSetup } from './commands/set-up-totp.ts';
import { presentMe } from './me.presenter.ts';
import { clearSessionCookie, loadActor, setSessionCookie } from './session.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody, 423: ErrorBody, 429: ErrorBody };
const tags = ['identity'];

export function authRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const meFor = async (token: string) => {
      const actor = await loadActor(deps, token);
      if (actor === 'expired') throw new Error('session just created is not loadable');
      return presentMe(deps.db, actor);
    };

    app.post(
      '/auth/login',
      {
        schema: { tags, summary: '登录', body: LoginRequest, response: { 200: Me, ...errors } },
        config: { rateLimit: { max: deps.config.loginRatePerMinute, timeWindow: '1 minute' } },
      },
      async (req, reply) => {
        const { token } = await login(deps, { ...req.body, ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
        setSessionCookie(req, reply, deps, token);
        return meFor(token);
      },
    );

    app.post('/auth/logout', { schema: { tags, summary: '退出登录', response: { 204: z.null(), ...errors } } }, async (req, reply) => {
      const actor = requireActor(req, { allowPendingPasswordChange: true, allowPendingSecondFactor: true });
      await logout(deps, actor, req.ip);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    });

    app.get('/auth/me', { schema: { tags, summary: '当前用户', response: { 200: Me, ...errors } } }, async (req) => {
      const actor = requireActor(req, { allowPendingPasswordChange: true, allowPendingSecondFactor: true });
      return presentMe(deps.db, actor);
    });

    app.post('/auth/password', { schema: { tags, summary: '修改本人密码', body: ChangePasswordRequest, response: { 200: Me, ...errors } } }, async (req, reply) => {
      const actor = requireActor(req, { allowPendingPasswordChange: true, allowPendingSecondFactor: true });
      const { token } = await changePassword(deps, actor, req.body, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
      setSessionCookie(req, reply, deps, token);
      return meFor(token);
    });

    app.post('/auth/totp/setup', { schema: { tags, summary: '开始绑定动态口令', response: { 200: TotpSetupResponse, ...errors } } }, async (req) => {
      const actor = requireActor(req, { allowPendingSecondFactor: true });
      return startTotpSetup(deps, actor, req.ip);
    });

    app.post('/auth/totp/enable', { schema: { tags, summary: '启用动态口令', body: TotpEnableRequest, response: { 200: TotpEnableResponse, ...errors } } }, async (req) => {
      const actor = requireActor(req, { allowPendingSecondFactor: true });
      return enableTotp(deps, actor, req.body.code, req.ip);
    });
  };
}
