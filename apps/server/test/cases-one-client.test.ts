/**
 * A transaction holds one pg client and a pg client runs one query at a time: queries issued together on it queue
 * inside pg, which warns ("client.query() when the client is already executing a query", an error from pg 9). Every
 * pg client is watched here; a case driven from lead to a decided, published fine with its documents generated must
 * never put a second query on a client that is still answering one.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINE_500, decisionBody, discussionBody, makeCase, makeCaseWorld, ok, type CaseWorld } from './support/case-factory.ts';
import { makeLeaders } from './support/leader-factory.ts';
import { createTestContext, makeBureau, type TestBureau, type TestContext } from './support/test-app.ts';

const inFlight = new WeakMap<object, number>();
const overlaps: string[] = [];
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with apply(this) and put back
const original = pg.Client.prototype.query;

beforeAll(() => {
  // Counting promises of the client's own queries: pg itself keeps no public count.
  pg.Client.prototype.query = function watched(this: pg.Client, ...args: unknown[]) {
    const running = inFlight.get(this) ?? 0;
    if (running > 0) {
      const config = args[0] as string | { text?: string };
      overlaps.push(typeof config === 'string' ? config : (config?.text ?? ''));
    }
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise) {
      inFlight.set(this, running + 1);
      const done = () => inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
      result.then(done, done);
    }
    return result;
  } as typeof original;
});
afterAll(() => {
  pg.Client.prototype.query = original;
});

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
}, 60_000);

describe('one query at a time on a transaction', () => {
  it('registering, every case action, the collective discussion, the publication entry and documents issue no overlapping query', async () => {
    overlaps.length = 0;
    const leaders = await makeLeaders(ctx, b, ['王副局长', '陈副局长']);
    const id = await makeCase(w, 'partyHeard', FINE_500);
    await ok(w.s.leader, id, 'recordCollectiveDiscussion', discussionBody([b.users['leader']!.id, ...leaders.map((l) => l.id)], FINE_500));
    // Deciding a fine also enqueues it for publication (执法公示) in the same transaction.
    await ok(w.s.leader, id, 'decide', decisionBody(FINE_500));
    for (const kind of ['filingApproval', 'decision']) {
      const r = await w.s.officerA.request({ method: 'POST', url: `/api/cases/${id}/documents`, payload: { kind } });
      expect(r.statusCode, r.body).toBe(201);
    }
    expect(overlaps).toEqual([]);
  });
});
