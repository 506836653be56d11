/**
 * Penalty kinds a benchmark speaks of, the ranges it sets and how they read in Chinese.
 * Money is integer fen (分); multiples of the illegal income are integer percent (1倍 = 100) so that
 * amounts stay integers; suspensions are whole months.
 */

/**
 * Non-monetary kinds (行政处罚法 第九条) met in the justice sector; fines and suspensions are ranges of their own.
 * Values match penalties/penalty.ts SanctionKind where the kind exists there ('deregister' 撤销登记 does not).
 */
export const DISCRETION_SANCTION_KINDS = [
  'warning',
  'circulatedCriticism',
  'confiscateIllegalIncome',
  'confiscateIllegalProperty',
  'revokeLicence',
  'deregister',
] as const;
export type DiscretionSanctionKind = (typeof DISCRETION_SANCTION_KINDS)[number];

export const DISCRETION_SANCTION_LABELS: Record<DiscretionSanctionKind, string> = {
  warning: '警告',
  circulatedCriticism: '通报批评',
  confiscateIllegalIncome: '没收违法所得',
  confiscateIllegalProperty: '没收非法财物',
  revokeLicence: '吊销执业证书',
  deregister: '撤销登记',
};

/**
 * 限制从业 / 责令停产停业 as the justice laws word them. restrictPractice and suspendBusiness match
 * penalties/penalty.ts; suspendAppraisal (停止从事司法鉴定业务) is a restrictPractice there.
 */
export const SUSPENSION_KINDS = ['restrictPractice', 'suspendBusiness', 'suspendAppraisal'] as const;
export type SuspensionKind = (typeof SUSPENSION_KINDS)[number];

export const SUSPENSION_KIND_LABELS: Record<SuspensionKind, string> = {
  restrictPractice: '停止执业',
  suspendBusiness: '停业整顿',
  suspendAppraisal: '停止从事司法鉴定业务',
};

/** Both bounds inclusive. */
export interface FenRange {
  minFen: number;
  maxFen: number;
}
/** Multiples of the illegal income in percent: 一倍以上五倍以下 = { minPercent: 100, maxPercent: 500 }. */
export interface PercentRange {
  minPercent: number;
  maxPercent: number;
}
export interface MonthRange {
  minMonths: number;
  maxMonths: number;
}
export interface SuspensionRange extends MonthRange {
  kind: SuspensionKind;
}

export function isNonNegativeInteger(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/** "5000元", "5000.50元"; never a float on the way. */
export function formatFen(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const cents = Math.abs(fen % 100);
  return cents === 0 ? `${yuan}元` : `${yuan}.${String(cents).padStart(2, '0')}元`;
}

/** "1倍", "1.5倍". */
export function formatPercentMultiple(percent: number): string {
  const whole = Math.trunc(percent / 100);
  const rest = percent % 100;
  if (rest === 0) return `${whole}倍`;
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}倍`;
}

/** Chinese 以上/以下 wording of an inclusive range; a zero minimum reads as "…以下". */
export function describeBounds(min: number, max: number, unit: (n: number) => string): string {
  if (min === max) return unit(min);
  if (min === 0) return `${unit(max)}以下`;
  return `${unit(min)}以上${unit(max)}以下`;
}

export const months = (n: number): string => `${n}个月`;

/** The fine in fen that `percent` of `incomeFen` gives, rounded toward the inside of [lower, upper]. */
export function percentOfIncome(incomeFen: number, percent: number, round: 'up' | 'down'): number {
  const scaled = incomeFen * percent;
  const whole = Math.floor(scaled / 100);
  return round === 'down' || scaled % 100 === 0 ? whole : whole + 1;
}

/** Clamp both bounds of a range into [lo, hi]; an inverted input collapses onto its (clamped) upper bound. */
export function clampRange(min: number, max: number, lo: number, hi: number): [number, number] {
  const c = (n: number): number => Math.min(Math.max(n, lo), hi);
  const cMax = c(max);
  return [Math.min(c(min), cMax), cMax];
}
