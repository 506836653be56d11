/**
 * Reconciliation import: upload → preview (parse, match, report; nothing is recorded but the import itself) →
 * commit. The commit is all-or-nothing in one transaction: it is refused while any row cannot be read (amount,
 * time, serial — a 缴款码 failing its check character is not such an error: the row is reported unmatched, since the
 * bureau cannot correct a bank statement), and when no row would be applied; otherwise the
 * rows are matched again against the notices (locked) as they stand now, every matched / partial / overpaid row
 * becomes a payment, notices paid off are settled (执行完毕 on the case), duplicates and unmatched rows are reported
 * and left out, and one audit row records it all. A concurrent import of the same bank serial fails the unique
 * index and rolls the whole commit back.
 */
import crypto from 'node:crypto';
import {
  matchReconciliation,
  parseReconciliationCsv,
  RECONCILIATION_COLUMNS,
  toLocalDate,
  type NoticeToMatch,
  type ReconciliationRow as ParsedRow,
  PAYMENT_SEPARATION,
} from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { Executor } from '../../../platform/db.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { workdayCalendarOf } from '../../calendar/index.ts';
import { ledgerPayments, settleIfPaid, termsOf } from '../notice-ledger.ts';
import type { StoredReport, StoredRow } from '../payments.table.ts';
import {
  getReconciliation,
  importedSerials,
  insertPayments,
  insertReconciliation,
  lockNotices,
  lockReconciliation,
  noticesByReferences,
  paymentsOf,
  updateReconciliation,
  type NoticeRow,
  type PaymentRow,
} from '../payments.repository.ts';
import { decodeReconciliationFile } from './decode.ts';

const toStored = (r: ParsedRow): StoredRow => ({
  line: r.line,
  serial: r.serial,
  reference: r.reference,
  payer: r.payer,
  amountFen: r.amountFen,
  paidAt: r.paidAt.toISOString(),
  paidOn: r.paidOn,
  ...(r.referenceProblem ? { referenceProblem: r.referenceProblem } : {}),
});
const fromStored = (r: StoredRow): ParsedRow => ({ ...r, paidAt: new Date(r.paidAt) });

async function match(db: Executor, bureauId: string, rows: readonly ParsedRow[], notices: NoticeRow[], deps: Deps): Promise<StoredReport> {
  const calendar = await workdayCalendarOf(deps);
  const paid = await paymentsOf(
    db,
    notices.map((n) => n.id),
  );
  const byNotice = new Map<string, PaymentRow[]>();
  for (const p of paid) byNotice.set(p.noticeId, [...(byNotice.get(p.noticeId) ?? []), p]);
  const map = new Map<string, NoticeToMatch>(
    notices.map((n) => [
      n.reference,
      { id: n.id, reference: n.reference, terms: termsOf(n), payments: ledgerPayments(byNotice.get(n.id) ?? []) },
    ]),
  );
  const imported = await importedSerials(db, bureauId, [...new Set(rows.map((r) => r.serial))]);
  const today = toLocalDate(deps.clock.now());
  const m = matchReconciliation(rows, map, imported, today, calendar);
  const byId = new Map(notices.map((n) => [n.id, n]));
  return {
    summary: m.summary,
    rows: m.rows.map((r) => {
      const n = r.noticeId ? byId.get(r.noticeId) : undefined;
      return {
        ...toStored(r),
        outcome: r.outcome,
        late: r.late,
        surchargeFen: r.surchargeFen,
        excessFen: r.excessFen,
        outstandingAfterFen: r.outstandingAfterFen,
        message: r.message,
        noticeId: r.noticeId,
        caseId: n?.caseId ?? null,
        decisionNumber: n?.decisionNumber ?? null,
      };
    }),
  };
}

export function assertMayReconcile(actor: Actor): void {
  if (!actor.permissions.has('payment:reconcile')) throw new AppError('FORBIDDEN', '没有导入银行对账文件的权限');
}

/** Upload and preview: the file is read and matched; the import is recorded (with its audit row), nothing else. */
export async function previewReconciliation(
  deps: Deps,
  actor: Actor,
  buf: Buffer,
  fileName: string | null,
  ip: string | null,
): Promise<string> {
  assertMayReconcile(actor);
  const { text, encoding } = await decodeReconciliationFile(buf, fileName);
  const now = deps.clock.now();
  const parsed = parseReconciliationCsv(text, now);
  const sha256 = crypto.createHash('sha256').update(buf).digest('hex');
  const base = {
    bureauId: actor.bureauId,
    actorId: actor.userId,
    actorName: actor.displayName,
    fileName,
    encoding,
    sha256,
    createdAt: now,
  };
  let values;
  if (!parsed.ok) {
    values = { ...base, status: 'failed' as const, failureReason: parsed.reason };
  } else {
    const notices = await noticesByReferences(deps.db, actor.bureauId, [...new Set(parsed.rows.filter((r) => !r.referenceProblem).map((r) => r.reference))]);
    const report = await match(deps.db, actor.bureauId, parsed.rows, notices, deps);
    values = {
      ...base,
      status: 'previewed' as const,
      rows: parsed.rows.map(toStored),
      errors: parsed.errors.slice(0, 1000),
      errorCount: parsed.errors.length,
      report,
    };
  }
  return deps.db.transaction(async (tx) => {
    const row = await insertReconciliation(tx, values);
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'payment.reconciliation.upload',
      objectType: 'payment_reconciliation',
      objectId: row.id,
      summary: {
        fileName,
        encoding,
        sha256,
        size: buf.length,
        status: row.status,
        rows: row.rows.length,
        errorCount: row.errorCount,
        ...(row.report ? { summary: row.report.summary } : {}),
      },
      basis: PAYMENT_SEPARATION,
    });
    return row.id;
  });
}

const isUniqueViolation = (err: unknown): boolean => {
  const e = err as { code?: string; cause?: { code?: string } };
  return e.code === '23505' || e.cause?.code === '23505';
};

export async function commitReconciliation(deps: Deps, actor: Actor, id: string, ip: string | null) {
  assertMayReconcile(actor);
  try {
    return await commit(deps, actor, id, ip);
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError('DUPLICATE', '对账文件中的银行流水号已被同时进行的另一次导入登记，本次未导入任何记录，请重新上传核对');
    throw err;
  }
}

async function commit(deps: Deps, actor: Actor, id: string, ip: string | null) {
  const calendar = await workdayCalendarOf(deps);
  return deps.db.transaction(async (tx) => {
    const rec = await lockReconciliation(tx, id);
    if (!rec || rec.bureauId !== actor.bureauId) throw notFound('对账记录');
    if (rec.status !== 'previewed')
      throw new AppError('IMPORT_NOT_READY', rec.status === 'committed' ? '该对账文件已导入' : '该对账文件无法读取，不能导入');
    if (rec.errorCount > 0) {
      throw new AppError('RECONCILIATION_HAS_ERRORS', `对账文件有 ${rec.errorCount} 处错误，须更正后重新上传；本次未导入任何记录`, {
        basis: PAYMENT_SEPARATION,
      });
    }
    const rows = rec.rows.map(fromStored);
    const notices = await lockNotices(tx, rec.bureauId, [...new Set(rows.filter((r) => !r.referenceProblem).map((r) => r.reference))]);
    const report = await match(tx, rec.bureauId, rows, notices, deps);
    const now = deps.clock.now();
    const applied = report.rows.filter((r) => r.noticeId !== null && r.outcome !== 'duplicate' && r.outcome !== 'unmatched');
    if (applied.length === 0) {
      throw new AppError('NOTHING_TO_IMPORT', '对账文件中没有可以入账的记录（均为重复或未匹配），本次未导入任何记录', { basis: PAYMENT_SEPARATION });
    }
    const inserted = await insertPayments(
      tx,
      applied.map((r) => ({
        bureauId: rec.bureauId,
        noticeId: r.noticeId!,
        caseId: r.caseId!,
        source: 'bank' as const,
        amountFen: r.amountFen,
        paidAt: new Date(r.paidAt),
        paidOn: r.paidOn,
        payerName: r.payer,
        bankSerial: r.serial,
        reconciliationId: rec.id,
        recordedBy: actor.userId,
        recordedByName: actor.displayName,
        createdAt: now,
      })),
    );
    const all = await paymentsOf(
      tx,
      notices.map((n) => n.id),
    );
    let settled = 0;
    for (const n of notices) {
      if (!inserted.some((p) => p.noticeId === n.id)) continue;
      const r = await settleIfPaid(
        tx,
        n,
        all.filter((p) => p.noticeId === n.id),
        toLocalDate(now),
        calendar,
        now,
        { userId: actor.userId, name: actor.displayName },
      );
      if (r.settled) settled++;
    }
    await updateReconciliation(tx, rec.id, { status: 'committed', report, committedAt: now, committedBy: actor.userId });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'payment.reconciliation.commit',
      objectType: 'payment_reconciliation',
      objectId: rec.id,
      summary: { fileName: rec.fileName, sha256: rec.sha256, applied: inserted.length, settled, summary: report.summary },
      basis: PAYMENT_SEPARATION,
    });
    return { id: rec.id, applied: inserted.length, summary: report.summary };
  });
}

export async function reconciliationOf(deps: Deps, actor: Actor, id: string) {
  assertMayReconcile(actor);
  const rec = await getReconciliation(deps.db, id);
  if (!rec || rec.bureauId !== actor.bureauId) throw notFound('对账记录');
  return rec;
}

export const RECONCILIATION_TEMPLATE = `\uFEFF${RECONCILIATION_COLUMNS.map((c) => c.header).join(',')}\r\n`;
