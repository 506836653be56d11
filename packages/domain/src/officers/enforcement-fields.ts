/**
 * 执法领域 codes used for certificate categories and power codes (JUSTICE-POWERS.md §1: CF-LS-001 …). A
 * certificate's categories are compared by code; people read the label.
 */
export const ENFORCEMENT_FIELD_LABELS: Readonly<Record<string, string>> = {
  LS: '律师',
  GZ: '公证',
  JD: '司法鉴定',
  FY: '法律援助',
  JF: '基层法律服务',
  ZY: '法律职业资格',
  TJ: '人民调解',
  PS: '人民陪审员',
  JZ: '社区矫正',
  ZF: '执法监督',
  TY: '通用',
};

/** "律师（LS）", or the code itself when it is not a known field (a deployment's own categories). */
export function enforcementFieldLabel(code: string): string {
  const label = ENFORCEMENT_FIELD_LABELS[code];
  return label ? `${label}（${code}）` : code;
}
