/**
 * Keeps case_clocks (the stored open clocks) equal to what caseClocks derives from each case's row and steps.
 * - refreshCaseClocks: called by the case action in its own transaction, right after the step is written (the case
 *   row is locked by the action), so the stored clocks change with the case.
 * - catchUpCaseClocks: before the scan and the view read, recomputes the cases marked by the database triggers (a
 *   write outside a case action, a calendar year entered or corrected). It locks the marked cases (skipping any a
 *   case action holds — that action refreshes them itself) and clears only the marks it has seen (seq), so a mark
 *   made meanwhile survives for the next run.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { caseClocks, storeDeadline, type ProcedureConfig } from '@quanze/domain';
import type { Deps } from '../../../platform/deps.ts';
import type { Executor, Tx } from '../../../platform/db.ts';
// Leaf files only (no module index): the case action imports this file.
import { invalidateCalendar, procedureConfigOf } from '../../calendar/core.ts';
import { penaltyCases } from '../../cases/cases.table.ts';
import { buildSnapshot } from '../../cases/core.ts';
import { ENDED_STATES, openCasesWithSteps, type OpenCaseWithSteps } from '../open-cases.query.ts';
import { caseClockMarks, storedCaseClocks } from '../deadlines.table.ts';

type StoredClockRow = typeof storedCaseClocks.$inferInsert;

/** The case's open clocks as rows (none once the case has ended), derived exactly as the case page derives them. */
export function clockRowsOf(c: OpenCaseWithSteps, config: ProcedureConfig, now: Date): StoredClockRow[] {
  if (ENDED_STATES.includes(c.row.state)) return [];
  const snapshot = buildSnapshot({ row: c.row, steps: c.steps(), assignments: [], officers: new Map(), power: null, legalBasis: [] });
  return caseClocks(snapshot, config).map((k) => ({
    caseId: c.row.id,
    clockId: k.clockId,
    bureauId: c.row.bureauId,
    kind: k.deadline.kind,
    startDate: k.deadline.startDate,
    dueDate: k.deadline.dueDate,
    deadline: storeDeadline(k.deadline),
    computedAt: now,
  }));
}

/** Replaces the stored clocks of these cases. */
async function replaceClocks(db: Executor, caseIds: string[], rows: StoredClockRow[]): Promise<void> {
  if (caseIds.length === 0) return;
  await db.delete(storedCaseClocks).where(inArray(storedCaseClocks.caseId, caseIds));
  for (let i = 0; i < rows.length; i += 2_000) await db.insert(storedCaseClocks).values(rows.slice(i, i + 2_000));
}

/** In the case action's transaction, after its step: recompute this case's clocks and clear its 'case' mark. */
export async function refreshCaseClocks(tx: Tx, caseId: string, config: ProcedureConfig, now: Date): Promise<void> {
  const [c] = await openCasesWithSteps(tx, [eq(penaltyCases.id, caseId)]);
  await replaceClocks(tx, [caseId], c ? clockRowsOf(c, config, now) : []);
  // A 'calendar' mark stays: this node's calendar may be up to two seconds old (calendar-cache.ts).
  await tx.delete(caseClockMarks).where(and(eq(caseClockMarks.caseId, caseId), eq(caseClockMarks.reason, 'case')));
}

/** Recomputes every marked case, in batches; returns how many cases were recomputed. */
export async function catchUpCaseClocks(deps: Deps, batchSize = 2_000): Promise<number> {
  let done = 0;
  let after = 0;
  let calendarFresh = false;
  for (;;) {
    const marks = await deps.db
      .select()
      .from(caseClockMarks)
      .where(sql`${caseClockMarks.seq} > ${after}`)
      .orderBy(caseClockMarks.seq)
      .limit(batchSize);
    if (marks.length === 0) return done;
    after = marks[marks.length - 1]!.seq;
    if (!calendarFresh) {
      // A mark may come from a calendar year another node just entered: read the calendar afresh, once.
      invalidateCalendar(deps.db);
      calendarFresh = true;
    }
    const ids = [...new Set(marks.map((m) => m.caseId))];
    // The bureaus' configurations are read BEFORE the transaction: reading them from the pool inside it would hold one
    // connection while waiting for a second, and concurrent catch-ups (every list request runs one) could then take
    // the whole pool and wait on each other.
    const configs = new Map<string, ProcedureConfig>();
    const bureauRows = await deps.db.selectDistinct({ bureauId: penaltyCases.bureauId }).from(penaltyCases).where(inArray(penaltyCases.id, ids));
    for (const { bureauId } of bureauRows) configs.set(bureauId, await procedureConfigOf(deps, bureauId));
    done += await deps.db.transaction(async (tx) => {
      const locked = await tx.select({ id: penaltyCases.id }).from(penaltyCases).where(inArray(penaltyCases.id, ids)).for('no key update', { skipLocked: true });
      const lockedIds = new Set(locked.map((r) => r.id));
      const cases = lockedIds.size > 0 ? await openCasesWithSteps(tx, [inArray(penaltyCases.id, [...lockedIds])]) : [];
      const rows: StoredClockRow[] = [];
      for (const c of cases) {
        const config = configs.get(c.row.bureauId);
        if (config) rows.push(...clockRowsOf(c, config, deps.clock.now()));
      }
      await replaceClocks(tx, [...lockedIds], rows);
      // Cleared: the marks seen of the cases recomputed now, and of ids that are no case (nothing to compute).
      const notLocked = ids.filter((id) => !lockedIds.has(id));
      const present = notLocked.length > 0 ? await tx.select({ id: penaltyCases.id }).from(penaltyCases).where(inArray(penaltyCases.id, notLocked)) : [];
      const presentIds = new Set(present.map((r) => r.id));
      const cleared = marks.filter((m) => lockedIds.has(m.caseId) || !presentIds.has(m.caseId));
      if (cleared.length > 0) {
        await tx.execute(sql`delete from ${caseClockMarks} m using unnest(${sql.param(cleared.map((m) => m.caseId))}::uuid[],
          ${sql.param(cleared.map((m) => m.reason))}::text[], ${sql.param(cleared.map((m) => m.seq))}::bigint[]) as s(case_id, reason, seq)
          where m.case_id = s.case_id and m.reason = s.reason and m.seq = s.seq`);
      }
      return cases.length;
    });
    if (marks.length < batchSize) return done;
  }
}

/** Marks every open case of every bureau and recomputes them all (after a bulk load that bypassed the triggers). */
export async function rebuildCaseClocks(deps: Deps): Promise<number> {
  await deps.db.execute(sql`insert into ${caseClockMarks} (case_id, reason, seq)
    select x.id, 'case', nextval('case_clock_mark_seq') from (
      select id from ${penaltyCases} where state <> all(${sql.param([...ENDED_STATES])}::text[])
      union select case_id from ${storedCaseClocks}) x
    on conflict (case_id, reason) do update set seq = excluded.seq`);
  return catchUpCaseClocks(deps);
}
