/**
 * A power's statutory range as its list item states it (statutoryRangeFromCatalogue), the check that a saved
 * benchmark does not claim more than that, and a starting benchmark split into thirds for powers that have none
 * yet (marked 示例 in its source: a bureau replaces it with its own text).
 */
import {
  DISCRETION_SANCTION_LABELS,
  JIANGSU_DISCRETION_POLICY,
  describeDiscretionRange,
  discretionSources,
  formatFen,
  statutoryRangeFromCatalogue,
  type Citation,
  type DiscretionBenchmark,
  type DiscretionPolicy,
  type DiscretionSanctionKind,
  type DiscretionTier,
  type SanctionRange,
  type StatutoryRange,
} from '@quanze/domain';

export interface PowerItemFacts {
  code: string;
  name: string;
  category: string;
  basis: readonly { law: string; article: string; gist: string }[];
  sanctions: SanctionRange | null;
}

/** Null for a power that is not a penalty or lists no sanctions. */
export function statutoryOfItem(item: PowerItemFacts): StatutoryRange | null {
  if (item.category !== 'penalty' || !item.sanctions) return null;
  const basis: Citation[] = item.basis.map((b) =>
    b.gist ? { law: b.law, article: b.article, note: b.gist } : { law: b.law, article: b.article },
  );
  return statutoryRangeFromCatalogue(item.sanctions, basis).range;
}

export interface StatutoryMismatch {
  message: string;
  basis: Citation;
}

/**
 * The statutory range a benchmark states must lie within the range of the power's list item: a benchmark that
 * widens the law would let its tiers pass validation while leaving the law (擅自改变幅度, 第七十六条).
 */
export function statutoryMismatches(claimed: StatutoryRange, listed: StatutoryRange): StatutoryMismatch[] {
  const out: string[] = [];
  const within = (a: { lo: number; hi: number }, b: { lo: number; hi: number }): boolean => a.lo >= b.lo && a.hi <= b.hi;
  if (claimed.fine) {
    if (!listed.fine) out.push('权责清单所列法定依据未规定固定数额罚款');
    else if (!within({ lo: claimed.fine.minFen, hi: claimed.fine.maxFen }, { lo: listed.fine.minFen, hi: listed.fine.maxFen }))
      out.push(`基准所列法定罚款幅度超出权责清单所列（${formatFen(listed.fine.minFen)}至${formatFen(listed.fine.maxFen)}）`);
  }
  if (claimed.fineMultiple) {
    const l = listed.fineMultiple;
    if (!l) out.push('权责清单所列法定依据未规定按违法所得倍数罚款');
    else {
      if (!within({ lo: claimed.fineMultiple.minPercent, hi: claimed.fineMultiple.maxPercent }, { lo: l.minPercent, hi: l.maxPercent }))
        out.push('基准所列违法所得倍数超出权责清单所列');
      if (l.capFen !== null && (claimed.fineMultiple.capFen === null || claimed.fineMultiple.capFen > l.capFen))
        out.push(`基准所列罚款最高限额超出权责清单所列（${formatFen(l.capFen)}）`);
    }
  }
  if (claimed.suspension) {
    const l = listed.suspension;
    if (!l) out.push('权责清单所列法定依据未规定停止执业（停业整顿）');
    else if (
      claimed.suspension.kind !== l.kind ||
      !within({ lo: claimed.suspension.minMonths, hi: claimed.suspension.maxMonths }, { lo: l.minMonths, hi: l.maxMonths })
    )
      out.push(`基准所列停止执业（停业整顿）种类或期限超出权责清单所列（${l.minMonths}至${l.maxMonths}个月）`);
  }
  for (const k of claimed.sanctions)
    if (!listed.sanctions.includes(k)) out.push(`权责清单所列法定依据未规定“${DISCRETION_SANCTION_LABELS[k]}”`);
  return out.map((message) => ({ message, basis: discretionSources.RANGE_ALTERED }));
}

/** [lo, hi] cut at one and two thirds, rounded to `unit`; the cuts stay strictly ordered inside the range. */
function thirds(lo: number, hi: number, unit: number): [number, number] {
  const span = hi - lo;
  const cut = (f: number): number => Math.min(hi, lo + Math.round((span * f) / unit) * unit);
  const a = cut(1 / 3);
  const b = Math.max(a, cut(2 / 3));
  return [a, b];
}

const EXEMPT_CONDITION =
  '违法行为轻微并及时改正，没有造成危害后果的；当事人有证据足以证明没有主观过错的；不满十四周岁的未成年人、不能辨认或者不能控制自己行为的精神病人和智力残疾人有违法行为的；初次违法且危害后果轻微并及时改正、列入首违不罚清单的，可以不予处罚';

const LEVEL = { lighter: 'lighter', ordinary: 'ordinary', heavier: 'heavier' } as const;

/**
 * 从轻 / 一般 / 从重 each take a third of the fine (or multiple) range; a suspension whose statutory minimum is zero
 * is split likewise, one with a minimum ("情节严重的，停止执业三个月以上") goes to 从重 only, whole. 警告 and
 * 没收违法所得 follow the statute; 吊销 / 撤销登记 are left to the case (not a tier's fixed sanction). 不予处罚 is
 * the statutory grounds (第三十条、第三十一条、第三十三条), which the calculator applies before any tier.
 * Null when the statute sets nothing to grade (no fine, multiple or suspension).
 */
export function defaultBenchmark(
  item: PowerItemFacts,
  statutory: StatutoryRange,
  policy: DiscretionPolicy = JIANGSU_DISCRETION_POLICY,
): DiscretionBenchmark | null {
  const { fine, fineMultiple, suspension } = statutory;
  if (!fine && !fineMultiple && !suspension) return null;
  const fixed: DiscretionSanctionKind[] = statutory.sanctions.filter(
    (k) => k === 'warning' || k === 'confiscateIllegalIncome' || k === 'circulatedCriticism' || k === 'confiscateIllegalProperty',
  );
  const withMandatory = [...new Set([...fixed, ...statutory.mandatorySanctions])];
  const fineCuts = fine ? thirds(fine.minFen, fine.maxFen, fine.maxFen - fine.minFen >= 300_000 ? 10_000 : 100) : null;
  const multipleCuts = fineMultiple ? thirds(fineMultiple.minPercent, fineMultiple.maxPercent, 10) : null;
  const splitSuspension = suspension !== null && (suspension.minMonths === 0 || (!fine && !fineMultiple) || suspension.mandatory);
  const suspensionCuts = suspension && splitSuspension ? thirds(suspension.minMonths, suspension.maxMonths, 1) : null;

  /** The i-th third of [lo, hi] cut at `cuts`. */
  const band = (i: 0 | 1 | 2, lo: number, hi: number, cuts: [number, number]): [number, number] =>
    i === 0 ? [lo, cuts[0]] : i === 1 ? [cuts[0], cuts[1]] : [cuts[1], hi];
  const tier = (i: 0 | 1 | 2, level: string, clause: string, conditionText: string, extra: Partial<DiscretionTier>): DiscretionTier => {
    const t: DiscretionTier = { level, clause, conditionText, ...extra, sanctions: withMandatory, description: '' };
    if (fine && fineCuts) {
      const [minFen, maxFen] = band(i, fine.minFen, fine.maxFen, fineCuts);
      t.fine = { minFen, maxFen };
    }
    if (fineMultiple && multipleCuts) {
      const [minPercent, maxPercent] = band(i, fineMultiple.minPercent, fineMultiple.maxPercent, multipleCuts);
      t.fineMultiple = { minPercent, maxPercent };
    }
    if (suspension && (suspensionCuts || i === 2)) {
      const [minMonths, maxMonths] = suspensionCuts
        ? band(i, suspension.minMonths, suspension.maxMonths, suspensionCuts)
        : [suspension.minMonths, suspension.maxMonths];
      t.suspension = { kind: suspension.kind, minMonths, maxMonths };
    }
    return { ...t, description: tierDescription(t) };
  };
  return {
    powerCode: item.code,
    powerName: item.name,
    source: {
      law: `${item.name}裁量基准（示例，按法定幅度三等分生成）`,
      article: '（示例）',
      note: '系统按法定幅度三等分生成的示例，须由法制机构审定后替换 [design]',
    },
    statutory,
    policy,
    tiers: [
      {
        level: 'exempt',
        clause: '第一项',
        conditionText: EXEMPT_CONDITION,
        sanctions: [],
        description: '不予行政处罚（责令改正，进行教育）',
      },
      tier(0, LEVEL.lighter, '第二项', '危害后果轻微，或者具有从轻处罚情形', { when: { fact: 'harm', max: 'minor' } }),
      tier(1, LEVEL.ordinary, '第三项', '不具有从轻、从重情形', { default: true }),
      tier(2, LEVEL.heavier, '第四项', '造成严重危害后果、拒不改正，或者具有从重处罚情形', {
        when: {
          any: [
            { fact: 'harm', min: 'serious' },
            { fact: 'correction', min: 'refused' },
          ],
        },
        ...(suspension && !suspensionCuts ? { note: '停止执业（停业整顿）仅适用于情节严重的情形' } : {}),
      }),
    ],
    firstViolationEntries: [],
  };
}

/** "警告，罚款1700元以下（违法所得的1倍以上2.3倍以下），没收违法所得". */
export function tierDescription(t: Pick<DiscretionTier, 'fine' | 'fineMultiple' | 'suspension' | 'sanctions'>): string {
  const base = describeDiscretionRange({
    fine: t.fine ?? null,
    fineMultiple: null,
    suspension: t.suspension ?? null,
    sanctions: t.sanctions,
  });
  if (!t.fineMultiple) return base;
  const m = (p: number): string => `${(p / 100).toString()}倍`;
  const { minPercent: lo, maxPercent: hi } = t.fineMultiple;
  const multiple = `处违法所得${lo === 0 ? `${m(hi)}以下` : `${m(lo)}以上${m(hi)}以下`}的罚款`;
  return base === '不予处罚' ? multiple : `${base}，${multiple}`;
}
