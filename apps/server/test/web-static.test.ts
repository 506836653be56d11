import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import { createTestContext, type TestContext } from './support/test-app.ts';

// A web build as apps/web/build/precompress.ts leaves it: hashed assets with .br/.gz next to them.
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'qz-web-static-'));
const js = `export const portal = ${JSON.stringify('执法公示'.repeat(2000))};\n`;
const asset = 'assets/react-Ab12Cd34.js';

let ctx: TestContext;
let app: FastifyInstance;
beforeAll(async () => {
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>权责</title><div id="root"></div>');
  fs.writeFileSync(path.join(dist, asset), js);
  fs.writeFileSync(path.join(dist, `${asset}.br`), zlib.brotliCompressSync(js));
  fs.writeFileSync(path.join(dist, `${asset}.gz`), zlib.gzipSync(js));
  ctx = await createTestContext();
  app = await buildApp({ db: ctx.db, clock: ctx.clock, dataKey: ctx.dataKey, config: loadConfig({ LOG_LEVEL: 'silent', QUANZE_WEB_DIST: dist }) });
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('serving the web build', () => {
  it('sends a hashed asset brotli-compressed to a browser that accepts br, cached for a year', async () => {
    const r = await app.inject({ method: 'GET', url: `/${asset}`, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-type']).toMatch(/javascript/);
    expect(r.headers['vary']).toMatch(/accept-encoding/i);
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.rawPayload.length).toBeLessThan(Buffer.byteLength(js) / 10);
    expect(zlib.brotliDecompressSync(r.rawPayload).toString()).toBe(js);
  });

  it('sends gzip to a browser that accepts only gzip, and the plain file to one that accepts nothing', async () => {
    const gz = await app.inject({ method: 'GET', url: `/${asset}`, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(js);
    const plain = await app.inject({ method: 'GET', url: `/${asset}`, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(js);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('never lets index.html be cached as immutable, at / or at a portal path', async () => {
    for (const url of ['/', '/index.html', '/portal/powers', '/portal/nowhere']) {
      const r = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br' } });
      expect(r.statusCode, url).toBe(200);
      expect(r.body, url).toContain('<div id="root">');
      expect(r.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('answers a missing hashed asset with 404, not with the HTML shell', async () => {
    const r = await app.inject({ method: 'GET', url: '/assets/react-OldHash1.js' });
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).not.toMatch(/html/);
  });
});
