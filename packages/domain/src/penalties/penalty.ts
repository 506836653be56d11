/**
 * Penalties as values: the kinds of 行政处罚法 第九条 a 司法局 can impose, money in integer fen, durations in months.
 * A Penalty is the set of sanctions one decision (or notice, or proposal) imposes on one party; one sanction per kind
 * (第二十九条: one fine per act — a case with several acts states their total).
 */
import type { Citation } from '../citation.ts';
import { PENALTY_TYPES } from './sources.ts';

export const MONETARY_SANCTION_KINDS = ['fine', 'confiscateIllegalIncome', 'confiscateIllegalProperty'] as const;
export const DURATION_SANCTION_KINDS = ['suspendLicence', 'restrictBusiness', 'suspendBusiness', 'restrictPractice'] as const;
export const PLAIN_SANCTION_KINDS = ['warning', 'circulatedCriticism', 'lowerQualification', 'revokeLicence', 'closeDown'] as const;
export type MonetarySanctionKind = (typeof MONETARY_SANCTION_KINDS)[number];
export type DurationSanctionKind = (typeof DURATION_SANCTION_KINDS)[number];
export type PlainSanctionKind = (typeof PLAIN_SANCTION_KINDS)[number];
export type SanctionKind = MonetarySanctionKind | DurationSanctionKind | PlainSanctionKind;

/** In the order of 第九条. 行政拘留 is the police's and is not modelled. */
export const SANCTION_KINDS: readonly SanctionKind[] = [
  'warning',
  'circulatedCriticism',
  'fine',
  'confiscateIllegalIncome',
  'confiscateIllegalProperty',
  'suspendLicence',
  'lowerQualification',
  'revokeLicence',
  'restrictBusiness',
  'suspendBusiness',
  'closeDown',
  'restrictPractice',
];

export const SANCTION_KIND_LABELS: Record<SanctionKind, string> = {
  warning: '警告',
  circulatedCriticism: '通报批评',
  fine: '罚款',
  confiscateIllegalIncome: '没收违法所得',
  confiscateIllegalProperty: '没收非法财物',
  suspendLicence: '暂扣许可证件',
  lowerQualification: '降低资质等级',
  revokeLicence: '吊销许可证件',
  restrictBusiness: '限制开展生产经营活动',
  suspendBusiness: '责令停产停业',
  closeDown: '责令关闭',
  restrictPractice: '限制从业',
};

/** What the justice-administration statutes call the same kinds (律师法、公证法); documents print these names. */
export const JUSTICE_SANCTION_NAMES: Partial<Record<SanctionKind, string>> = {
  restrictPractice: '停止执业',
  suspendBusiness: '停业整顿',
  revokeLicence: '吊销执业证书',
};

export type Sanction =
  { kind: MonetarySanctionKind; amountFen: number } | { kind: DurationSanctionKind; months: number } | { kind: PlainSanctionKind };
export type Penalty = readonly Sanction[];

/** 公民 / 法人或者其他组织 (第五十一条 and the hearing tables distinguish them). */
export const PARTY_KINDS = ['citizen', 'organisation'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const PARTY_KIND_LABELS: Record<PartyKind, string> = { citizen: '公民', organisation: '法人或者其他组织' };

export function isMonetarySanction(s: Sanction): s is Extract<Sanction, { amountFen: number }> {
  return (MONETARY_SANCTION_KINDS as readonly string[]).includes(s.kind);
}

export function isDurationSanction(s: Sanction): s is Extract<Sanction, { months: number }> {
  return (DURATION_SANCTION_KINDS as readonly string[]).includes(s.kind);
}

/** Amount in fen or duration in months; 0 for a sanction without a size. */
export function sanctionMagnitude(s: Sanction): number {
  if (isMonetarySanction(s)) return s.amountFen;
  if (isDurationSanction(s)) return s.months;
  return 0;
}

export function sanctionOf(penalty: Penalty, kind: SanctionKind): Sanction | undefined {
  return penalty.find((s) => s.kind === kind);
}

/** The fine in fen; 0 when the penalty has none. */
export function fineFen(penalty: Penalty): number {
  const s = sanctionOf(penalty, 'fine');
  return s && isMonetarySanction(s) ? s.amountFen : 0;
}

/** Something to carry out after service (pay, hand over, stop practising …); a warning or 通报批评 alone has nothing. */
export function needsExecution(penalty: Penalty): boolean {
  return penalty.some((s) => s.kind !== 'warning' && s.kind !== 'circulatedCriticism');
}

/**
 * How money is written. Documents and messages keep plain digits (300000 → "3000元", as decision letters print them);
 * the console groups thousands for reading on screen ("1,234,567.89元").
 */
export interface MoneyFormat {
  grouped?: boolean;
}

/** 3000000 → "3,000,000": groups of three from the right (GB/T 15835 allows the comma separator). */
const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, ',');

/** 300000 → "3000元", 12345 → "123.45元" (grouped: 123456789 → "1,234,567.89元"); fen stays the unit everywhere else. */
export function formatFenAsYuan(fen: number, opts: MoneyFormat = {}): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const digits = String(Math.floor(abs / 100));
  const yuan = opts.grouped ? groupThousands(digits) : digits;
  const cents = String(abs % 100).padStart(2, '0');
  return cents === '00' ? `${sign}${yuan}元` : `${sign}${yuan}.${cents}元`;
}

export function describeSanction(s: Sanction, opts: MoneyFormat = {}): string {
  const label = SANCTION_KIND_LABELS[s.kind];
  if (isMonetarySanction(s)) return `${label}${formatFenAsYuan(s.amountFen, opts)}`;
  if (isDurationSanction(s)) return `${label}${s.months}个月`;
  return label;
}

/** "警告，罚款3000元" — empty penalty reads 不予行政处罚. */
export function describePenalty(penalty: Penalty, opts: MoneyFormat = {}): string {
  return penalty.length === 0 ? '不予行政处罚' : penalty.map((s) => describeSanction(s, opts)).join('，');
}

export type PenaltyProblem = { code: 'INVALID_PENALTY'; reason: string; basis: Citation };

/** Structural problems of a penalty value (amounts, months, repeated kinds); empty when valid. */
export function penaltyProblems(penalty: Penalty): PenaltyProblem[] {
  const problems: PenaltyProblem[] = [];
  const add = (reason: string) => problems.push({ code: 'INVALID_PENALTY', reason, basis: PENALTY_TYPES });
  const seen = new Set<SanctionKind>();
  for (const s of penalty) {
    if (!(SANCTION_KINDS as readonly string[]).includes(s.kind)) {
      add(`未知的处罚种类：${String(s.kind)}`);
      continue;
    }
    if (seen.has(s.kind)) add(`处罚种类“${SANCTION_KIND_LABELS[s.kind]}”重复；同一种类应合并为一项`);
    seen.add(s.kind);
    if (isMonetarySanction(s) && (!Number.isSafeInteger(s.amountFen) || s.amountFen <= 0)) {
      add(`${SANCTION_KIND_LABELS[s.kind]}金额应为正整数（分）`);
    }
    if (isDurationSanction(s) && (!Number.isInteger(s.months) || s.months <= 0)) add(`${SANCTION_KIND_LABELS[s.kind]}期限应为正整数（月）`);
  }
  return problems;
}
