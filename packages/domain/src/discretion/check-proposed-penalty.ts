/**
 * checkProposedPenalty: is the penalty an officer proposes inside the computed range?
 *  - inside: nothing more is needed.
 *  - outsideBenchmark: lawful but off the benchmark — a written reason in the decision and 法制审核 before deciding
 *    (国办发〔2022〕27号 [S]; 118号 审核内容"裁量基准运用是否适当" [S]; 行政处罚法 第五十八条), plus collective
 *    discussion where the province requires it.
 *  - unlawful: outside what the law allows (擅自改变种类、幅度, 第七十六条), or a penalty where the law forbids one
 *    (第三十条、第三十一条、第三十三条): no reason can cure it; the proposal must change.
 */
import type { Citation } from '../citation.ts';
import type { DiscretionResult } from './compute-discretion.ts';
import { tierName } from './compute-explanation.ts';
import {
  describeBounds,
  DISCRETION_SANCTION_LABELS,
  formatFen,
  months,
  SUSPENSION_KIND_LABELS,
  type DiscretionSanctionKind,
} from './sanctions.ts';
import * as src from './sources.ts';

export interface ProposedPenalty {
  /** 0 = no fine. */
  fineFen: number;
  /** 0 = no 停止执业 / 停业整顿. */
  suspensionMonths: number;
  sanctions: readonly DiscretionSanctionKind[];
}

export const PENALTY_DEVIATION_CODES = [
  'PENALTY_DESPITE_EXEMPTION',
  'NO_PENALTY_WITHOUT_GROUND',
  'FINE_NOT_PROVIDED',
  'FINE_ABOVE_STATUTE',
  'FINE_BELOW_STATUTE',
  'FINE_OUTSIDE_TIER',
  'SUSPENSION_NOT_PROVIDED',
  'SUSPENSION_ABOVE_STATUTE',
  'SUSPENSION_BELOW_STATUTE',
  'SUSPENSION_OUTSIDE_TIER',
  'SANCTION_NOT_IN_STATUTE',
  'MANDATORY_SANCTION_MISSING',
  'SANCTION_NOT_IN_TIER',
  'SANCTION_MISSING',
] as const;
export type PenaltyDeviationCode = (typeof PENALTY_DEVIATION_CODES)[number];

export interface PenaltyDeviation {
  code: PenaltyDeviationCode;
  severity: 'unlawful' | 'outsideBenchmark';
  message: string;
  basis: Citation;
}

export type PenaltyCheck =
  | { outcome: 'inside'; deviations: readonly []; message: string; basis: readonly Citation[] }
  | {
      outcome: 'outsideBenchmark';
      deviations: readonly PenaltyDeviation[];
      requiresWrittenReason: boolean;
      requiresLegalReview: boolean;
      requiresCollectiveDiscussion: boolean;
      message: string;
      basis: readonly Citation[];
    }
  | { outcome: 'unlawful'; deviations: readonly PenaltyDeviation[]; message: string; basis: readonly Citation[] };

const fenText = (r: { minFen: number; maxFen: number }): string => describeBounds(r.minFen, r.maxFen, formatFen);
const suspensionName = (r: DiscretionResult): string =>
  SUSPENSION_KIND_LABELS[r.range.suspension?.kind ?? r.lawful.suspension?.kind ?? r.statutory.suspension?.kind ?? 'restrictPractice'];
const monthText = (r: { minMonths: number; maxMonths: number }): string => describeBounds(r.minMonths, r.maxMonths, months);

export function checkProposedPenalty(result: DiscretionResult, proposed: ProposedPenalty): PenaltyCheck {
  if (!Number.isSafeInteger(proposed.fineFen) || proposed.fineFen < 0) throw new RangeError('拟罚款金额应为非负整数（分）');
  if (!Number.isSafeInteger(proposed.suspensionMonths) || proposed.suspensionMonths < 0)
    throw new RangeError('拟停止执业（停业）月数应为非负整数');
  const out: PenaltyDeviation[] = [];
  const unlawful = (code: PenaltyDeviationCode, message: string, basis: Citation = src.RANGE_ALTERED): void => {
    out.push({ code, severity: 'unlawful', message, basis });
  };
  const outside = (code: PenaltyDeviationCode, message: string, basis: Citation = result.tier.basis): void => {
    out.push({ code, severity: 'outsideBenchmark', message, basis });
  };
  const none = proposed.fineFen === 0 && proposed.suspensionMonths === 0 && proposed.sanctions.length === 0;
  const { lawful, range, statutory } = result;

  if (result.exemption === 'mandatory') {
    if (!none) unlawful('PENALTY_DESPITE_EXEMPTION', '依法应当不予行政处罚，不得作出处罚', result.tier.basis);
    return conclude(result, out);
  }
  if (none) {
    // Nothing to impose is also what the range says when it is empty (a multiple of no illegal income).
    const rangeEmpty = (range.fine?.maxFen ?? 0) === 0 && range.suspension === null && range.sanctions.length === 0;
    if (result.tier.kind !== 'exempt' && !rangeEmpty)
      outside(
        'NO_PENALTY_WITHOUT_GROUND',
        '拟不予处罚，但所录事实不具有法定不予处罚情形，也不在首违不罚清单内；请核对事实或说明理由',
        src.MINOR_CORRECTED_NO_HARM,
      );
    return conclude(result, out);
  }
  if (result.tier.kind === 'exempt')
    outside('PENALTY_DESPITE_EXEMPTION', '本案符合首违不罚清单（或基准不予处罚条款），拟作出处罚应当说明理由', result.tier.basis);

  const reduction = result.reductionAvailable;
  // The law (with 减轻 when a ground opens it).
  if (proposed.fineFen > 0) {
    if (!lawful.fine) unlawful('FINE_NOT_PROVIDED', '法定依据未规定罚款（或无违法所得可计罚款）');
    else if (proposed.fineFen > lawful.fine.maxFen)
      unlawful('FINE_ABOVE_STATUTE', `拟罚款${formatFen(proposed.fineFen)}超过法定上限${formatFen(lawful.fine.maxFen)}`);
    else if (proposed.fineFen < lawful.fine.minFen)
      unlawful('FINE_BELOW_STATUTE', `拟罚款${formatFen(proposed.fineFen)}低于法定下限${formatFen(lawful.fine.minFen)}，且无减轻处罚情节`);
  } else if (
    !reduction &&
    (statutory.fine?.mandatory === true || statutory.fineMultiple?.mandatory === true) &&
    (lawful.fine?.maxFen ?? 0) > 0
  )
    unlawful('MANDATORY_SANCTION_MISSING', '法定依据规定应当并处罚款，且无减轻处罚情节');
  if (proposed.suspensionMonths > 0) {
    const s = lawful.suspension;
    if (!s) unlawful('SUSPENSION_NOT_PROVIDED', '法定依据未规定停止执业（停业整顿）');
    else if (proposed.suspensionMonths > s.maxMonths)
      unlawful('SUSPENSION_ABOVE_STATUTE', `拟${suspensionName(result)}${proposed.suspensionMonths}个月超过法定上限${s.maxMonths}个月`);
    else if (proposed.suspensionMonths < s.minMonths)
      unlawful(
        'SUSPENSION_BELOW_STATUTE',
        `拟${suspensionName(result)}${proposed.suspensionMonths}个月低于法定下限${s.minMonths}个月，且无减轻处罚情节`,
      );
  } else if (!reduction && statutory.suspension?.mandatory === true)
    unlawful('MANDATORY_SANCTION_MISSING', '法定依据规定应当停止执业（停业整顿），且无减轻处罚情节');
  for (const k of proposed.sanctions)
    if (!lawful.sanctions.includes(k)) unlawful('SANCTION_NOT_IN_STATUTE', `“${DISCRETION_SANCTION_LABELS[k]}”不是本事项的法定处罚种类`);
  if (!reduction)
    for (const k of statutory.mandatorySanctions)
      if (!proposed.sanctions.includes(k) && (k !== 'confiscateIllegalIncome' || result.illegalIncomeFen > 0))
        unlawful('MANDATORY_SANCTION_MISSING', `法定依据规定应当给予“${DISCRETION_SANCTION_LABELS[k]}”`);

  // The benchmark tier.
  const stat = new Set(out.map((d) => d.code));
  const fineUnlawful = ['FINE_NOT_PROVIDED', 'FINE_ABOVE_STATUTE', 'FINE_BELOW_STATUTE'].some((c) => stat.has(c as PenaltyDeviationCode));
  if (!fineUnlawful) {
    const f = range.fine;
    const lo = f?.minFen ?? 0;
    const hi = f?.maxFen ?? 0;
    if (proposed.fineFen < lo || proposed.fineFen > hi)
      outside(
        'FINE_OUTSIDE_TIER',
        f && hi > 0
          ? `拟罚款${formatFen(proposed.fineFen)}不在本档次${fenText(f)}之内`
          : `本档次不处罚款，拟罚款${formatFen(proposed.fineFen)}`,
      );
  }
  const suspensionUnlawful = ['SUSPENSION_NOT_PROVIDED', 'SUSPENSION_ABOVE_STATUTE', 'SUSPENSION_BELOW_STATUTE'].some((c) =>
    stat.has(c as PenaltyDeviationCode),
  );
  if (!suspensionUnlawful) {
    const s = range.suspension;
    const inTier = s
      ? proposed.suspensionMonths >= s.minMonths && proposed.suspensionMonths <= s.maxMonths
      : proposed.suspensionMonths === 0;
    if (!inTier)
      outside(
        'SUSPENSION_OUTSIDE_TIER',
        s
          ? `拟${suspensionName(result)}${proposed.suspensionMonths}个月不在本档次${monthText(s)}之内`
          : `本档次不适用停止执业（停业整顿），拟${suspensionName(result)}${proposed.suspensionMonths}个月`,
      );
  }
  for (const k of proposed.sanctions)
    if (lawful.sanctions.includes(k) && !range.sanctions.includes(k))
      outside('SANCTION_NOT_IN_TIER', `本档次不包括“${DISCRETION_SANCTION_LABELS[k]}”`);
  for (const k of range.sanctions)
    if (!proposed.sanctions.includes(k))
      outside(
        'SANCTION_MISSING',
        `本档次应当给予“${DISCRETION_SANCTION_LABELS[k]}”`,
        k === 'confiscateIllegalIncome' ? src.ILLEGAL_INCOME_CONFISCATION : result.tier.basis,
      );
  return conclude(result, out);
}

function conclude(result: DiscretionResult, deviations: PenaltyDeviation[]): PenaltyCheck {
  if (deviations.some((d) => d.severity === 'unlawful')) {
    const basis = [...new Set(deviations.filter((d) => d.severity === 'unlawful').map((d) => d.basis))];
    return { outcome: 'unlawful', deviations, message: `拟处罚超出法律规定：${deviations.map((d) => d.message).join('；')}`, basis };
  }
  if (deviations.length > 0) {
    const r = result.deviation;
    const needs = [
      r.requiresWrittenReason && '在决定书中说明理由',
      r.requiresLegalReview && '经法制审核',
      r.requiresCollectiveDiscussion && '经集体讨论',
    ]
      .filter(Boolean)
      .join('、');
    return {
      outcome: 'outsideBenchmark',
      deviations,
      requiresWrittenReason: r.requiresWrittenReason,
      requiresLegalReview: r.requiresLegalReview,
      requiresCollectiveDiscussion: r.requiresCollectiveDiscussion,
      message: `拟处罚不在裁量基准确定的幅度内（${deviations.map((d) => d.message).join('；')}）${needs ? `，应当${needs}` : ''}`,
      basis: [...r.basis, ...new Set(deviations.map((d) => d.basis))],
    };
  }
  return { outcome: 'inside', deviations: [], message: `拟处罚在裁量基准${tierName(result.tier.label)}幅度内`, basis: [result.tier.basis] };
}
