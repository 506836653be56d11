/**
 * Helpers for the complaints tests: the bureau and its sessions, the clock moved with fresh logins, a multipart form
 * with fields and files, a portal submission, console actions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { users } from '../src/modules/identity/index.ts';
import { makeCaseWorld, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

export interface ComplaintsWorld {
  ctx: TestContext;
  b: TestBureau;
  w: CaseWorld;
}

/** A test database with one bureau, its sessions and two officers linked to officerA / officerA2 (makeCaseWorld). */
export async function makeComplaintsWorld(): Promise<ComplaintsWorld> {
  const ctx = await createTestContext();
  const b = await makeBureau(ctx);
  return { ctx, b, w: await makeCaseWorld(ctx, b) };
}

/**
 * Moves the clock (months at a time) and logs these users in again, as their sessions would have timed out. The
 * accounts are taken to have renewed their passwords meanwhile.
 */
export async function moveClockTo(
  { ctx, b, w }: ComplaintsWorld,
  date: string,
  keys: readonly (keyof CaseWorld['s'])[],
): Promise<void> {
  ctx.clock.set(new Date(`${date}T02:00:00Z`));
  await ctx.db.update(users).set({ passwordChangedAt: ctx.clock.now() }).where(eq(users.bureauId, b.id));
  for (const k of keys) w.s[k] = await login(ctx, b.users[k]!);
}

export interface FormFile {
  buf: Buffer;
  fileName: string;
  contentType?: string;
  field?: string;
}

export function multipartForm(
  fields: Record<string, string>,
  files: FormFile[] = [],
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----quanze${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'attachments'}"; filename="${f.fileName}"\r\nContent-Type: ${f.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      f.buf,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

let ipCounter = 1;
/** A fresh client address per submission unless given, so the per-IP limit does not mix into other tests. */
export const freshIp = () => `10.9.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

export function complaintFields(bureauId: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    bureauId,
    kind: 'complaint',
    category: 'claim',
    contactName: '王小明',
    contactPhone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    subject: '某律师事务所收费不规范',
    text: '本人委托某律师事务所代理民事案件，该所未出具收费票据，且收费明显高于约定，请求依法查处。',
    about: '律师工作科',
    ...overrides,
  };
}

export async function submit(ctx: TestContext, fields: Record<string, string>, files: FormFile[] = [], ip = freshIp()) {
  const form = multipartForm(fields, files);
  return ctx.app.inject({ method: 'POST', url: '/api/public/complaints', remoteAddress: ip, ...form });
}

export async function submitOk(ctx: TestContext, fields: Record<string, string>, files: FormFile[] = []) {
  const r = await submit(ctx, fields, files);
  expect(r.statusCode, r.body).toBe(201);
  return r.json<{ trackingCode: string; referenceNumber: string; receivedOn: string; noticeDueOn: string | null }>();
}

export async function track(ctx: TestContext, code: string, ip = freshIp()) {
  return ctx.app.inject({ method: 'POST', url: '/api/public/complaints/track', remoteAddress: ip, payload: { code } });
}

/** The complaint id behind a reference number, as the console list shows it. */
export async function idOf(as: Session, referenceNumber: string): Promise<string> {
  const r = await as.request({ method: 'GET', url: `/api/complaints?q=${encodeURIComponent(referenceNumber)}` });
  expect(r.statusCode, r.body).toBe(200);
  const item = (r.json().items as { id: string; referenceNumber: string }[]).find((i) => i.referenceNumber === referenceNumber);
  expect(item, `complaint ${referenceNumber} in list`).toBeTruthy();
  return item!.id;
}

export async function detailOf(as: Session, id: string) {
  const r = await as.request({ method: 'GET', url: `/api/complaints/${id}` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

/** POST an action with the complaint's current version (as the form would). */
export async function act(as: Session, id: string, action: string, body: Record<string, unknown> = {}) {
  const cur = await as.request({ method: 'GET', url: `/api/complaints/${id}` });
  const version = cur.statusCode === 200 ? (cur.json().version as number) : 1;
  return as.request({ method: 'POST', url: `/api/complaints/${id}/actions/${action}`, payload: { version, ...body } });
}

export async function ok(as: Session, id: string, action: string, body: Record<string, unknown> = {}) {
  const r = await act(as, id, action, body);
  expect(r.statusCode, `${action}: ${r.body}`).toBe(200);
  return r.json();
}

/** Files in the store (content-addressed, nested two levels). */
export function storedFileCount(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else n++;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return n;
}

export const minimalPdf = (body = 'BT /F1 12 Tf 72 712 Td (Hello) Tj ET'): Buffer =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n4 0 obj<</Length ${body.length}>>stream\n${body}\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );
