/**
 * A row of a power catalogue in the shape of shared/domain/justice-powers.json → a Power. Pure: the importer reads
 * the file, calls this per row, and reports the problems of every bad row before writing anything.
 * Yuan in the file become fen here (money is integer fen end to end).
 */
import { parsePowerCode, powerCategoryFromLabel, type Power, type PowerVerification } from './power.ts';

export interface CatalogEntry {
  code: string;
  category: string;
  catalogType: string;
  name: string;
  target: string;
  basis: ReadonlyArray<{ law: string; article: string; gist: string }>;
  department: string;
  level: string;
  fineMin: number | null;
  fineMax: number | null;
  fineMultipleOfIllegalIncome: readonly [number, number] | readonly number[] | null;
  suspensionMonthsMin: number | null;
  suspensionMonthsMax: number | null;
  otherSanctions: readonly string[];
  hearingEligible: boolean;
  hearingCondition: string | null;
  verification: string;
  verificationNote: string | null;
  notes: string;
}

/** What the importer decides, not the file: ids, the implementing subject and its area. */
export interface CatalogContext {
  id: string;
  subjectId: string;
  area: string;
}

export type CatalogRowResult = { ok: true; power: Power } | { ok: false; code: string; problems: string[] };

const VERIFICATIONS: readonly PowerVerification[] = ['verified', 'partial', 'unverified'];

function fen(yuan: number | null): number | null {
  return yuan === null ? null : Math.round(yuan * 100);
}

export function catalogEntryToPower(entry: CatalogEntry, context: CatalogContext): CatalogRowResult {
  const problems: string[] = [];
  const parsed = parsePowerCode(entry.code);
  const category = powerCategoryFromLabel(entry.category);
  if (!parsed) problems.push(`编码“${entry.code}”不符合“类别-领域-序号”格式（如 CF-LS-001）`);
  if (!category) problems.push(`职权类别“${entry.category}”无法识别`);
  if (parsed && category && parsed.category !== category) problems.push(`编码前缀与职权类别“${entry.category}”不一致`);
  if (!entry.name.trim()) problems.push('事项名称为空');
  if (entry.basis.length === 0) problems.push('未列明执法依据');
  const multiple = entry.fineMultipleOfIllegalIncome;
  if (multiple !== null && (multiple.length !== 2 || (multiple[0] ?? 0) > (multiple[1] ?? 0)))
    problems.push('违法所得倍数应为 [最低, 最高]');
  if (entry.fineMin !== null && entry.fineMax !== null && entry.fineMin > entry.fineMax) problems.push('罚款下限高于上限');
  if (entry.suspensionMonthsMin !== null && entry.suspensionMonthsMax !== null && entry.suspensionMonthsMin > entry.suspensionMonthsMax) {
    problems.push('停止执业/停业整顿期限下限高于上限');
  }
  if (!VERIFICATIONS.includes(entry.verification as PowerVerification)) problems.push(`核实状态“${entry.verification}”无法识别`);
  if (problems.length > 0 || !parsed || !category) return { ok: false, code: entry.code, problems };

  const hasSanction =
    entry.fineMax !== null ||
    entry.fineMin !== null ||
    multiple !== null ||
    entry.suspensionMonthsMax !== null ||
    entry.otherSanctions.length > 0;
  return {
    ok: true,
    power: {
      id: context.id,
      code: entry.code,
      catalogCode: null,
      category,
      catalogType: entry.catalogType,
      name: entry.name,
      target: entry.target,
      basis: entry.basis.map((b) => ({ ...b, articleIds: [] })),
      subjectId: context.subjectId,
      departmentName: entry.department,
      level: entry.level,
      enforcementField: parsed.field,
      area: context.area,
      sanctions: hasSanction
        ? {
            fineMinFen: fen(entry.fineMin),
            fineMaxFen: fen(entry.fineMax),
            multipleOfIllegalIncome: multiple === null ? null : [multiple[0] ?? 0, multiple[1] ?? 0],
            suspensionMonthsMin: entry.suspensionMonthsMin,
            suspensionMonthsMax: entry.suspensionMonthsMax,
            otherSanctions: entry.otherSanctions,
          }
        : null,
      hearingEligible: entry.hearingEligible,
      hearingCondition: entry.hearingCondition,
      scope: null,
      authority: null,
      standard: null,
      procedure: null,
      responsibility: null,
      accountabilityTriggers: [],
      statutoryTimeLimit: null,
      fees: null,
      supervisionChannel: null,
      verification: entry.verification as PowerVerification,
      verificationNote: entry.verificationNote,
      notes: entry.notes,
    },
  };
}
