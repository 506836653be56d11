/**
 * Serves the built web app (apps/web/dist): the SPA shell for every non-API path, the hashed assets compressed and
 * cached for a year.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

// Vite names every file under /assets by its content hash: a changed file gets a new name, so the old one may be
// cached forever. Everything else (index.html, favicon…) must be revalidated so a new build shows at once.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

function isHashedAsset(filePath: string, root: string): boolean {
  return path.relative(root, filePath).split(path.sep)[0] === 'assets';
}

function sendShell(reply: FastifyReply) {
  return reply.header('cache-control', REVALIDATE).sendFile('index.html', { cacheControl: false });
}

/** Returns whether a web build was found (without one, non-API paths answer the JSON 404). */
export async function registerWebStatic(app: FastifyInstance, webDist: string): Promise<boolean> {
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
      wildcard: true,
      index: false,
      // NAME.br / NAME.gz written at build time (apps/web/build/precompress.ts) go to browsers that accept them;
      // the library falls back to the plain file and adds Vary: Accept-Encoding.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        reply.header('cache-control', isHashedAsset(filePath, webDist) ? IMMUTABLE : REVALIDATE);
      },
    });
    app.get('/', { schema: { hide: true } }, (_req, reply) => sendShell(reply));
  }
  app.setNotFoundHandler((req, reply) => {
    // The SPA owns every non-API path (/login, /portal, /users …): answer with index.html, not a 404 — except a
    // missing hashed asset (an old build's chunk), which must fail as such rather than come back as HTML.
    const spaPath = !req.url.startsWith('/api/') && !req.url.startsWith('/assets/');
    if (hasWeb && spaPath && (req.method === 'GET' || req.method === 'HEAD')) return sendShell(reply);
    return reply.status(404).send({ code: 'NOT_FOUND', message: '请求的地址不存在' });
  });
  return hasWeb;
}
