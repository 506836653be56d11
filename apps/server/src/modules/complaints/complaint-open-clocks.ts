/**
 * The open 信访工作条例 clocks of a bureau's complaints, for the deadline view (期限监控) and the deadline scan: the
 * same complaintClocks the complaint's own page shows (openClocksOf: the snapshot of the row, on the bureau's
 * working-day calendar), so the view, the reminder and the complaint agree on every due date and article. Complaints
 * are few next to cases and their clocks depend only on the row, so they are computed on every read.
 */
import { and, eq, notInArray, type SQL } from 'drizzle-orm';
import type { ComplaintClock, ComplaintConfig, ComplaintState } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { departments } from '../org/org.table.ts';
import { openClocksOf, referenceNumberOf } from './complaint-snapshot.ts';
import { accountsOfSubjects, notNamingAnyOf, personIdsOf } from './complaints.repository.ts';
import { complaints, type ComplaintRow } from './complaints.table.ts';

/** States with no clock of the bureau's or the petitioner's left (complaintClocks returns none for them). */
const ENDED: ComplaintState[] = ['notAccepted', 'transferred', 'returned', 'reexamined'];

export interface ComplaintOpenClock {
  complaint: Pick<ComplaintRow, 'id' | 'bureauId' | 'departmentId' | 'handlerUserId' | 'state' | 'contactNameMasked' | 'subject'> & {
    referenceNumber: string;
    departmentName: string | null;
  };
  clock: ComplaintClock;
  /** Who must act: the bureau ('agency'), or the petitioner ('party': a window closing is 届满, never overdue). */
  obligor: 'agency' | 'party';
  /**
   * The accounts (users.id) of its 被反映人: no reminder of it goes to them (信访工作条例 第三十条第三款: the material and
   * anything about it is not passed to the person accused; packages/domain complaints/withholding.ts).
   */
  withheldFromUserIds: string[];
}

/**
 * The complaint scope (complaints.policy listScopeOf): null — everything in the bureau; a department; or the handler.
 * An unassigned complaint is in no department's or officer's scope.
 */
export interface ComplaintClockScope {
  departmentId?: string | null | undefined;
  handlerUserId?: string | null | undefined;
  /** The user viewing the clocks (期限监控): the complaints naming them as 被反映人 are left out (第三十条第三款). */
  viewerUserId?: string | undefined;
}

export async function complaintOpenClocks(db: Executor, bureauId: string, config: ComplaintConfig, scope: ComplaintClockScope = {}): Promise<ComplaintOpenClock[]> {
  const conds: SQL[] = [eq(complaints.bureauId, bureauId), notInArray(complaints.state, ENDED)];
  // 'closed' keeps only the petitioner's 复查 window; a closed complaint with none is skipped by complaintClocks.
  if (scope.departmentId) conds.push(eq(complaints.departmentId, scope.departmentId));
  if (scope.handlerUserId) conds.push(eq(complaints.handlerUserId, scope.handlerUserId));
  if (scope.viewerUserId) conds.push(notNamingAnyOf(await personIdsOf(db, scope.viewerUserId)));
  const rows = await db
    .select({ c: complaints, departmentName: departments.name })
    .from(complaints)
    .leftJoin(departments, eq(departments.id, complaints.departmentId))
    .where(and(...conds));
  const accounts = await accountsOfSubjects(db, rows.flatMap(({ c }) => c.subjectOfficerIds));
  const out: ComplaintOpenClock[] = [];
  for (const { c, departmentName } of rows) {
    const withheldFromUserIds = c.subjectOfficerIds.map((id) => accounts.get(id) ?? id);
    const complaint = {
      id: c.id,
      bureauId: c.bureauId,
      departmentId: c.departmentId,
      handlerUserId: c.handlerUserId,
      state: c.state,
      contactNameMasked: c.contactNameMasked,
      subject: c.subject,
      referenceNumber: referenceNumberOf(c),
      departmentName,
    };
    for (const clock of openClocksOf(c, config)) {
      out.push({ complaint, clock, obligor: config.clocks[clock.clockId].obligor === 'agency' ? 'agency' : 'party', withheldFromUserIds });
    }
  }
  return out;
}
