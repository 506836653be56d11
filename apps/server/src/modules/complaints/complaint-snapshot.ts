/**
 * What the domain guards see of a complaint (ComplaintSnapshot), its open clocks on the bureau's calendar, and the
 * readable reference number. Pure functions of the row: the rules themselves are in packages/domain complaints.
 */
import {
  complaintClocks,
  compareLocalDate,
  type ComplaintClock,
  type ComplaintConfig,
  type ComplaintSnapshot,
  type LocalDate,
} from '@quanze/domain';
import type { ComplaintRow } from './complaints.table.ts';

export function snapshotOf(row: ComplaintRow): ComplaintSnapshot {
  return {
    state: row.state,
    category: row.category,
    route: row.route ?? null,
    via: row.via,
    // 姓名 and a way to reach the citizen (phone, e-mail or address): a written notice is owed (第二十三条第二款).
    contactKnown: row.contactPhoneSealed !== null || row.contactEmailSealed !== null || row.contactAddressSealed !== null,
    receivedOn: row.receivedOn,
    acceptedOn: row.acceptedOn ?? null,
    subjectOfficerIds: row.subjectOfficerIds,
    assignee: row.departmentId && row.handlerUserId ? { departmentId: row.departmentId, officerIds: [row.handlerUserId] } : null,
    extensions: row.extensions.map((e) => ({ days: e.days })),
    repliedOn: row.repliedOn ?? null,
    replyReceivedOn: row.replyReceivedOn ?? null,
    review: row.review
      ? { requestedOn: row.review.requestedOn, answeredOn: row.review.answeredOn, answerReceivedOn: row.review.answerReceivedOn }
      : null,
    reexamination: row.reexamination
      ? {
          requestedOn: row.reexamination.requestedOn,
          answeredOn: row.reexamination.answeredOn,
          answerReceivedOn: row.reexamination.answerReceivedOn,
        }
      : null,
    reexaminationHearings: [],
  };
}

/**
 * The clocks the bureau must meet (obligor agency) on this complaint now. The petitioner's own windows (申请复查期限)
 * are shown too but never make the bureau's record overdue.
 */
export function openClocksOf(row: ComplaintRow, config: ComplaintConfig): ComplaintClock[] {
  return complaintClocks(snapshotOf(row), config);
}

const agencyClock = (c: ComplaintClock, config: ComplaintConfig): boolean => config.clocks[c.clockId].obligor === 'agency';

/** The earliest due date among the bureau's open clocks (stored on the row for the queue's overdue filter). */
export function nextDueOf(row: ComplaintRow, config: ComplaintConfig): LocalDate | null {
  return earliest(openClocksOf(row, config).filter((c) => agencyClock(c, config)));
}

function earliest(clocks: ComplaintClock[]): LocalDate | null {
  const dates = clocks.map((c) => c.deadline.dueDate).filter((d): d is LocalDate => d !== null);
  return dates.sort(compareLocalDate)[0] ?? null;
}

export function referenceNumberOf(row: Pick<ComplaintRow, 'serial' | 'receivedOn'>): string {
  return `XF${row.receivedOn.slice(0, 4)}-${String(row.serial).padStart(6, '0')}`;
}
