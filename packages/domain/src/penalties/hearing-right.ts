/**
 * Which proposed penalties give the party a right to a hearing — 第六十三条, LAW.md §11 G7. The prior notice must
 * state the right whenever it arises (checked in procedures/).
 */
import type { Citation } from '../citation.ts';
import type { HearingRules } from './config.ts';
import { applicableThresholds, type HearingContext, type HearingThresholdTable } from './hearing-thresholds.ts';
import { describeSanction, formatFenAsYuan, isMonetarySanction, type Penalty, type Sanction, type SanctionKind } from './penalty.ts';
import { HEARING_OTHER_HEAVIER, HEARING_RIGHT } from './sources.ts';

/** Kinds 第六十三条第一款第（三）、（四）项 name: always a hearing right, whatever the size. */
export const HEARING_KINDS_BY_LAW: readonly SanctionKind[] = [
  'lowerQualification',
  'revokeLicence',
  'suspendBusiness',
  'closeDown',
  'restrictPractice',
];

export interface HearingTrigger {
  sanction: Sanction;
  reason: string;
  basis: Citation;
  /** For an amount: the table row that made it 较大数额. */
  tableId?: string;
}

export interface HearingRight {
  required: boolean;
  triggers: HearingTrigger[];
}

function amountTrigger(
  s: Sanction & { amountFen: number },
  tables: readonly HearingThresholdTable[],
  context: HearingContext,
): HearingTrigger | null {
  const met = applicableThresholds(tables, context).find((t) => s.amountFen >= t.row.minFen);
  if (!met) return null;
  return {
    sanction: s,
    reason: `${describeSanction(s)}达到较大数额（${met.table.label}：${formatFenAsYuan(met.row.minFen)}以上）`,
    basis: { ...HEARING_RIGHT, note: `${met.table.source.law}${met.table.source.article}` },
    tableId: met.table.id,
  };
}

export function hearingRight(penalty: Penalty, context: HearingContext, rules: HearingRules): HearingRight {
  const triggers: HearingTrigger[] = [];
  for (const s of penalty) {
    if (HEARING_KINDS_BY_LAW.includes(s.kind)) {
      triggers.push({ sanction: s, reason: `拟${describeSanction(s)}`, basis: HEARING_RIGHT });
    } else if (rules.otherHeavierKinds.includes(s.kind)) {
      triggers.push({ sanction: s, reason: `拟${describeSanction(s)}（其他较重的行政处罚）`, basis: HEARING_OTHER_HEAVIER });
    } else if (isMonetarySanction(s)) {
      const tables = s.kind === 'fine' || rules.confiscationTables === 'sameAsFine' ? rules.fineTables : rules.confiscationTables;
      const t = amountTrigger(s, tables, context);
      if (t) triggers.push(t);
    }
  }
  return { required: triggers.length > 0, triggers };
}

/** The lowest 较大数额 in fen for this party (null when no table applies): the figure the UI shows next to the fine. */
export function lowestHearingThresholdFen(context: HearingContext, rules: HearingRules): number | null {
  return applicableThresholds(rules.fineTables, context)[0]?.row.minFen ?? null;
}
