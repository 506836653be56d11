/**
 * The auditor's console reads citations as users do (《法》第N条), never the sourcing marks the stored rows may carry
 * ([S] [U], 待核, LAW.md §); the rows themselves stay as written, so the hash chain still verifies.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../src/platform/audit/audit-writer.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let auditor: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  auditor = await login(ctx, b.users['auditor']!);
}, 60_000);

const RAW = /\[[VSU]|待核|LAW\.md|§/;

describe('citations in the audit trail', () => {
  it('are sent cleaned while the stored row keeps its text and the chain verifies', async () => {
    await ctx.db.transaction((tx) =>
      appendAudit(tx, { actorId: null, actorName: '测试', bureauId: b.id, ip: null }, ctx.clock.now(), {
        action: 'test.citation',
        summary: { basis: { law: '国办发〔2022〕27号 [S]', article: '第三条', note: '严格限定在法定幅度内（LAW.md §9 待核）' } },
        basis: { law: '行政处罚法 [V]', article: '第六十四条（LAW.md §11 T6）' },
      }),
    );
    const r = await auditor.request({ method: 'GET', url: '/api/audit?action=test.citation' });
    expect(r.statusCode, r.body).toBe(200);
    const [event] = r.json().items;
    expect(event.basis).toBe('《行政处罚法》第六十四条');
    expect(event.summary.basis).toContain('《国办发〔2022〕27号》第三条');
    expect(JSON.stringify(event)).not.toMatch(RAW);

    const stored = await ctx.sql(`select basis from audit_events where action = 'test.citation'`);
    expect(stored.rows[0].basis).toContain('[V]');
    const verify = (await auditor.request({ method: 'GET', url: '/api/audit/verify' })).json();
    expect(verify.ok).toBe(true);
  });
});
