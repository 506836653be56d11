/**
 * Disciplinary and criminal records that bear on an officer's certificate. Kinds follow the 政务处分 ladder plus
 * criminal liability; which of them disqualify is configuration (see config.ts).
 */
import type { IsoDate } from './dates.ts';

export const DISCIPLINE_KINDS = ['warning', 'demerit', 'majorDemerit', 'demotion', 'removal', 'expulsion', 'criminal'] as const;
export type DisciplineKind = (typeof DISCIPLINE_KINDS)[number];

export const DISCIPLINE_KIND_LABELS: Record<DisciplineKind, string> = {
  warning: '警告',
  demerit: '记过',
  majorDemerit: '记大过',
  demotion: '降级',
  removal: '撤职',
  expulsion: '开除',
  criminal: '被追究刑事责任',
};

/** A row of the officer's disciplinary record. */
export interface DisciplineRecord {
  id: string;
  kind: DisciplineKind;
  decidedOn: IsoDate;
  /** Last day of the 处分期间; null when it has no end (开除, criminal liability) or none was recorded. */
  endsOn: IsoDate | null;
  /** 撤销处分: a rescinded record no longer counts. */
  rescinded: boolean;
}

/** Whether the record was in force on any day between `from` and `to` (inclusive). */
export function disciplineOverlaps(record: DisciplineRecord, from: IsoDate, to: IsoDate): boolean {
  if (record.rescinded) return false;
  return record.decidedOn <= to && (record.endsOn === null || record.endsOn >= from);
}
