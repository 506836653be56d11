/**
 * CSRF (ASVS 3.5.1–3.5.3): a state-changing request must come from our own origin (Origin / Sec-Fetch-Site), be
 * JSON (a cross-site form cannot send that without a CORS preflight we never grant), and — once logged in — carry
 * the session's token in `x-csrf-token`. GET and HEAD never change state.
 */
import type { FastifyRequest } from 'fastify';
import { safeEqual } from '../crypto.ts';
import { AppError } from '../errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameOrigin(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return false;
  const origin = req.headers.origin;
  if (!origin) return true; // non-browser clients (curl, tests) send none; the token check still applies
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export function checkCsrf(req: FastifyRequest, sessionCsrfToken: string | null): void {
  if (SAFE.has(req.method)) return;
  const rejected = () => new AppError('CSRF_REJECTED', '请求来源校验失败，请刷新页面后重试');
  if (!sameOrigin(req)) throw rejected();
  const type = req.headers['content-type'] ?? '';
  const hasBody = req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0';
  if (hasBody && !type.startsWith('application/json') && !type.startsWith('multipart/form-data')) throw rejected();
  if (sessionCsrfToken !== null) {
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, sessionCsrfToken)) throw rejected();
  }
}
