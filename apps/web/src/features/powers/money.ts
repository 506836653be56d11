/**
 * Money typed in yuan, kept in fen: the text of the input is parsed digit by digit, never through a float
 * (ARCHITECTURE: no floats for money).
 */

/** "5000" → 500000, "12.5" → 1250, "0.05" → 5; null when not a non-negative amount with at most two decimals. */
export function yuanTextToFen(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const s = String(text).trim().replace(/,/g, '');
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const yuan = Number(m[1]);
  const cents = Number((m[2] ?? '').padEnd(2, '0'));
  return yuan * 100 + cents;
}

/** 500000 → "5000", 1250 → "12.5": the input's text for an amount in fen. */
export function fenToYuanText(fen: number | null | undefined): string | undefined {
  if (fen === null || fen === undefined) return undefined;
  const yuan = Math.trunc(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/** An antd rule for a yuan input (stringMode InputNumber or Input). */
export const yuanRule = {
  validator: async (_rule: unknown, value: unknown) => {
    if (value === undefined || value === null || value === '') return;
    if (yuanTextToFen(value as string) === null) throw new Error('请输入金额（元），最多两位小数');
  },
};
