/**
 * 缴款码 (payment reference) printed on the 缴款通知书 and quoted by the party at the bank: 20 characters — the
 * year (4 digits), a nationwide sequence of the year (15 digits) and a check character computed with ISO 7064
 * MOD 11-2 (the scheme of the resident ID-card number: 0–9 or X). The check character catches every single wrong
 * digit and every swap of two neighbouring digits, so a mistyped reference in the bank file is reported, never
 * matched to another party's notice.
 */
export const PAYMENT_REFERENCE_LENGTH = 20;
const SEQUENCE_DIGITS = 15;

/** ISO 7064 MOD 11-2 check character of a digit string. */
export function paymentReferenceCheckChar(body: string): string {
  if (!/^\d+$/.test(body)) throw new RangeError('缴款码主体应为数字');
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const weight = 2 ** (body.length - i) % 11;
    sum += Number(body[i]) * weight;
  }
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** The reference for the `sequence`-th notice of `year` (sequence ≥ 1). */
export function formatPaymentReference(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError('年份无效');
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence >= 10 ** SEQUENCE_DIGITS) throw new RangeError('序号无效');
  const body = `${year}${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
  return body + paymentReferenceCheckChar(body);
}

/** Spaces and dashes people type between groups are dropped; a lower-case x is read as X. */
export function normalisePaymentReference(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

export type PaymentReferenceCheck = { ok: true; reference: string } | { ok: false; reason: string };

export function checkPaymentReference(value: string): PaymentReferenceCheck {
  const ref = normalisePaymentReference(value);
  if (ref === '') return { ok: false, reason: '缴款码为空' };
  if (!/^\d{19}[\dX]$/.test(ref)) return { ok: false, reason: `缴款码应为${PAYMENT_REFERENCE_LENGTH}位（19位数字加1位校验码）` };
  if (paymentReferenceCheckChar(ref.slice(0, 19)) !== ref[19]) return { ok: false, reason: '缴款码校验位不符（可能录入有误）' };
  return { ok: true, reference: ref };
}

/** 2026 0000 0000 0000 012X — groups of four for printing. */
export function groupPaymentReference(ref: string): string {
  return ref.replace(/(.{4})(?=.)/g, '$1 ');
}
