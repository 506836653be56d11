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
    req.actor = null;
    req.sessionProblem = 'none';
    // The public portal and the social supervisors' portal never act as a console user: a staff member's console
    // cookie in the same browser neither authenticates nor blocks them (the supervisor routes check their own
    // session's CSRF token). Same-origin and content-type checks still apply to every write.
    if (isPortalUrl(req.url)) {
      checkCsrf(req, null);
      return;
    }
    const token = sessionTokenOf(req);
    if (token) {
      const a = await loadActor(deps, token);
      if (a === 'expired') req.sessionProblem = 'expired';
      else req.actor = a;
    }
    checkCsrf(req, req.actor?.csrfToken ?? null);
  });
}

export function isPortalUrl(url: string): boolean {
  return url.startsWith('/api/public/') || url.startsWith('/api/portal/');
}
