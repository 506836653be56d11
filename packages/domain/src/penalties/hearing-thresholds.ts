/**
 * "较大数额" for the hearing right (第六十三条) is not defined by the law; provinces and sectors set it. Each table is
 * configuration with its source and how sure we are of it (JIANGSU.md §1). A hearing is offered when ANY applicable
 * threshold is met, so the lowest applicable figure wins (JIANGSU.md "hearing.combine").
 */
import type { Citation } from '../citation.ts';
import type { PartyKind } from './penalty.ts';
import { JIANGSU_HEARING_RULE, MOJ_HEARING_RULE } from './sources.ts';

/** Whether the act was committed in 经营活动 — the Jiangsu table distinguishes it. */
export const CONDUCT_KINDS = ['business', 'nonBusiness'] as const;
export type ConductKind = (typeof CONDUCT_KINDS)[number];
export const CONDUCT_KIND_LABELS: Record<ConductKind, string> = { business: '经营活动中', nonBusiness: '非经营活动中' };

/** Sector code of the power (a 司法局's own cases are 'justiceAdministration'). */
export const JUSTICE_ADMINISTRATION_SECTOR = 'justiceAdministration';

export interface HearingThresholdRow {
  party: PartyKind | 'any';
  conduct: ConductKind | 'any';
  /** A fine (or confiscation) of at least this many fen is 较大数额. */
  minFen: number;
}

export interface HearingThresholdTable {
  id: string;
  label: string;
  /** Sectors the table applies to; null = every sector in the province. */
  sectors: readonly string[] | null;
  rows: readonly HearingThresholdRow[];
  source: Citation;
  verified: 'V' | 'S' | 'U';
}

export const JIANGSU_GENERAL_HEARING_TABLE: HearingThresholdTable = {
  id: 'jiangsu.general',
  label: '江苏省行政处罚听证程序规则（试行）',
  sectors: null,
  rows: [
    { party: 'citizen', conduct: 'nonBusiness', minFen: 50_000 },
    { party: 'organisation', conduct: 'nonBusiness', minFen: 100_000 },
    { party: 'any', conduct: 'business', minFen: 2_000_000 },
  ],
  source: JIANGSU_HEARING_RULE,
  verified: 'S',
};

export const MOJ_JUSTICE_HEARING_TABLE: HearingThresholdTable = {
  id: 'moj.order53',
  label: '司法行政机关行政处罚听证程序规定（司法部令第53号）',
  sectors: [JUSTICE_ADMINISTRATION_SECTOR],
  rows: [
    { party: 'citizen', conduct: 'any', minFen: 300_000 },
    { party: 'organisation', conduct: 'any', minFen: 2_000_000 },
  ],
  source: MOJ_HEARING_RULE,
  verified: 'S',
};

export interface HearingContext {
  party: PartyKind;
  conduct: ConductKind;
  /** The power's sector; null matches only tables that apply to every sector. */
  sector: string | null;
}

export interface ApplicableThreshold {
  table: HearingThresholdTable;
  row: HearingThresholdRow;
}

/** Rows that apply to this party, conduct and sector, across all tables, lowest first. */
export function applicableThresholds(tables: readonly HearingThresholdTable[], context: HearingContext): ApplicableThreshold[] {
  const result: ApplicableThreshold[] = [];
  for (const table of tables) {
    if (table.sectors !== null && (context.sector === null || !table.sectors.includes(context.sector))) continue;
    for (const row of table.rows) {
      if ((row.party === 'any' || row.party === context.party) && (row.conduct === 'any' || row.conduct === context.conduct)) {
        result.push({ table, row });
      }
    }
  }
  return result.sort((a, b) => a.row.minFen - b.row.minFen);
}

/** Problems in a configured table, in Chinese for the configuration form; empty when valid. */
export function hearingTableProblems(table: HearingThresholdTable): string[] {
  const problems: string[] = [];
  if (!table.source.law.trim()) problems.push(`${table.label}：须注明依据`);
  if (table.rows.length === 0) problems.push(`${table.label}：至少一行`);
  for (const row of table.rows) {
    if (!Number.isSafeInteger(row.minFen) || row.minFen <= 0) problems.push(`${table.label}：数额应为正整数（分）`);
  }
  return problems;
}
