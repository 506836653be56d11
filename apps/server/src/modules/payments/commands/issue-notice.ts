/**
 * 缴款通知: issued inside the decision's own transaction (called from cases' decisionEffects) for every decision
 * whose penalty asks for money — fines plus confiscated illegal income — with the next 缴款码 of the year. Service
 * of the decision starts the 15-day payment clock (recordDecisionServed, from the serveDecision step).
 */
import { formatPaymentReference, payableOf, toLocalDate, type LocalDate, type Penalty } from '@quanze/domain';
import type { Tx } from '../../../platform/db.ts';
import {
  allocateReferenceNumber,
  insertNotice,
  lockNoticeOfCase,
  noticeOfCase,
  updateNotice,
  type NoticeRow,
} from '../payments.repository.ts';

export interface DecisionWithMoney {
  caseId: string;
  bureauId: string;
  decisionNumber: string | null;
  decidedAt: Date;
  penalty: Penalty;
  party: { name: string };
  /** 当场作出的处罚决定 (复议前置, 行政复议法 第二十三条): the court window follows the 复议 period only. */
  onTheSpot?: boolean;
}

/** Issues the notice when the penalty carries money; null otherwise. Idempotent per case. */
export async function issuePaymentNotice(tx: Tx, d: DecisionWithMoney, servedOn: LocalDate | null = null): Promise<NoticeRow | null> {
  const money = payableOf(d.penalty);
  if (money.principalFen <= 0) return null;
  const existing = await noticeOfCase(tx, d.caseId);
  if (existing) return existing;
  const year = Number(toLocalDate(d.decidedAt).slice(0, 4));
  const reference = formatPaymentReference(year, await allocateReferenceNumber(tx, year));
  const row = await insertNotice(tx, {
    bureauId: d.bureauId,
    caseId: d.caseId,
    reference,
    decisionNumber: d.decisionNumber,
    partyName: d.party.name,
    penalty: d.penalty,
    fineFen: money.fineFen,
    confiscatedIncomeFen: money.confiscatedIncomeFen,
    principalFen: money.principalFen,
    issuedAt: d.decidedAt,
    onTheSpot: d.onTheSpot ?? false,
    servedOn,
    createdAt: d.decidedAt,
    updatedAt: d.decidedAt,
  });
  return row ?? (await noticeOfCase(tx, d.caseId)) ?? null;
}

/** The decision was served today: the payment clock starts (第六十七条). */
export async function recordDecisionServed(tx: Tx, caseId: string, servedOn: LocalDate, now: Date): Promise<void> {
  const n = await lockNoticeOfCase(tx, caseId);
  if (!n || n.servedOn !== null) return;
  await updateNotice(tx, n.id, { servedOn, updatedAt: now, version: n.version + 1 });
}
