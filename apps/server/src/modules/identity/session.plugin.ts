import type { FastifyInstance } from 'fastify';
import { checkCsrf } from '../../platform/http/csrf.ts';
import type { Deps } from '../../platform/deps.ts';
import { loadActor, sessionTokenOf } from './session.ts';

/** Loads the actor from the session cookie for every /api request, then applies the CSRF rule. */
export function registerSessionHook(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionProblem', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = sessionTokenOf(req);
    req.actor = null;
    req.sessionProblem = 'none';
    if (token) {
      const a = await loadActor(deps, token);
      if (a === 'expired') req.sessionProblem = 'expired';
      else req.actor = a;
    }
    checkCsrf(req, req.actor?.csrfToken ?? null);
  });
}
