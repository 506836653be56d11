/**
 * Every open clock of the cases matching a set of conditions: the case rows and their steps in one query,
 * a snapshot per case (the cases module's buildSnapshot, without the officer and legal-basis lookups clocks do not
 * read), then the domain's caseClocks with the bureau's configuration (the database calendar).
 */
import type { SQL } from 'drizzle-orm';
import { caseClocks, clockById, type CaseClock, type ClockDefinition, type ProcedureConfig } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { buildSnapshot } from '../cases/index.ts';
import { openCasesWithSteps, type OpenCaseRow } from './deadlines.repository.ts';

export interface OpenClock extends CaseClock {
  row: OpenCaseRow;
  clock: ClockDefinition;
}

export async function openClocksWhere(db: Executor, conds: SQL[], config: ProcedureConfig): Promise<OpenClock[]> {
  const out: OpenClock[] = [];
  for (const { row, steps } of await openCasesWithSteps(db, conds)) {
    const snapshot = buildSnapshot({ row, steps: steps(), assignments: [], officers: new Map(), power: null, legalBasis: [] });
    for (const c of caseClocks(snapshot, config)) out.push({ ...c, row, clock: clockById(c.clockId) });
  }
  return out;
}
