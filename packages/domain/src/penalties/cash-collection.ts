/**
 * 罚缴分离 and its two exceptions — 第六十七条 to 第七十条, LAW.md §11 G3. Officers collect cash only:
 * - after an on-the-spot (简易) decision, for a fine of ¥100 or less, or when it would be hard to enforce later (第六十八条);
 * - in a remote, water-borne or poorly connected area, after a simple or general decision, when paying at the bank or
 *   electronically is really difficult and the party asks (第六十九条);
 * and always against a fiscal receipt issued by the Ministry of Finance or the provincial finance department (第七十条).
 * Once collected, the hand-over clocks of 第七十一条 run (deadlines: cashHandoverToAgency, cashDepositToBank).
 */
import { formatFenAsYuan } from './penalty.ts';
import { refuse, type RuleRefusal } from './rule-check.ts';
import { CASH_ON_THE_SPOT, CASH_REMOTE_AREA, FISCAL_RECEIPT, SEPARATION_OF_COLLECTION } from './sources.ts';

/** 第六十八条第（一）项: ¥100. */
export const CASH_ON_THE_SPOT_LIMIT_FEN = 10_000;

export type ReceiptIssuer = 'ministryOfFinance' | 'provincialFinance' | 'other';

export interface CashCollectionInput {
  /** The procedure the fine was decided under. */
  procedure: 'simple' | 'general';
  /** The fine decided, in fen. */
  fineFen: number;
  /** Collected now, in fen. */
  amountFen: number;
  /** 不当场收缴事后难以执行 (第六十八条第（二）项). */
  hardToEnforceLater: boolean;
  /** 边远、水上、交通不便地区 (第六十九条). */
  remoteArea: boolean;
  /** 到指定银行或者通过电子支付系统缴纳罚款确有困难. */
  bankPaymentDifficult: boolean;
  /** 经当事人提出. */
  partyRequested: boolean;
  /** Number of the fiscal receipt handed to the party; null when none was issued. */
  receiptNumber: string | null;
  receiptIssuer: ReceiptIssuer | null;
}

export type CashCollectionGround = 'smallFine' | 'hardToEnforce' | 'remoteArea';
export type CashCollectionCode = 'CASH_NOT_ALLOWED' | 'RECEIPT_REQUIRED' | 'INVALID_AMOUNT';
export type CashCollectionCheck = { ok: true; ground: CashCollectionGround } | RuleRefusal<CashCollectionCode>;

export function checkCashCollection(input: CashCollectionInput): CashCollectionCheck {
  const { fineFen, amountFen } = input;
  if (!Number.isSafeInteger(fineFen) || fineFen <= 0 || !Number.isSafeInteger(amountFen) || amountFen <= 0) {
    return refuse('INVALID_AMOUNT', '罚款和收缴金额应为正整数（分）', SEPARATION_OF_COLLECTION);
  }
  if (amountFen > fineFen) {
    return refuse('INVALID_AMOUNT', `收缴金额${formatFenAsYuan(amountFen)}超过罚款${formatFenAsYuan(fineFen)}`, SEPARATION_OF_COLLECTION);
  }
  let ground: CashCollectionGround | null = null;
  if (input.procedure === 'simple' && fineFen <= CASH_ON_THE_SPOT_LIMIT_FEN) ground = 'smallFine';
  else if (input.procedure === 'simple' && input.hardToEnforceLater) ground = 'hardToEnforce';
  else if (input.remoteArea && input.bankPaymentDifficult && input.partyRequested) ground = 'remoteArea';
  if (ground === null) {
    const why =
      input.procedure === 'simple'
        ? `罚款${formatFenAsYuan(fineFen)}超过${formatFenAsYuan(CASH_ON_THE_SPOT_LIMIT_FEN)}且不属于事后难以执行`
        : '普通程序作出的罚款决定，只有在边远、水上、交通不便地区且当事人缴款确有困难并提出时，才可当场收缴';
    const basis = input.procedure === 'simple' ? CASH_ON_THE_SPOT : CASH_REMOTE_AREA;
    return refuse('CASH_NOT_ALLOWED', `不得当场收缴罚款：${why}；应由当事人到指定银行或者通过电子支付系统缴纳（罚缴分离）`, basis);
  }
  if (!input.receiptNumber?.trim()) {
    return refuse('RECEIPT_REQUIRED', '当场收缴罚款必须出具财政部门统一制发的专用票据，并登记票据号码', FISCAL_RECEIPT);
  }
  if (input.receiptIssuer === 'other' || input.receiptIssuer === null) {
    return refuse('RECEIPT_REQUIRED', '专用票据须由国务院财政部门或者省级人民政府财政部门统一制发', FISCAL_RECEIPT);
  }
  return { ok: true, ground };
}
