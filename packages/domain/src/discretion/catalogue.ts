/**
 * From the power catalogue's sanction columns (justice-powers.json, converted to fen; the same shape as the
 * legal-basis library's SanctionRange) to a StatutoryRange. Whether a fine or suspension is mandatory ("并处")
 * cannot be read off those columns, so the caller says so; the default is optional, which never makes a
 * benchmark look stricter than the law.
 */
import type { Citation } from '../citation.ts';
import type { StatutoryRange } from './benchmark.ts';
import type { DiscretionSanctionKind, SuspensionKind } from './sanctions.ts';

export interface CatalogueSanctions {
  fineMinFen: number | null;
  fineMaxFen: number | null;
  /** [min, max] multiples, e.g. [1, 5]; fractional multiples allowed (1.5). */
  multipleOfIllegalIncome: readonly [number, number] | null;
  suspensionMonthsMin: number | null;
  suspensionMonthsMax: number | null;
  otherSanctions: readonly string[];
}

export interface CatalogueOptions {
  fineMandatory?: boolean;
  suspensionMandatory?: boolean;
  mandatorySanctions?: readonly DiscretionSanctionKind[];
}

const SANCTION_WORDS: readonly [RegExp, DiscretionSanctionKind][] = [
  [/^警告/, 'warning'],
  [/^通报批评/, 'circulatedCriticism'],
  [/^没收违法所得/, 'confiscateIllegalIncome'],
  [/^没收非法财物/, 'confiscateIllegalProperty'],
  [/^吊销/, 'revokeLicence'],
  [/^撤销登记/, 'deregister'],
];
const SUSPENSION_WORDS: readonly [RegExp, SuspensionKind][] = [
  [/^停止执业/, 'restrictPractice'],
  [/^停业整顿/, 'suspendBusiness'],
  [/^停止从事司法鉴定业务/, 'suspendAppraisal'],
];

/** Yuan as written in the catalogue → fen, refusing anything finer than a fen. */
export function yuanToFen(yuan: number): number {
  const fen = Math.round(yuan * 100);
  if (!Number.isSafeInteger(fen) || fen < 0 || Math.abs(fen - yuan * 100) > 1e-6) throw new RangeError(`金额${yuan}元无法精确换算为分`);
  return fen;
}

export function statutoryRangeFromCatalogue(
  c: CatalogueSanctions,
  basis: readonly Citation[],
  options: CatalogueOptions = {},
): { range: StatutoryRange; unmapped: string[] } {
  const sanctions: DiscretionSanctionKind[] = [];
  const otherMeasures: string[] = [];
  const unmapped: string[] = [];
  let suspensionKind: SuspensionKind | null = null;
  for (const word of c.otherSanctions) {
    const s = SANCTION_WORDS.find(([re]) => re.test(word))?.[1];
    const k = SUSPENSION_WORDS.find(([re]) => re.test(word))?.[1];
    if (s) {
      if (!sanctions.includes(s)) sanctions.push(s);
    } else if (k) suspensionKind ??= k;
    else if (/^(责令|移送)/.test(word)) otherMeasures.push(word);
    else unmapped.push(word);
  }
  const multiple = c.multipleOfIllegalIncome;
  const range: StatutoryRange = {
    basis,
    fine:
      !multiple && c.fineMaxFen !== null
        ? { minFen: c.fineMinFen ?? 0, maxFen: c.fineMaxFen, mandatory: options.fineMandatory ?? false }
        : null,
    fineMultiple: multiple
      ? {
          minPercent: Math.round(multiple[0] * 100),
          maxPercent: Math.round(multiple[1] * 100),
          mandatory: options.fineMandatory ?? false,
          capFen: c.fineMaxFen,
        }
      : null,
    suspension:
      c.suspensionMonthsMax !== null
        ? {
            kind: suspensionKind ?? 'restrictPractice',
            minMonths: c.suspensionMonthsMin ?? 0,
            maxMonths: c.suspensionMonthsMax,
            mandatory: options.suspensionMandatory ?? false,
          }
        : null,
    sanctions,
    mandatorySanctions: options.mandatorySanctions ?? [],
    otherMeasures,
  };
  if (c.suspensionMonthsMax !== null && suspensionKind === null) unmapped.push('（停止执业/停业种类未注明，按停止执业处理）');
  return { range, unmapped };
}
