import type { DiscretionSanctionKind, SuspensionKind } from '@quanze/domain';
import { fenToYuanText, yuanTextToFen } from '../money.ts';
import type { BenchmarkTier } from './types.ts';

/** A tier as the editor's form holds it: yuan as text, multiples in 倍, the condition kept as it was. */
export interface TierFormValues {
  level: string;
  clause: string;
  conditionText?: string;
  isDefault?: boolean;
  fineMin?: string | null;
  fineMax?: string | null;
  multipleMin?: number | null;
  multipleMax?: number | null;
  suspensionKind?: SuspensionKind | null;
  suspensionMin?: number | null;
  suspensionMax?: number | null;
  sanctions: DiscretionSanctionKind[];
  description: string;
  note?: string;
  /** The structured condition (JSON), edited only in the JSON view; kept through the form unchanged. */
  when?: BenchmarkTier['when'];
}

const present = (v: number | null | undefined): v is number => v !== null && v !== undefined;

export function tierToForm(t: BenchmarkTier): TierFormValues {
  return {
    level: t.level,
    clause: t.clause,
    conditionText: t.conditionText ?? '',
    isDefault: t.default ?? false,
    fineMin: t.fine ? (fenToYuanText(t.fine.minFen) ?? null) : null,
    fineMax: t.fine ? (fenToYuanText(t.fine.maxFen) ?? null) : null,
    multipleMin: t.fineMultiple ? t.fineMultiple.minPercent / 100 : null,
    multipleMax: t.fineMultiple ? t.fineMultiple.maxPercent / 100 : null,
    suspensionKind: t.suspension?.kind ?? null,
    suspensionMin: t.suspension?.minMonths ?? null,
    suspensionMax: t.suspension?.maxMonths ?? null,
    sanctions: [...t.sanctions],
    description: t.description,
    note: t.note ?? '',
    when: t.when,
  };
}

/** 1.5倍 → 150 (integer percent), without a float product: the multiple has at most two decimals. */
function toPercent(x: number): number {
  return Math.round(x * 100);
}

export function formToTier(v: TierFormValues): BenchmarkTier {
  const fineMin = yuanTextToFen(v.fineMin);
  const fineMax = yuanTextToFen(v.fineMax);
  const tier: BenchmarkTier = {
    level: v.level,
    clause: (v.clause ?? '').trim(),
    sanctions: v.sanctions ?? [],
    description: (v.description ?? '').trim(),
  };
  if (v.conditionText?.trim()) tier.conditionText = v.conditionText.trim();
  if (v.when) tier.when = v.when;
  if (v.isDefault) tier.default = true;
  if (fineMax !== null) tier.fine = { minFen: fineMin ?? 0, maxFen: fineMax };
  if (present(v.multipleMax)) tier.fineMultiple = { minPercent: toPercent(v.multipleMin ?? 0), maxPercent: toPercent(v.multipleMax) };
  if (v.suspensionKind && present(v.suspensionMax))
    tier.suspension = { kind: v.suspensionKind, minMonths: v.suspensionMin ?? 0, maxMonths: v.suspensionMax };
  if (v.note?.trim()) tier.note = v.note.trim();
  return tier;
}
