/**
 * 当场收缴罚款, after the domain guard (collectCashOnTheSpot: 第六十八条 / 第六十九条 limits, fiscal receipt 第七十条)
 * passed, inside the case action's transaction: the receipt number must be new in the bureau, the amount may not
 * exceed what is owed, the payment is recorded with its hand-over clocks (第七十一条) and the notice settled when
 * this pays it off. A simple-procedure decision gets its notice here (its payment clock runs from the decision day).
 */
import {
  FISCAL_RECEIPT_UNIQUE,
  PAYMENT_SEPARATION,
  toLocalDate,
  type LocalDate,
  type Penalty,
  type ReceiptIssuer,
  type WorkdayCalendar,
} from '@quanze/domain';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { Tx } from '../../../platform/db.ts';
import { AppError } from '../../../platform/errors.ts';
import { ledgerOf, settleIfPaid } from '../notice-ledger.ts';
import { insertPayments, lockNoticeOfCase, paymentsOf, receiptNumberUsed } from '../payments.repository.ts';
import { issuePaymentNotice } from './issue-notice.ts';

export interface CashCollection {
  caseId: string;
  bureauId: string;
  decisionNumber: string | null;
  partyName: string;
  penalty: Penalty;
  /** Decision day (simple procedure) — the payment clock's start when no notice exists yet. */
  decidedAt: Date;
  servedOn: LocalDate | null;
  amountFen: number;
  receiptNumber: string;
  receiptIssuer: ReceiptIssuer;
  onWater: boolean;
  payerName: string;
  ground: string;
}

export async function recordCashPayment(
  tx: Tx,
  actor: Actor,
  c: CashCollection,
  now: Date,
  calendar: WorkdayCalendar,
): Promise<{ paymentId: string; settled: boolean }> {
  const receipt = c.receiptNumber.trim();
  if (await receiptNumberUsed(tx, c.bureauId, receipt)) {
    throw new AppError('DUPLICATE', `专用票据号码“${receipt}”已登记使用，不得重复`, {
      basis: FISCAL_RECEIPT_UNIQUE,
      fieldErrors: { receiptNumber: ['票据号码已使用'] },
    });
  }
  await issuePaymentNotice(
    tx,
    {
      caseId: c.caseId,
      bureauId: c.bureauId,
      decisionNumber: c.decisionNumber,
      decidedAt: c.decidedAt,
      penalty: c.penalty,
      party: { name: c.partyName },
    },
    c.servedOn,
  );
  const notice = await lockNoticeOfCase(tx, c.caseId);
  if (!notice) throw new AppError('NO_FINE', '本案没有需要缴纳的罚没款', { basis: PAYMENT_SEPARATION });
  const today = toLocalDate(now);
  const before = await paymentsOf(tx, [notice.id]);
  const owed = ledgerOf(notice, before, today, calendar).outstandingFen;
  if (c.amountFen > owed) {
    throw new AppError('INVALID_AMOUNT', `收缴金额超过尚欠金额（${(owed / 100).toFixed(2)}元）`, {
      basis: PAYMENT_SEPARATION,
      fieldErrors: { amountFen: ['超过尚欠金额'] },
    });
  }
  const inserted = insertPayments(tx, [
    {
      bureauId: c.bureauId,
      noticeId: notice.id,
      caseId: c.caseId,
      source: 'cash',
      amountFen: c.amountFen,
      paidAt: now,
      paidOn: today,
      payerName: c.payerName || c.partyName,
      receiptNumber: receipt,
      receiptIssuer: c.receiptIssuer,
      cashGround: c.ground,
      onWater: c.onWater,
      recordedBy: actor.userId,
      recordedByName: actor.displayName,
      createdAt: now,
    },
  ]).catch((err: unknown) => {
    // Two collections with the same receipt at once: the unique index decides, the second is refused.
    const e = err as { code?: string; cause?: { code?: string } };
    if (e.code === '23505' || e.cause?.code === '23505')
      throw new AppError('DUPLICATE', `专用票据号码“${receipt}”已登记使用，不得重复`, { basis: FISCAL_RECEIPT_UNIQUE });
    throw err;
  });
  const [p] = await inserted;
  const { settled } = await settleIfPaid(tx, notice, [...before, p!], today, calendar, now, {
    userId: actor.userId,
    name: actor.displayName,
  });
  return { paymentId: p!.id, settled };
}
