/**
 * Yearly, unbroken sequences: each (issuer, kind) starts at 1 every year and never skips. The server allocates the
 * next number inside the transaction that issues the document (row lock on the series), using nextNumber; a voided
 * document keeps its number in the register, so a real gap always means a missing record.
 */
import type { DocumentNumber, DocumentNumberKind, SerialNumber } from './document-number.ts';

/** The number after `lastIssued` in `year`: 1 in a new year (or for a new series), otherwise the next serial. */
export function nextNumber(lastIssued: SerialNumber | null, year: number): SerialNumber {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`年份应为四位数：${year}`);
  if (lastIssued === null || lastIssued.year < year) return { year, sequence: 1 };
  if (lastIssued.year > year) throw new RangeError(`已发出${lastIssued.year}年的编号，不能再按${year}年编号`);
  if (!Number.isInteger(lastIssued.sequence) || lastIssued.sequence < 1) throw new RangeError(`上一个序号无效：${lastIssued.sequence}`);
  return { year, sequence: lastIssued.sequence + 1 };
}

export interface SequenceRange {
  from: number;
  to: number;
}

export interface SequenceReport {
  /** null for bare serial numbers (one series). */
  series: { issuer: string; kind: DocumentNumberKind } | null;
  year: number;
  /** Serials from 1 to the highest issued that are absent, as ranges. */
  missing: SequenceRange[];
  /** Serials that occur more than once. */
  duplicates: number[];
  highest: number;
}

const isDocumentNumber = (n: SerialNumber): n is DocumentNumber => 'issuer' in n && 'kind' in n;

/**
 * Gaps and duplicates per series and year, only for series that have any; sorted by series then year. Numbers
 * after the highest issued cannot be judged (they may simply not be issued yet).
 */
export function findGaps(numbers: readonly SerialNumber[]): SequenceReport[] {
  const groups = new Map<string, { series: SequenceReport['series']; year: number; seqs: number[] }>();
  for (const n of numbers) {
    const series = isDocumentNumber(n) ? { issuer: n.issuer, kind: n.kind } : null;
    const key = `${series ? `${series.issuer}\u0000${series.kind}` : ''}\u0000${n.year}`;
    const g = groups.get(key) ?? { series, year: n.year, seqs: [] };
    g.seqs.push(n.sequence);
    groups.set(key, g);
  }
  const reports: SequenceReport[] = [];
  for (const [, g] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sorted = g.seqs.slice().sort((a, b) => a - b);
    const missing: SequenceRange[] = [];
    const duplicates: number[] = [];
    let expected = 1;
    for (let i = 0; i < sorted.length; i++) {
      const s = sorted[i]!;
      if (i > 0 && s === sorted[i - 1]) {
        if (duplicates[duplicates.length - 1] !== s) duplicates.push(s);
        continue;
      }
      if (s > expected) missing.push({ from: expected, to: s - 1 });
      expected = s + 1;
    }
    if (missing.length > 0 || duplicates.length > 0) {
      reports.push({ series: g.series, year: g.year, missing, duplicates, highest: sorted[sorted.length - 1] ?? 0 });
    }
  }
  return reports;
}
