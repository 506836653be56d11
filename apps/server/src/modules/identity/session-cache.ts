/**
 * The session lookup of every /api request, kept in memory between changes (bench/REPORT-cases.md: the lookup was one
 * of the three statements of a case list page, and each statement's round trip is the largest cost of a request).
 *
 * Correctness first — an entry is served only while all of these hold:
 * - the change feed is healthy: a revocation, a user's status/roles/password change or a policy change on *any* node
 *   reaches this node as an `auth` notification when it commits, and drops every entry (migration 0020's triggers);
 * - no write request has completed in this process since the entry was read (`clear()` from the session hook before
 *   the response leaves), so a client that saw its write answered never meets an older copy here, even before the
 *   notification has arrived;
 * - the entry was read after the last drop (`generation`), so a read that raced a drop is not stored;
 * - it is younger than ENTRY_TTL_MS (a bound should a notification ever be missed).
 * Only a session that was fully valid when read is stored, and a cached entry is used only when it still is: a timeout,
 * a password due or a missing second factor is decided on a fresh read (loadActor), never on the copy.
 */
import type { ChangeFeed } from '../../platform/change-feed.ts';

export const ENTRY_TTL_MS = 30_000;
/** Bounds the memory of a node with many sessions: past it the map starts again (entries are re-read). */
const MAX_ENTRIES = 20_000;

export class SessionCache<Row> {
  private readonly entries = new Map<string, { row: Row; at: number }>();
  private generation = 0;

  constructor(private readonly feed: ChangeFeed) {
    feed.subscribe((topic) => {
      if (topic === 'auth' || topic === '*') this.clear();
    });
  }

  get(id: string): Row | undefined {
    if (!this.feed.healthy) return undefined;
    const e = this.entries.get(id);
    if (!e) return undefined;
    if (performance.now() - e.at > ENTRY_TTL_MS) {
      this.entries.delete(id);
      return undefined;
    }
    return e.row;
  }

  /** Call before reading the row from the database; pass the result to `set`. */
  ticket(): number {
    return this.generation;
  }

  set(id: string, row: Row, ticket: number): void {
    if (ticket !== this.generation || !this.feed.healthy) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(id, { row, at: performance.now() });
  }

  /** The row was changed by this process in a way the triggers do not announce (lastSeenAt). */
  update(id: string, patch: (row: Row) => Row): void {
    const e = this.entries.get(id);
    if (e) e.row = patch(e.row);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
