import type { FastifyInstance } from 'fastify';
import { checkCsrf } from '../../platform/http/csrf.ts';
import type { ChangeFeed } from '../../platform/change-feed.ts';
import type { Deps } from '../../platform/deps.ts';
import { createSessionLookupCache, loadActor, sessionTokenOf } from './session.ts';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Loads the actor from the session cookie for every /api request, then applies the CSRF rule. The lookup is cached
 * while `changes` is healthy (session-cache.ts); every write request drops the cache before its answer leaves, so a
 * logout, a role change or a disabled account made through this node is never served from memory afterwards.
 */
export function registerSessionHook(app: FastifyInstance, deps: Deps, changes: ChangeFeed): void {
  const cache = createSessionLookupCache(changes);
  app.addHook('onSend', async (req) => {
    if (!READS.has(req.method)) cache.clear();
  });
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
      const a = await loadActor(deps, token, cache);
      if (a === 'expired') req.sessionProblem = 'expired';
      else req.actor = a;
    }
    checkCsrf(req, req.actor?.csrfToken ?? null);
  });
}

export function isPortalUrl(url: string): boolean {
  return url.startsWith('/api/public/') || url.startsWith('/api/portal/');
}
