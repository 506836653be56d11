/**
 * Execution facts recorded on a payment notice, each in one transaction with its audit row and the notice's version
 * checked (409 on a stale one): 复议/诉讼 pending (the surcharge pauses, 第七十三条), approved deferral or
 * instalments (第六十六条), 催告书 served (行政强制法 第三十五条、第五十四条), the court application (第五十三条), and
 * the cash hand-overs (第七十一条). The rules are the domain's; a refusal carries its article.
 */
import {
  CASH_HANDOVER,
  COURT_APPLICATION,
  DEFERRAL,
  REMEDY_PENDING,
  REMINDER,
  cashHandoverStatus,
  checkArrangement,
  checkHandover,
  toLocalDate,
  type LocalDate,
  type PaymentArrangement,
} from '@quanze/domain';
import type { ArrangementRequest } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { Tx } from '../../../platform/db.ts';
import { AppError, forbidden, notFound, versionConflict } from '../../../platform/errors.ts';
import { workdayCalendarOf } from '../../calendar/index.ts';
import { ledgerOf, settleIfPaid, trackOf } from '../notice-ledger.ts';
import type { RemedyPause } from '../payments.table.ts';
import { mayApprove, mayManage, visibleCase } from '../payments.policy.ts';
import {
  lockNoticeOfCase,
  lockPayment,
  paymentsOf,
  updateNotice,
  updatePayment,
  type NoticeRow,
  type PaymentRow,
} from '../payments.repository.ts';

type Ctx = {
  tx: Tx;
  notice: NoticeRow;
  rows: PaymentRow[];
  now: Date;
  today: LocalDate;
  calendar: Awaited<ReturnType<typeof workdayCalendarOf>>;
};

async function onNotice<T>(
  deps: Deps,
  actor: Actor,
  caseId: string,
  version: number,
  allowed: (a: Actor) => boolean,
  run: (
    c: Ctx,
  ) => Promise<{
    set: Partial<NoticeRow>;
    audit: { action: string; summary: Record<string, unknown>; basis: { law: string; article: string } };
    result?: T;
  }>,
  ip: string | null,
): Promise<T | undefined> {
  await visibleCase(deps.db, actor, caseId);
  if (!allowed(actor)) throw forbidden();
  const calendar = await workdayCalendarOf(deps);
  return deps.db.transaction(async (tx) => {
    const notice = await lockNoticeOfCase(tx, caseId);
    if (!notice) throw notFound('缴款通知');
    if (notice.version !== version) throw versionConflict();
    const now = deps.clock.now();
    const rows = await paymentsOf(tx, [notice.id]);
    const out = await run({ tx, notice, rows, now, today: toLocalDate(now), calendar });
    const next = { ...notice, ...out.set, version: notice.version + 1, updatedAt: now };
    await updateNotice(tx, notice.id, { ...out.set, version: next.version, updatedAt: now });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: out.audit.action,
      objectType: 'payment_notice',
      objectId: notice.id,
      summary: { caseId, reference: notice.reference, ...out.audit.summary },
      basis: out.audit.basis,
    });
    // A pause shortens the surcharge: what was paid may now settle the notice.
    await settleIfPaid(tx, next, rows, toLocalDate(now), calendar, now, { userId: actor.userId, name: actor.displayName });
    return out.result;
  });
}

const refused = (code: string, reason: string, basis: { law: string; article: string; note?: string }) =>
  new AppError(code, reason, { basis });

export async function recordRemedyPause(
  deps: Deps,
  actor: Actor,
  caseId: string,
  body: { version: number; kind: RemedyPause['kind']; from: string; note: string },
  ip: string | null,
) {
  await onNotice(
    deps,
    actor,
    caseId,
    body.version,
    mayManage,
    async ({ notice, today }) => {
      const from = body.from as LocalDate;
      if (notice.servedOn === null || from < notice.servedOn)
        throw refused('PAUSE_INVALID', '复议、诉讼期间应在决定书送达之后', REMEDY_PENDING);
      if (from > today) throw refused('PAUSE_INVALID', '开始日期不得晚于今天', REMEDY_PENDING);
      if (notice.pauses.some((p) => p.to === null)) throw refused('PAUSE_INVALID', '已有尚未终结的复议或诉讼', REMEDY_PENDING);
      if (notice.pauses.some((p) => p.to !== null && from <= p.to))
        throw refused('PAUSE_INVALID', '与已登记的复议、诉讼期间重叠', REMEDY_PENDING);
      const pauses = [...notice.pauses, { kind: body.kind, from, to: null, note: body.note }];
      return { set: { pauses }, audit: { action: 'payment.pause.start', summary: { kind: body.kind, from }, basis: REMEDY_PENDING } };
    },
    ip,
  );
}

export async function endRemedyPause(
  deps: Deps,
  actor: Actor,
  caseId: string,
  body: { version: number; to: string; note: string },
  ip: string | null,
) {
  await onNotice(
    deps,
    actor,
    caseId,
    body.version,
    mayManage,
    async ({ notice, today }) => {
      const open = notice.pauses.find((p) => p.to === null);
      const to = body.to as LocalDate;
      if (!open) throw refused('PAUSE_INVALID', '没有尚未终结的复议或诉讼', REMEDY_PENDING);
      if (to < open.from || to > today) throw refused('PAUSE_INVALID', `终结日期应在${open.from}至今天之间`, REMEDY_PENDING);
      const pauses = notice.pauses.map((p) => (p === open ? { ...p, to, note: [p.note, body.note].filter(Boolean).join('；') } : p));
      return {
        set: { pauses },
        audit: { action: 'payment.pause.end', summary: { kind: open.kind, from: open.from, to }, basis: REMEDY_PENDING },
      };
    },
    ip,
  );
}

export async function approveArrangement(deps: Deps, actor: Actor, caseId: string, body: ArrangementRequest, ip: string | null) {
  await onNotice(
    deps,
    actor,
    caseId,
    body.version,
    (a) => a.permissions.has('case:approve'),
    async ({ notice, rows, today, calendar, now }) => {
      const ledger = ledgerOf(notice, rows, today, calendar);
      const arrangement: PaymentArrangement =
        body.kind === 'deferral'
          ? { kind: 'deferral', until: body.until as LocalDate }
          : {
              kind: 'instalments',
              instalments: body.instalments.map((i) => ({ dueDate: i.dueDate as LocalDate, amountFen: i.amountFen })),
            };
      const r = checkArrangement({
        arrangement,
        appliedOn: body.appliedOn as LocalDate,
        reason: body.reason,
        outstandingPrincipalFen: ledger.principalFen - ledger.principalPaidFen,
        currentDueDate: ledger.finalDueDate,
        approverIsLeader: mayApprove(actor),
        today,
      });
      if (!r.ok) throw refused(r.code, r.reason, r.basis);
      // Instalments cover the principal still unpaid: paid amounts stay as they are, earlier dates no longer apply.
      const record = {
        arrangement:
          arrangement.kind === 'instalments' && ledger.principalPaidFen > 0
            ? {
                kind: 'instalments' as const,
                instalments: [{ dueDate: ledger.statutoryDueDate!, amountFen: ledger.principalPaidFen }, ...arrangement.instalments],
              }
            : arrangement,
        appliedOn: body.appliedOn as LocalDate,
        reason: body.reason,
        approvedBy: actor.userId,
        approvedByName: actor.displayName,
        approvedAt: now.toISOString(),
      };
      return {
        set: { arrangement: record },
        audit: { action: 'payment.arrangement.approve', summary: { kind: arrangement.kind, arrangement }, basis: DEFERRAL },
      };
    },
    ip,
  );
}

export async function recordReminder(
  deps: Deps,
  actor: Actor,
  caseId: string,
  body: { version: number; servedOn: string; method: string; note: string },
  ip: string | null,
) {
  await onNotice(
    deps,
    actor,
    caseId,
    body.version,
    mayManage,
    async ({ notice, rows, today, calendar }) => {
      const servedOn = body.servedOn as LocalDate;
      if (servedOn > today) throw refused('REMINDER_INVALID', '送达日期不得晚于今天', REMINDER);
      const ledger = ledgerOf(notice, rows, servedOn, calendar);
      const block = trackOf(notice, ledger, servedOn, calendar).reminderBlock;
      if (block) throw refused(block.code, block.reason, block.basis);
      const reminder = {
        servedOn,
        method: body.method,
        amountFen: ledger.outstandingFen,
        note: body.note,
        recordedByName: actor.displayName,
      };
      return {
        set: { reminder },
        audit: { action: 'payment.reminder', summary: { servedOn, amountFen: ledger.outstandingFen }, basis: REMINDER },
      };
    },
    ip,
  );
}

export async function recordCourtApplication(
  deps: Deps,
  actor: Actor,
  caseId: string,
  body: { version: number; appliedOn: string; court: string; note: string },
  ip: string | null,
) {
  await onNotice(
    deps,
    actor,
    caseId,
    body.version,
    mayManage,
    async ({ notice, rows, today, calendar }) => {
      const appliedOn = body.appliedOn as LocalDate;
      if (appliedOn > today) throw refused('COURT_APPLICATION_INVALID', '申请日期不得晚于今天', COURT_APPLICATION);
      const ledger = ledgerOf(notice, rows, appliedOn, calendar);
      const block = trackOf(notice, ledger, appliedOn, calendar).applicationBlock;
      if (block) throw refused(block.code, block.reason, block.basis);
      const courtApplication = { appliedOn, court: body.court, note: body.note, recordedByName: actor.displayName };
      return {
        set: { courtApplication },
        audit: {
          action: 'payment.court_application',
          summary: { appliedOn, court: body.court, outstandingFen: ledger.outstandingFen },
          basis: COURT_APPLICATION,
        },
      };
    },
    ip,
  );
}

/** 交至行政机关 / 缴付银行 of cash collected on the spot; late is recorded, with the delay visible (alert, 第七十一条). */
export async function recordHandover(
  deps: Deps,
  actor: Actor,
  paymentId: string,
  body: { stage: 'agency' | 'bank'; on: string; note: string },
  ip: string | null,
) {
  if (!mayManage(actor)) throw forbidden();
  const calendar = await workdayCalendarOf(deps);
  return deps.db.transaction(async (tx) => {
    const p = await lockPayment(tx, paymentId);
    if (!p || p.source !== 'cash') throw notFound('当场收缴记录');
    await visibleCase(tx, actor, p.caseId);
    const now = deps.clock.now();
    const today = toLocalDate(now);
    const on = body.on as LocalDate;
    const input = {
      collectedOn: p.paidOn,
      onWater: p.onWater,
      landedOn: p.landedOn,
      handedToAgencyOn: p.handedToAgencyOn,
      depositedToBankOn: p.depositedToBankOn,
      today,
    };
    const r = checkHandover(input, body.stage, on);
    if (!r.ok) throw refused('HANDOVER_INVALID', r.reason, r.basis);
    const set =
      body.stage === 'agency'
        ? { handedToAgencyOn: on, handedToAgencyBy: actor.userId }
        : { depositedToBankOn: on, depositedBy: actor.userId };
    await updatePayment(tx, p.id, set);
    const status = cashHandoverStatus(
      { ...input, ...(body.stage === 'agency' ? { handedToAgencyOn: on } : { depositedToBankOn: on }) },
      calendar,
    );
    const stage = body.stage === 'agency' ? status.toAgency : status.toBank;
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: body.stage === 'agency' ? 'payment.cash.to_agency' : 'payment.cash.to_bank',
      objectType: 'payment',
      objectId: p.id,
      summary: { caseId: p.caseId, receiptNumber: p.receiptNumber, on, dueDate: stage.dueDate, overdue: stage.overdue, note: body.note },
      basis: CASH_HANDOVER,
    });
    return { overdue: stage.overdue, dueDate: stage.dueDate };
  });
}

export async function recordLanding(deps: Deps, actor: Actor, paymentId: string, landedOn: string, ip: string | null) {
  if (!mayManage(actor)) throw forbidden();
  await deps.db.transaction(async (tx) => {
    const p = await lockPayment(tx, paymentId);
    if (!p || p.source !== 'cash') throw notFound('当场收缴记录');
    await visibleCase(tx, actor, p.caseId);
    const now = deps.clock.now();
    const on = landedOn as LocalDate;
    if (!p.onWater || p.landedOn !== null)
      throw refused('HANDOVER_INVALID', p.onWater ? '已登记抵岸日期' : '该笔罚款不是在水上收缴的', CASH_HANDOVER);
    if (on < p.paidOn || on > toLocalDate(now)) throw refused('HANDOVER_INVALID', '抵岸日期应在收缴日期至今天之间', CASH_HANDOVER);
    await updatePayment(tx, p.id, { landedOn: on });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'payment.cash.landed',
      objectType: 'payment',
      objectId: p.id,
      summary: { caseId: p.caseId, landedOn: on },
      basis: CASH_HANDOVER,
    });
  });
}
