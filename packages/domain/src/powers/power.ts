/**
 * The power item (执法事项 / 行政职权) of the power list (权责清单), mirroring the fields of
 * shared/domain/justice-powers.json plus the 五要素 the plan asks of every item (范围、权限、标准、程序、责任).
 */
import type { SanctionRange } from '../legal-basis/index.ts';

export const POWER_CATEGORIES = [
  'penalty',
  'license',
  'inspection',
  'coercion',
  'levy',
  'confirmation',
  'reward',
  'adjudication',
  'other',
] as const;
export type PowerCategory = (typeof POWER_CATEGORIES)[number];

export const POWER_CATEGORY_LABELS: Record<PowerCategory, string> = {
  penalty: '行政处罚',
  license: '行政许可',
  inspection: '行政检查',
  coercion: '行政强制',
  levy: '行政征收',
  confirmation: '行政确认',
  reward: '行政奖励',
  adjudication: '行政裁决',
  other: '其他行政权力',
};

/** The short category word the catalogue uses (justice-powers.json `category`). */
export const POWER_CATEGORY_SHORT: Record<PowerCategory, string> = {
  penalty: '处罚',
  license: '许可',
  inspection: '检查',
  coercion: '强制',
  levy: '征收',
  confirmation: '确认',
  reward: '奖励',
  adjudication: '裁决',
  other: '其他',
};

/**
 * Code prefixes, JUSTICE-POWERS.md §1. ZS and CJ are not in the catalogue (no justice-bureau item is a 征收 or
 * 裁决); they are made up on the same pattern and marked so.
 */
export const POWER_CODE_PREFIXES: Record<PowerCategory, string> = {
  penalty: 'CF',
  license: 'XK',
  inspection: 'JC',
  coercion: 'QZ',
  levy: 'ZS', // invented
  confirmation: 'QR',
  reward: 'JL',
  adjudication: 'CJ', // invented
  other: 'QT',
};

export function powerCategoryFromLabel(label: string): PowerCategory | null {
  const entry = (Object.entries(POWER_CATEGORY_SHORT) as [PowerCategory, string][]).find(
    ([, short]) => label === short || label === `行政${short}`,
  );
  return entry?.[0] ?? null;
}

/** `{类别}-{领域}-{NNN}`, e.g. CF-LS-001. The 领域 is the 执法类别 certificates list ('LS' 律师 …). */
export function parsePowerCode(code: string): { category: PowerCategory; field: string; serial: number } | null {
  const m = /^([A-Z]{2})-([A-Z]{2})-(\d{3})$/.exec(code);
  if (!m) return null;
  const category = (Object.entries(POWER_CODE_PREFIXES) as [PowerCategory, string][]).find(([, p]) => p === m[1])?.[0];
  return category ? { category, field: m[2] ?? '', serial: Number(m[3]) } : null;
}

/** A basis as the list cites it, linked to the library articles it resolves to (empty = not linked yet). */
export interface PowerBasisRef {
  law: string;
  article: string;
  gist: string;
  articleIds: readonly string[];
}

export interface StatutoryTimeLimit {
  /** null when the law says "及时" or sets no number. */
  days: number | null;
  dayType: 'workingDays' | 'calendarDays';
  /** As the law words it: '20日内作出决定（可延长10日）'. */
  text: string;
}

export type PowerVerification = 'verified' | 'partial' | 'unverified';

export interface Power {
  id: string;
  /** CF-LS-001. */
  code: string;
  /** The 12-character 基本编码 of a real catalogue, when known. */
  catalogCode: string | null;
  category: PowerCategory;
  /** As the catalogue words the type: 行政处罚, 刑罚执行（非行政处罚）… */
  catalogType: string;
  name: string;
  target: string;
  basis: readonly PowerBasisRef[];
  /** 实施主体. */
  subjectId: string;
  /** 承办科室 as the list names it; the breakdown decides which department actually holds it. */
  departmentName: string;
  /** 决定层级: 设区的市级司法局决定（直辖市为区司法局）… */
  level: string;
  /** 执法类别 checked against certificates (canEnforce): the 领域 of the code, 'LS', 'GZ' … */
  enforcementField: string;
  /** 执法区域: the division where the power is exercised (the subject's jurisdiction), as on certificates. */
  area: string;
  /** Fines in fen, suspension months, other sanctions; null for powers that set none (permits, rewards). */
  sanctions: SanctionRange | null;
  hearingEligible: boolean;
  hearingCondition: string | null;
  /** 五要素: 执法范围 / 执法权限 / 执法标准 / 执法程序 / 执法责任 (责任事项). */
  scope: string | null;
  authority: string | null;
  standard: string | null;
  procedure: string | null;
  responsibility: string | null;
  /** 追责情形. */
  accountabilityTriggers: readonly string[];
  statutoryTimeLimit: StatutoryTimeLimit | null;
  /** 收费依据及标准; '不收费' is a value, null = not filled in. */
  fees: string | null;
  /** 监督投诉渠道. */
  supervisionChannel: string | null;
  verification: PowerVerification;
  verificationNote: string | null;
  notes: string;
}

/** All library article ids a power cites. */
export function basisArticleIds(power: Pick<Power, 'basis'>): string[] {
  return [...new Set(power.basis.flatMap((b) => b.articleIds))];
}
