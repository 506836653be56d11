/**
 * The live coverage report, per bureau, kept in process and brought up to date on each request:
 * - the first request (or a new day, or after 24 h, or when too much changed) recomputes everything from one
 *   consistent snapshot (REPEATABLE READ) with the domain's computeCoverage;
 * - later requests ask coverage_changes for the rows written by transactions NOT visible in the snapshot the entry
 *   was built from (pg_visible_in_snapshot — correct even when transactions commit out of order), reload just those
 *   officers / posts / articles / assignments / items, and recompute only the powers the domain's affectedPowerIds
 *   names (coverage-update.ts).
 * Correctness over cleverness: anything unexpected (a list version published, an unknown change) → full.
 */
import { sql } from 'drizzle-orm';
import { computeCoverage, DEFAULT_COVERAGE_CONFIG, toLocalDate } from '@quanze/domain';
import type { Db } from '../../../platform/db.ts';
import type { Deps } from '../../../platform/deps.ts';
import { coverageOfficerRules } from '../powers.config.ts';
import { inputOf } from './coverage-input.ts';
import { loadCoverageData } from './coverage-loader.ts';
import { applyChanges, type Change, type Computed } from './coverage-update.ts';

export interface CoverageEntry extends Computed {
  bureauId: string;
  /** pg_current_snapshot() the entry reflects: every change not visible in it is still to be applied. */
  snapshot: string;
  builtAt: number;
}

export type HowComputed = 'full' | 'incremental' | 'cache';

const MAX_AGE_MS = 24 * 3_600_000;
/** More changed rows than this since the last look: a full recompute is cheaper than patching. */
const MAX_CHANGES = 2_000;
const MAX_ENTRIES = 50;
const KNOWN = new Set(['officer', 'post', 'department', 'document', 'article', 'list', 'power', 'assignment']);

export class CoverageCache {
  private readonly entries = new Map<string, CoverageEntry>();
  private readonly running = new Map<string, Promise<{ entry: CoverageEntry; computed: HowComputed }>>();

  constructor(private readonly deps: Pick<Deps, 'db' | 'clock'>) {}

  /** The bureau's report as of now; concurrent callers share one computation. */
  async get(bureauId: string): Promise<{ entry: CoverageEntry; computed: HowComputed }> {
    const pending = this.running.get(bureauId);
    if (pending) return pending;
    const run = this.refresh(bureauId).finally(() => this.running.delete(bureauId));
    this.running.set(bureauId, run);
    return run;
  }

  /** Always recompute from scratch (the bench and the tests compare the incremental result with this). */
  async full(bureauId: string): Promise<CoverageEntry> {
    const now = this.deps.clock.now();
    const date = toLocalDate(now);
    const { snapshot, data } = await this.deps.db.transaction(
      async (tx) => {
        const snap = await tx.execute<{ snap: string }>(sql`select pg_current_snapshot()::text as snap`);
        return { snapshot: snap.rows[0]!.snap, data: await loadCoverageData(tx, bureauId) };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    const input = inputOf(data);
    const report = computeCoverage(input, date, coverageOfficerRules, DEFAULT_COVERAGE_CONFIG);
    await this.deps.db.execute(sql`delete from coverage_changes where created_at < now() - interval '2 days'`);
    return { bureauId, date, snapshot, builtAt: now.getTime(), data, input, results: new Map(report.powers.map((p) => [p.powerId, p])), report };
  }

  private store(entry: CoverageEntry): void {
    this.entries.delete(entry.bureauId);
    this.entries.set(entry.bureauId, entry);
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  private async refresh(bureauId: string): Promise<{ entry: CoverageEntry; computed: HowComputed }> {
    const now = this.deps.clock.now();
    const cached = this.entries.get(bureauId);
    const stale = !cached || cached.date !== toLocalDate(now) || now.getTime() - cached.builtAt > MAX_AGE_MS || now.getTime() < cached.builtAt;
    const changed = stale ? null : await changesSince(this.deps.db, bureauId, cached.snapshot);
    if (!cached || !changed || changed.changes === null || changed.changes.some((c) => c.kind === 'list' || !KNOWN.has(c.kind))) {
      const entry = await this.full(bureauId);
      this.store(entry);
      return { entry, computed: 'full' };
    }
    if (changed.changes.length === 0) {
      const entry = { ...cached, snapshot: changed.snapshot };
      this.store(entry);
      return { entry, computed: 'cache' };
    }
    const next = await applyChanges(this.deps.db, bureauId, cached, changed.changes);
    const entry: CoverageEntry = { ...cached, ...next, snapshot: changed.snapshot };
    this.store(entry);
    return { entry, computed: 'incremental' };
  }
}

/**
 * The current snapshot and the distinct changes written by transactions not visible in `prev` (null: too many).
 * One statement, so the changes returned are exactly those visible in the snapshot returned.
 */
async function changesSince(db: Db, bureauId: string, prev: string): Promise<{ snapshot: string; changes: Change[] | null }> {
  const xmin = Number(prev.split(':')[0]);
  const res = await db.execute<{ snap: string; changes: Change[] }>(sql`
    select pg_current_snapshot()::text as snap,
      coalesce((select json_agg(json_build_object('kind', kind, 'ref', ref_id)) from (
        select distinct kind, ref_id from coverage_changes c
        where c.bureau_id = ${bureauId} and c.xid >= ${xmin}
          and not pg_visible_in_snapshot(c.xid::text::xid8, ${prev}::pg_snapshot)
        limit ${MAX_CHANGES + 1}) x), '[]'::json) as changes`);
  const row = res.rows[0]!;
  return { snapshot: row.snap, changes: row.changes.length > MAX_CHANGES ? null : row.changes };
}

const caches = new WeakMap<Db, CoverageCache>();

/** One cache per database (per app): the routes, the power detail and the bench share it. */
export function coverageCacheFor(deps: Pick<Deps, 'db' | 'clock'>): CoverageCache {
  let c = caches.get(deps.db);
  if (!c) {
    c = new CoverageCache(deps);
    caches.set(deps.db, c);
  }
  return c;
}
