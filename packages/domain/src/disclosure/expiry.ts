/**
 * How long a published decision stays on the portal. No national rule for 司法行政 exists; practice varies:
 * SAMR takes entries down after three years (three months for the lightest ones), Hebei keeps five years (two for
 * natural persons), credit portals three months to three years (SECURITY.md §3). So the period is configuration,
 * per party kind, with an optional short period for the lightest sanctions. The default takes the shorter,
 * privacy-minimising period for natural persons (个人信息保护法 第十九条: kept no longer than necessary).
 */
import type { Citation } from '../citation.ts';
import { addMonths, compareLocalDate, type LocalDate } from '../calendar/local-date.ts';
import type { ClockLength } from '../deadlines/clock-definition.ts';
import type { PartyKind, Penalty, SanctionKind } from '../penalties/penalty.ts';
import { HEBEI_EXPIRY, SAMR_EXPIRY } from './sources.ts';

export interface ShortTermRule {
  period: ClockLength;
  /** A penalty made only of these kinds (and, if set, a fine of at most fineAtMostFen) qualifies. */
  sanctionKinds: readonly SanctionKind[];
  fineAtMostFen: number | null;
}

export interface PublicationExpiryPolicy {
  /** null: no automatic expiry for that party kind. */
  periods: Record<PartyKind, ClockLength | null>;
  shortTerm: ShortTermRule | null;
  sources: readonly Citation[];
}

const PIPL_MINIMUM: Citation = { law: '个人信息保护法', article: '第十九条', note: '保存期限应当为实现处理目的所必要的最短时间 [U]' };

export const SAMR_STYLE_EXPIRY: PublicationExpiryPolicy = {
  periods: { citizen: { value: 3, unit: 'years' }, organisation: { value: 3, unit: 'years' } },
  shortTerm: { period: { value: 3, unit: 'months' }, sanctionKinds: ['circulatedCriticism'], fineAtMostFen: null },
  sources: [SAMR_EXPIRY],
};

export const HEBEI_STYLE_EXPIRY: PublicationExpiryPolicy = {
  periods: { citizen: { value: 2, unit: 'years' }, organisation: { value: 5, unit: 'years' } },
  shortTerm: null,
  sources: [HEBEI_EXPIRY],
};

/** Natural persons 2 years (Hebei [S]), organisations 3 years and the lightest sanctions 3 months (SAMR). */
export const DEFAULT_PUBLICATION_EXPIRY: PublicationExpiryPolicy = {
  periods: { citizen: { value: 2, unit: 'years' }, organisation: { value: 3, unit: 'years' } },
  shortTerm: { period: { value: 3, unit: 'months' }, sanctionKinds: ['warning', 'circulatedCriticism'], fineAtMostFen: null },
  sources: [HEBEI_EXPIRY, SAMR_EXPIRY, PIPL_MINIMUM],
};

function qualifiesShortTerm(penalty: Penalty, rule: ShortTermRule): boolean {
  if (penalty.length === 0) return false;
  return penalty.every(
    (s) => rule.sanctionKinds.includes(s.kind) || (s.kind === 'fine' && rule.fineAtMostFen !== null && s.amountFen <= rule.fineAtMostFen),
  );
}

const months = (length: ClockLength): number => {
  if (length.unit === 'days') throw new RangeError('公开期限应按月或年配置');
  return length.unit === 'years' ? length.value * 12 : length.value;
};

export interface PublicationExpiry {
  period: ClockLength | null;
  /** Last day the entry is shown (the corresponding day, 民法典 第二百零二条); null: no automatic expiry. */
  lastDayShown: LocalDate | null;
  shortTerm: boolean;
  basis: readonly Citation[];
}

export function publicationExpiry(input: {
  publishedOn: LocalDate;
  partyKind: PartyKind;
  penalty: Penalty | null;
  policy?: PublicationExpiryPolicy;
}): PublicationExpiry {
  const policy = input.policy ?? DEFAULT_PUBLICATION_EXPIRY;
  const rule = policy.shortTerm;
  const shortPeriod = rule !== null && input.penalty !== null && qualifiesShortTerm(input.penalty, rule) ? rule.period : null;
  const short = shortPeriod !== null;
  const period = shortPeriod ?? policy.periods[input.partyKind];
  return {
    period,
    lastDayShown: period === null ? null : addMonths(input.publishedOn, months(period)),
    shortTerm: short,
    basis: policy.sources,
  };
}

export function isPublicationExpired(expiry: PublicationExpiry, today: LocalDate): boolean {
  return expiry.lastDayShown !== null && compareLocalDate(today, expiry.lastDayShown) > 0;
}
