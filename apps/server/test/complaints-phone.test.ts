/**
 * A phone number is accepted however the citizen types it ("139 1234 5678", "139-1234-5678", "+86 …") and counts
 * as one contact for the per-contact limit, because it is normalised before it is checked, sealed and indexed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, makeBureau, type TestBureau, type TestContext } from './support/test-app.ts';
import { complaintFields, submit, submitOk } from './complaints-helpers.ts';

let ctx: TestContext;
let b: TestBureau;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  ctx.clock.set(new Date('2026-09-16T02:00:00Z'));
});

describe('contact phone as typed', () => {
  it('accepts spaces, dashes and +86, and treats them as the same number', async () => {
    for (const typed of ['139 1234 5678', '139-1234-5678', '+86 139 1234 5678']) {
      await submitOk(ctx, complaintFields(b.id, { contactPhone: typed }));
    }
    // The 4th from that number within 24 h is refused: all three spellings were counted as one contact.
    const r = await submit(ctx, complaintFields(b.id, { contactPhone: '13912345678' }));
    expect(r.statusCode).toBe(429);
  });

  it('accepts a landline written with brackets or a dash, still refuses what is no number', async () => {
    await submitOk(ctx, complaintFields(b.id, { contactPhone: '(025) 8888-6666' }));
    await submitOk(ctx, complaintFields(b.id, { contactPhone: '0510-8123 4567' }));
    for (const bad of ['12345', '139 1234 567', '电话 13912345678']) {
      const r = await submit(ctx, complaintFields(b.id, { contactPhone: bad }));
      expect(r.statusCode, bad).toBe(400);
      expect(r.body, bad).toContain('手机号');
    }
  });
});
