/**
 * The open cases' rows with their steps, in one query — for deriving clocks. A leaf module (table files only): the
 * case action reaches it through commands/refresh-case-clocks.ts, so it must not import module index files.
 */
import { and, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { OUTCOME_STATES, TERMINAL_STATES, type CaseState } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { caseSteps, penaltyCases } from '../cases/cases.table.ts';
import type { CaseRow, CaseStepRow } from '../cases/core.ts';
import { departments } from '../org/org.table.ts';

/** States in which no clock of the case runs any more. */
export const ENDED_STATES: readonly CaseState[] = ['closed', ...TERMINAL_STATES, ...OUTCOME_STATES];

export type OpenCaseRow = CaseRow & { departmentName: string | null };

/** Case columns no clock and no deadline row reads (buildSnapshot takes the cited basis from the legal-basis verdicts). */
type UnreadCaseColumns = 'partyIdSealed' | 'partyIdIndex' | 'leadSummary' | 'legalBasis' | 'createdAt' | 'updatedAt';
const { partyIdSealed: _s, partyIdIndex: _i, leadSummary: _l, legalBasis: _b, createdAt: _c, updatedAt: _u, ...readColumns } = getTableColumns(penaltyCases);
/** Neutral values for the columns the scan does not load, so the row is still a CaseRow for buildSnapshot. */
const UNREAD: Pick<CaseRow, UnreadCaseColumns> = { partyIdSealed: null, partyIdIndex: null, leadSummary: '', legalBasis: [], createdAt: new Date(0), updatedAt: new Date(0) };

/**
 * The open cases matching `conds` with their steps, in one query: each case's steps come as one JSON array (instants
 * as epoch milliseconds), aggregated by one grouped join over the open cases' steps (not a subquery per case), which
 * the driver parses in one go — far cheaper than a row and a Date per step when a scan reads twenty thousand cases.
 * Only the columns clocks and the deadline rows read are loaded (no sealed ID, lead summary or timestamps).
 */
export async function openCasesWithSteps(db: Executor, conds: SQL[]): Promise<OpenCaseWithSteps[]> {
  const open = db.select({ id: penaltyCases.id }).from(penaltyCases).where(and(...conds));
  const stepsOfOpen = db
    .select({
      caseId: caseSteps.caseId,
      steps: sql<StepTuple[]>`json_agg(json_build_array(${caseSteps.id}, ${caseSteps.action}, ${caseSteps.fromState}, ${caseSteps.toState},
        ${caseSteps.actorId}, ${caseSteps.actorName}, (extract(epoch from ${caseSteps.at}) * 1000)::bigint, ${caseSteps.payload})
        order by ${caseSteps.at}, ${caseSteps.id})`.as('steps'),
    })
    .from(caseSteps)
    .where(inArray(caseSteps.caseId, open))
    .groupBy(caseSteps.caseId)
    .as('open_steps');
  const rows = await db
    .select({ ...readColumns, departmentName: departments.name, stepsJson: stepsOfOpen.steps })
    .from(penaltyCases)
    .leftJoin(departments, eq(departments.id, penaltyCases.departmentId))
    .leftJoin(stepsOfOpen, eq(stepsOfOpen.caseId, penaltyCases.id))
    .where(and(...conds));
  return rows.map((r) => {
    const tuples = r.stepsJson ?? [];
    const row: OpenCaseRow = Object.assign(r, UNREAD, { stepsJson: null });
    return { row, steps: () => stepRows(row.id, tuples) };
  });
}

/**
 * A case row with its steps, made on demand: the scan folds one case at a time, so the step objects of a case die
 * young instead of all twenty thousand cases' steps being live at once (which made the collector, not the fold, the
 * cost).
 */
export interface OpenCaseWithSteps {
  row: OpenCaseRow;
  steps: () => CaseStepRow[];
}

function stepRows(caseId: string, tuples: StepTuple[]): CaseStepRow[] {
  const out = new Array<CaseStepRow>(tuples.length);
  for (let i = 0; i < tuples.length; i++) {
    const [id, action, fromState, toState, actorId, actorName, at, payload] = tuples[i]!;
    out[i] = { id, caseId, action, fromState, toState, actorId, actorName, at: new Date(Number(at)), payload, basis: '', warnings: [] };
  }
  return out;
}

type StepTuple = [number, string, CaseState, CaseState, string | null, string, number | string, Record<string, unknown>];

