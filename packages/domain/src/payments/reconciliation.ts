/**
 * 银行 / 非税收入 对账文件 (reconciliation CSV): how a row reads and what it does to the notices.
 *
 * File format (RECONCILIATION_COLUMNS; the header row names the columns, their order is free, other columns are
 * ignored): 流水号 (bank serial, unique per bureau forever), 缴款码 (the notice's payment reference), 缴款人,
 * 金额 (yuan, up to 2 decimals, e.g. 500.00), 到账时间 (YYYY-MM-DD HH:mm[:ss] or YYYY-MM-DD, Beijing time).
 *
 * Outcomes of a row:
 * - error: the row cannot be read (amount, time, serial) — any error refuses the whole file, nothing is imported;
 * - unmatched: also a row whose 缴款码 is unreadable or fails its check character: the bank did receive the money and
 *   the bureau cannot correct a bank statement, so the row is reported (with the reason) and the rest imported;
 * - duplicate: the serial was imported before, or appears earlier in the same file — reported, not applied;
 * - unmatched: the reference is well-formed but belongs to no notice of the bureau — reported, not applied;
 * - matched: the row settles what was owed (principal and any surcharge) exactly;
 * - partial: something is still owed after it; overpaid: it paid more than was owed (excess reported).
 * `late` marks a matched/partial/overpaid row paid after a due date, with the surcharge due at that day.
 */
import { isLocalDate, toLocalDate, type LocalDate } from '../calendar/local-date.ts';
import type { WorkdayCalendar } from '../calendar/workday-calendar.ts';
import { computeLedger, type LedgerPayment, type PaymentTerms } from './ledger.ts';
import { checkPaymentReference } from './payment-reference.ts';

export const RECONCILIATION_COLUMNS = [
  { key: 'serial', header: '流水号', aliases: ['银行流水号', '交易流水号', '流水编号'], required: true },
  { key: 'reference', header: '缴款码', aliases: ['缴款编码', '缴款识别码', '缴款通知书编号'], required: true },
  { key: 'payer', header: '缴款人', aliases: ['付款人', '缴款人名称', '缴款单位'], required: false },
  { key: 'amount', header: '金额', aliases: ['缴款金额', '金额（元）', '金额(元)', '到账金额'], required: true },
  { key: 'paidAt', header: '到账时间', aliases: ['到账日期', '交易时间', '缴款时间'], required: true },
] as const;
export type ReconciliationColumn = (typeof RECONCILIATION_COLUMNS)[number]['key'];

export const MAX_RECONCILIATION_ROWS = 20_000;

export interface ReconciliationRow {
  /** Line in the file (the header is line 1). */
  line: number;
  serial: string;
  reference: string;
  payer: string;
  amountFen: number;
  paidAt: Date;
  paidOn: LocalDate;
  /** Why the 缴款码 matches no notice by itself (format or check character); absent when it is well-formed. */
  referenceProblem?: string;
}

export interface RowError {
  line: number;
  field: ReconciliationColumn | 'file';
  message: string;
}

export type ParsedReconciliation = { ok: true; rows: ReconciliationRow[]; errors: RowError[] } | { ok: false; reason: string };

/** RFC 4180 fields: commas, quotes doubled inside quoted fields, CRLF or LF. */
export function splitCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    out.push(row);
  }
  return out;
}

const norm = (h: string) => h.replace(/^\uFEFF/, '').replace(/\s/g, '');

/** 1,234.5 → 123450 fen; null when not a positive amount with at most two decimals. */
export function parseYuan(value: string): number | null {
  const v = value.replace(/[,，\s]/g, '').replace(/^[¥￥]/, '');
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(v);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fen > 0 ? fen : null;
}

/** Beijing local time → instant; null when unreadable. */
export function parseBeijingTime(value: string): Date | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const pad = (s: string | undefined) => (s ?? '0').padStart(2, '0');
  const date = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  if (!isLocalDate(date)) return null;
  const h = Number(m[4] ?? 0);
  const min = Number(m[5] ?? 0);
  const s = Number(m[6] ?? 0);
  if (h > 23 || min > 59 || s > 59) return null;
  return new Date(`${date}T${pad(String(h))}:${pad(String(min))}:${pad(String(s))}+08:00`);
}

/** Reads the decoded text of a reconciliation file; `now` bounds the 到账时间 (a payment cannot arrive tomorrow). */
export function parseReconciliationCsv(text: string, now: Date): ParsedReconciliation {
  const table = splitCsv(text).filter((r) => r.some((c) => c.trim() !== ''));
  if (table.length === 0) return { ok: false, reason: '文件为空' };
  const header = table[0]!.map(norm);
  const columnAt = new Map<ReconciliationColumn, number>();
  for (const c of RECONCILIATION_COLUMNS) {
    const i = header.findIndex((h) => h === c.header || (c.aliases as readonly string[]).includes(h));
    if (i >= 0) columnAt.set(c.key, i);
  }
  const missing = RECONCILIATION_COLUMNS.filter((c) => c.required && !columnAt.has(c.key)).map((c) => c.header);
  if (missing.length)
    return {
      ok: false,
      reason: `第 1 行须为表头，缺少列：${missing.join('、')}（应为：${RECONCILIATION_COLUMNS.map((c) => c.header).join(',')}）`,
    };
  if (table.length - 1 > MAX_RECONCILIATION_ROWS)
    return { ok: false, reason: `单个对账文件不超过 ${MAX_RECONCILIATION_ROWS} 行，请分批导入` };
  if (table.length === 1) return { ok: false, reason: '文件中没有数据行（表头下方为空）' };

  const rows: ReconciliationRow[] = [];
  const errors: RowError[] = [];
  for (let i = 1; i < table.length; i++) {
    const cells = table[i]!;
    const line = i + 1;
    const get = (k: ReconciliationColumn) => (columnAt.has(k) ? (cells[columnAt.get(k)!] ?? '').trim() : '');
    const serial = get('serial');
    const rawRef = get('reference');
    const amountFen = parseYuan(get('amount'));
    const paidAt = parseBeijingTime(get('paidAt'));
    const before = errors.length;
    if (serial === '' || serial.length > 64) errors.push({ line, field: 'serial', message: serial === '' ? '流水号为空' : '流水号过长' });
    // A bad 缴款码 is the payer's typing on a bank record: not an error of the file (see the header).
    const ref = checkPaymentReference(rawRef);
    if (amountFen === null)
      errors.push({ line, field: 'amount', message: `金额“${get('amount')}”无效（应为大于0的元金额，最多两位小数）` });
    if (paidAt === null) errors.push({ line, field: 'paidAt', message: `到账时间“${get('paidAt')}”无效（应为 YYYY-MM-DD HH:mm:ss）` });
    else if (paidAt.getTime() > now.getTime()) errors.push({ line, field: 'paidAt', message: '到账时间晚于当前时间' });
    if (errors.length > before || amountFen === null || paidAt === null) continue;
    rows.push({
      line,
      serial,
      reference: ref.ok ? ref.reference : rawRef.slice(0, 64),
      payer: get('payer').slice(0, 200),
      amountFen,
      paidAt,
      paidOn: toLocalDate(paidAt),
      ...(ref.ok ? {} : { referenceProblem: ref.reason }),
    });
  }
  return { ok: true, rows, errors };
}

export interface NoticeToMatch {
  id: string;
  reference: string;
  terms: PaymentTerms;
  /** Payments already recorded on the notice (bank and cash). */
  payments: readonly LedgerPayment[];
}

export type RowOutcome = 'matched' | 'partial' | 'overpaid' | 'duplicate' | 'unmatched';

export interface MatchedRow extends ReconciliationRow {
  outcome: RowOutcome;
  noticeId: string | null;
  late: boolean;
  /** Surcharge accrued by the payment day (late rows). */
  surchargeFen: number;
  excessFen: number;
  /** Still owed on the notice right after this row. */
  outstandingAfterFen: number;
  message: string;
}

export interface ReconciliationSummary {
  total: number;
  matched: number;
  partial: number;
  overpaid: number;
  duplicate: number;
  unmatched: number;
  late: number;
  /** Money applied to notices (matched + partial + overpaid rows). */
  appliedFen: number;
}

/**
 * Matches readable rows against the bureau's notices (by reference) and the serials already imported. Rows are
 * judged in file order for duplicates; a notice's payments (old and new) are placed by date, so a row's outcome is
 * what it did in the ledger.
 */
export function matchReconciliation(
  rows: readonly ReconciliationRow[],
  notices: ReadonlyMap<string, NoticeToMatch>,
  importedSerials: ReadonlySet<string>,
  today: LocalDate,
  calendar: WorkdayCalendar,
): { rows: MatchedRow[]; summary: ReconciliationSummary } {
  const seen = new Map<string, number>();
  const out: MatchedRow[] = rows.map((r) => ({
    ...r,
    outcome: 'unmatched',
    noticeId: null,
    late: false,
    surchargeFen: 0,
    excessFen: 0,
    outstandingAfterFen: 0,
    message: '',
  }));
  const byNotice = new Map<string, number[]>();
  out.forEach((r, i) => {
    const first = seen.get(r.serial);
    if (importedSerials.has(r.serial)) {
      r.outcome = 'duplicate';
      r.message = '该流水号已在此前的对账中导入';
    } else if (first !== undefined) {
      r.outcome = 'duplicate';
      r.message = `与本文件第 ${first} 行流水号重复`;
    } else {
      seen.set(r.serial, r.line);
      const n = r.referenceProblem ? undefined : notices.get(r.reference);
      if (r.referenceProblem) {
        r.message = `${r.referenceProblem}，无法对应缴款通知，请人工核对`;
      } else if (!n) {
        r.message = '未找到该缴款码对应的缴款通知';
      } else if (n) {
        r.noticeId = n.id;
        byNotice.set(n.reference, [...(byNotice.get(n.reference) ?? []), i]);
      }
    }
  });
  for (const [reference, idx] of byNotice) {
    const n = notices.get(reference)!;
    const fresh = idx.map((i) => ({ paidOn: out[i]!.paidOn, amountFen: out[i]!.amountFen }));
    const ledger = computeLedger(n.terms, [...n.payments, ...fresh], today, calendar);
    for (const a of ledger.allocations) {
      if (a.index < n.payments.length) continue;
      const r = out[idx[a.index - n.payments.length]!]!;
      r.late = a.late;
      r.surchargeFen = a.late ? a.surchargeAccruedFen : 0;
      r.excessFen = a.excessFen;
      r.outstandingAfterFen = a.outstandingAfterFen;
      r.outcome = a.excessFen > 0 ? 'overpaid' : a.outstandingAfterFen === 0 ? 'matched' : 'partial';
      const yuan = (f: number) => (f / 100).toFixed(2);
      r.message =
        r.outcome === 'overpaid'
          ? `多缴 ${yuan(a.excessFen)} 元，须办理退付`
          : r.outcome === 'matched'
            ? '已缴清'
            : `部分缴纳，尚欠 ${yuan(a.outstandingAfterFen)} 元`;
      if (a.late) r.message += `；逾期缴纳，加处罚款 ${yuan(a.surchargeAccruedFen)} 元`;
    }
  }
  const count = (o: RowOutcome) => out.filter((r) => r.outcome === o).length;
  return {
    rows: out,
    summary: {
      total: out.length,
      matched: count('matched'),
      partial: count('partial'),
      overpaid: count('overpaid'),
      duplicate: count('duplicate'),
      unmatched: count('unmatched'),
      late: out.filter((r) => r.late).length,
      appliedFen: out.filter((r) => r.noticeId !== null && r.outcome !== 'duplicate').reduce((s, r) => s + r.amountFen, 0),
    },
  };
}
