import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canEnforce, type Certificate } from '../officers/index.ts';
import type { PowerAssignment, StaffedOfficer } from './breakdown.ts';
import { DEFAULT_COVERAGE_CONFIG } from './coverage-config.ts';
import { buildCoverageIndex } from './coverage-index.ts';
import { computeCoverage, type FullCoverageInput } from './coverage-report.ts';
import { computePowerCoverage, type CoverageStatus } from './coverage.ts';
import { dependenciesOf } from './impact.ts';
import { greenInput, makeAssignment, makeOfficer, makePower, RULES, TODAY } from './power-fixtures.ts';
import type { PowerCategory } from './power.ts';

const RANK: Record<CoverageStatus, number> = { green: 0, amber: 1, red: 2 };

const certificate: fc.Arbitrary<Partial<Certificate> | null> = fc.option(
  fc.record({
    status: fc.constantFrom('valid', 'valid', 'valid', 'suspended', 'expired'),
    validTo: fc.constantFrom('2026-05-19', '2026-05-25', '2026-06-30', '2026-07-19', '2029-12-31'),
    categories: fc.constantFrom(['LS'], ['GZ'], ['LS', 'GZ']),
    areas: fc.constantFrom(['320100'], ['320102'], ['320200']),
    lastReviewedYear: fc.constantFrom(2024, 2025),
  }),
  { freq: 6 },
);
const post = fc.constantFrom('post-a', 'post-b', 'post-c', null);
const officerPool = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 50 }), post, certificate), { selector: ([id]) => id, maxLength: 8 })
  .map((rows) => rows.map(([id, postId, cert]) => makeOfficer(`o${id}`, postId, cert)));
const assignment: fc.Arbitrary<PowerAssignment[]> = fc.constantFrom(
  [makeAssignment()],
  [makeAssignment({ postIds: ['post-a'] })],
  [makeAssignment({ leaderInChargeId: null })],
  [makeAssignment({ postIds: ['post-b'] })],
  [],
);
const category = fc.constantFrom<PowerCategory>('penalty', 'coercion', 'inspection', 'license');
const world = fc
  .record({ officers: officerPool, assignments: assignment, category })
  .map(({ officers, assignments, category: c }): FullCoverageInput => ({
    ...greenInput(),
    powers: [makePower({ category: c })],
    officers,
    assignments,
  }));

const statusOf = (input: FullCoverageInput) => computeCoverage(input, TODAY, RULES).powers[0]!.status;
const scope = { category: 'LS', area: '320102' };

describe('coverage is monotone in staffing', () => {
  it('adding an officer eligible today to the power’s posts never makes it worse', () => {
    fc.assert(
      fc.property(world, certificate, fc.constantFrom('post-a', 'post-b'), (input, cert, postId) => {
        const added: StaffedOfficer = makeOfficer('new', postId, cert);
        fc.pre(canEnforce(added, scope, TODAY, RULES).allowed);
        return RANK[statusOf({ ...input, officers: [...input.officers, added] })] <= RANK[statusOf(input)];
      }),
      { numRuns: 300 },
    );
  });

  it('removing any officer never makes it better', () => {
    fc.assert(
      fc.property(world, fc.nat(), (input, pick) => {
        fc.pre(input.officers.length > 0);
        const i = pick % input.officers.length;
        const fewer = input.officers.filter((_, j) => j !== i);
        return RANK[statusOf({ ...input, officers: fewer })] >= RANK[statusOf(input)];
      }),
      { numRuns: 300 },
    );
  });
});

describe('incremental recompute', () => {
  it('a power computed from its dependencies alone equals the full computation', () => {
    const noise = fc.record({ officers: officerPool, extraPost: fc.boolean() });
    fc.assert(
      fc.property(world, noise, (input, n) => {
        // Unrelated rows: another power's assignment on another post, officers there, an unrelated post.
        const other = makePower({ id: 'p2', code: 'CF-LS-002' });
        const full: FullCoverageInput = {
          ...input,
          powers: [...input.powers, other],
          assignments: [...input.assignments, makeAssignment({ id: 'asg-2', powerId: 'p2', postIds: ['post-c'] })],
          posts: [
            ...input.posts,
            { id: 'post-c', departmentId: 'd2', name: 'C', role: 'A', status: 'active' },
            ...(n.extraPost ? [{ id: 'post-x', departmentId: 'd3', name: 'X', role: 'B' as const, status: 'active' as const }] : []),
          ],
          officers: [...input.officers, ...n.officers.map((o) => ({ ...o, id: `x-${o.id}`, postId: 'post-c' }))],
        };
        const power = full.powers[0]!;
        const expected = computeCoverage(full, TODAY, RULES).powers[0];
        const deps = dependenciesOf(power, full.assignments, full.officers);
        const only = buildCoverageIndex({
          assignments: full.assignments.filter((a) => deps.assignmentIds.includes(a.id)),
          posts: full.posts.filter((p) => deps.postIds.includes(p.id)),
          officers: full.officers.filter((o) => deps.officerIds.includes(o.id)),
          articles: full.articles.filter((a) => deps.articleIds.includes(a.id)),
        });
        expect(computePowerCoverage(power, only, TODAY, RULES, DEFAULT_COVERAGE_CONFIG)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
