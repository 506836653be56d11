import { describe, expect, it } from 'vitest';
import { checkPublishable, DEFAULT_PUBLICATION_POLICY, type PublicationCandidate } from './eligibility.ts';

const onTheSpot: PublicationCandidate = {
  resultType: 'penalty',
  status: 'inForce',
  party: { kind: 'citizen', birthDate: '1990-03-07' },
  actDate: '2026-03-01',
  penalty: [{ kind: 'fine', amountFen: 20_000 }],
  flags: {},
  simpleProcedure: true,
};

describe('simple-procedure (当场) decisions', () => {
  it('are published by default: no verified rule excludes them', () => {
    expect(checkPublishable(onTheSpot, '2026-04-01').ok).toBe(true);
  });

  it('are 不予公开 with the reason and 第四十八条第一款 when the bureau excludes them; general decisions are not affected', () => {
    const policy = { ...DEFAULT_PUBLICATION_POLICY, excludeSimpleProcedure: true };
    const c = checkPublishable(onTheSpot, '2026-04-01', policy);
    expect(c.ok).toBe(false);
    expect(!c.ok && c.refusals.map((r) => r.code)).toEqual(['SIMPLE_PROCEDURE']);
    expect(!c.ok && c.basis).toMatchObject({ law: '行政处罚法', article: '第四十八条第一款' });
    expect(checkPublishable({ ...onTheSpot, simpleProcedure: false }, '2026-04-01', policy).ok).toBe(true);
  });
});
