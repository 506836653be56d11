/**
 * Every open clock of the cases matching a set of conditions, two ways:
 * - storedOpenClocks (the scan and the view): the clocks stored in case_clocks, joined to their case rows — no steps
 *   are read; days left are counted from the stored deadline with the current calendar;
 * - deriveOpenClocks (the reference, and what the stored rows are tested against): the case rows and their steps in
 *   one query, a snapshot per case (the cases module's buildSnapshot, without the officer and legal-basis lookups
 *   clocks do not read), then the domain's caseClocks with the bureau's configuration.
 */
import { and, eq, type SQL } from 'drizzle-orm';
import { caseClocks, clockById, isClockId, restoreDeadline, type CaseClock, type ClockDefinition, type ProcedureConfig, type WorkdayCalendar } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { penaltyCases } from '../cases/cases.table.ts';
import { buildSnapshot } from '../cases/core.ts';
import { departments } from '../org/org.table.ts';
import { openCasesWithSteps, type OpenCaseRow } from './open-cases.query.ts';
import { storedCaseClocks } from './deadlines.table.ts';

/** The case columns a deadline row and a reminder show. */
export type ClockCaseRow = Pick<
  OpenCaseRow,
  'id' | 'bureauId' | 'caseNumber' | 'partyName' | 'partyKind' | 'departmentId' | 'departmentName' | 'state' | 'registeredBy' | 'powerId'
>;

export interface OpenClock extends CaseClock {
  row: ClockCaseRow;
  clock: ClockDefinition;
  /** For a clock of a record the case has several of (a cash payment, a preservation): that record's id. */
  refId?: string;
}

/** The clock's key within its case: the clock id, with the record's id for a clock a case can have several of. */
export const clockKey = (c: Pick<OpenClock, 'clockId' | 'refId'>): string => (c.refId ? `${c.clockId}:${c.refId}` : c.clockId);

/** The case columns of ClockCaseRow, for a select joined to penalty_cases and departments. */
export const clockCaseColumns = {
  id: penaltyCases.id,
  bureauId: penaltyCases.bureauId,
  caseNumber: penaltyCases.caseNumber,
  partyName: penaltyCases.partyName,
  partyKind: penaltyCases.partyKind,
  departmentId: penaltyCases.departmentId,
  departmentName: departments.name,
  state: penaltyCases.state,
  registeredBy: penaltyCases.registeredBy,
  powerId: penaltyCases.powerId,
};

export async function deriveOpenClocks(db: Executor, conds: SQL[], config: ProcedureConfig): Promise<OpenClock[]> {
  const out: OpenClock[] = [];
  for (const { row, steps } of await openCasesWithSteps(db, conds)) {
    const snapshot = buildSnapshot({ row, steps: steps(), assignments: [], officers: new Map(), power: null, legalBasis: [] });
    for (const c of caseClocks(snapshot, config)) out.push({ ...c, row, clock: clockById(c.clockId) });
  }
  return out;
}

/** `conds` are on penalty_cases (openCaseConditions) and, optionally, case_clocks (a due-date horizon). */
export async function storedOpenClocks(db: Executor, conds: SQL[], calendar: WorkdayCalendar): Promise<OpenClock[]> {
  const rows = await db
    .select({ clockId: storedCaseClocks.clockId, deadline: storedCaseClocks.deadline, ...clockCaseColumns })
    .from(storedCaseClocks)
    .innerJoin(penaltyCases, eq(penaltyCases.id, storedCaseClocks.caseId))
    .leftJoin(departments, eq(departments.id, penaltyCases.departmentId))
    .where(and(...conds));
  const out: OpenClock[] = [];
  for (const { clockId, deadline, ...row } of rows) {
    if (!isClockId(clockId)) continue; // a clock retired from the table since it was stored
    out.push({ clockId, deadline: restoreDeadline(deadline, calendar), row, clock: clockById(clockId) });
  }
  return out;
}
