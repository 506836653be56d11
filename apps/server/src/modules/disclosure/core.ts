/**
 * disclosure's routes-free surface for other modules (deadlines): the open publication clocks of the queue — 7 / 20
 * working days to publish (国办发〔2018〕118号; LAW.md §11 T11) and 3 working days to withdraw an altered decision
 * (行政处罚法 第四十八条第二款, 第八十五条; T12) — counted on the bureau's database calendar passed in.
 */
import { and, eq, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import {
  publicationDeadline,
  withdrawalDeadline,
  withdrawalClockId,
  publicationClockId,
  type Deadline,
  type Permission,
  type PublicationClockId,
  type WorkdayCalendar,
} from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { departments } from '../org/org.table.ts';
import { decisionPublications, type DecisionPublicationRow } from './disclosure.table.ts';

export interface PublicationOpenClock {
  clockId: PublicationClockId;
  deadline: Deadline;
  item: Pick<DecisionPublicationRow, 'id' | 'caseId' | 'decisionNumber' | 'state' | 'departmentId' | 'resultType'>;
  departmentName: string | null;
  /** 'publish': waiting to be published; 'withdraw': altered, still on the portal. */
  step: 'publish' | 'withdraw';
}

/** The permission whose holders see these clocks (the editors of 公示管理). */
export const DISCLOSURE_PERMISSION: Permission = 'disclosure:publish';

/**
 * Items waiting for publication (state pending) and published items with a registered alteration (withdrawal
 * pending). Few by construction (an editor's open work), so computed on read. `departmentId`: the actor's scope.
 */
export async function publicationOpenClocks(
  db: Executor,
  bureauId: string,
  departmentId: string | undefined,
  calendar: WorkdayCalendar,
): Promise<PublicationOpenClock[]> {
  const conds: SQL[] = [eq(decisionPublications.bureauId, bureauId)];
  if (departmentId) conds.push(eq(decisionPublications.departmentId, departmentId));
  const open = or(
    eq(decisionPublications.state, 'pending'),
    and(eq(decisionPublications.state, 'published'), isNotNull(decisionPublications.alterationRegisteredAt), isNull(decisionPublications.withdrawnAt)),
  )!;
  const rows = await db
    .select({ p: decisionPublications, departmentName: departments.name })
    .from(decisionPublications)
    .leftJoin(departments, eq(departments.id, decisionPublications.departmentId))
    .where(and(open, ...conds));
  return rows.map(({ p, departmentName }) => {
    const item = { id: p.id, caseId: p.caseId, decisionNumber: p.decisionNumber, state: p.state, departmentId: p.departmentId, resultType: p.resultType };
    if (p.state === 'published' && p.alteredOn) {
      const deadline = withdrawalDeadline({ resultType: p.resultType, calendar, alteredOn: p.alteredOn });
      return { clockId: withdrawalClockId(p.resultType), deadline, item, departmentName, step: 'withdraw' as const };
    }
    const deadline = publicationDeadline({ resultType: p.resultType, calendar, decidedOn: p.decidedOn });
    return { clockId: publicationClockId(p.resultType), deadline, item, departmentName, step: 'publish' as const };
  });
}
