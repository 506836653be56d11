/**
 * The server's answer to a refused benchmark, in the editor's words and on the editor's fields:
 * - request validation (VALIDATION_FAILED) keys its fieldErrors by the body's path, `benchmark.tiers.0.fine.maxFen`
 *   → 「第1档 罚款上限」 on that tier's 罚款至 field;
 * - the domain's range check (BENCHMARK_INVALID) lists its problems in details.problems, each naming the tier by
 *   its level code → the message (the code read as the level's label) on that tier's field the problem is about
 *   (罚款超出法定幅度 on 罚款至, a missing 基准条款 on 基准条款, otherwise on 档次).
 */
import { isApiError } from '../../../app/api.ts';

export interface BenchmarkFieldError {
  /** 第1档 罚款上限; '' when the error is about the whole benchmark. */
  label: string;
  message: string;
  /** The editor's form field (tiers form); null when the form has no control for it (JSON only). */
  field: (string | number)[] | null;
}

/** Fields of one tier: the label users read and the form field that edits it. */
const TIER_FIELDS: Record<string, { label: string; field: string | null }> = {
  level: { label: '档次', field: 'level' },
  clause: { label: '基准条款', field: 'clause' },
  conditionText: { label: '适用情形（文字）', field: 'conditionText' },
  when: { label: '适用条件（结构化，在 JSON 中编辑）', field: null },
  default: { label: '默认档次', field: 'isDefault' },
  fine: { label: '罚款幅度', field: 'fineMax' },
  'fine.minFen': { label: '罚款下限', field: 'fineMin' },
  'fine.maxFen': { label: '罚款上限', field: 'fineMax' },
  fineMultiple: { label: '违法所得倍数', field: 'multipleMax' },
  'fineMultiple.minPercent': { label: '违法所得倍数下限', field: 'multipleMin' },
  'fineMultiple.maxPercent': { label: '违法所得倍数上限', field: 'multipleMax' },
  suspension: { label: '停业/停止执业', field: 'suspensionKind' },
  'suspension.kind': { label: '停业/停止执业种类', field: 'suspensionKind' },
  'suspension.minMonths': { label: '停业/停止执业期限下限（月）', field: 'suspensionMin' },
  'suspension.maxMonths': { label: '停业/停止执业期限上限（月）', field: 'suspensionMax' },
  sanctions: { label: '处罚种类', field: 'sanctions' },
  description: { label: '基准内容', field: 'description' },
  note: { label: '备注', field: 'note' },
};

/** Parts of the benchmark outside the tiers (edited in the JSON view). */
const SECTION_LABELS: Record<string, string> = {
  powerCode: '事项编码',
  powerName: '事项名称',
  source: '基准来源',
  statutory: '法定幅度',
  policy: '裁量规则',
  tiers: '档次表',
  firstViolationEntries: '首违不罚清单',
  noFaultExemptionExcludedBy: '无主观过错不予处罚的排除依据',
};

const isIndex = (s: string | undefined): boolean => s !== undefined && /^\d+$/.test(s);

/** One server path (with or without the leading `benchmark.`) as a label and the form field it belongs to. */
export function describeBenchmarkPath(path: string): { label: string; field: (string | number)[] | null } {
  if (path === 'note') return { label: '修订说明', field: ['note'] };
  if (path === 'version') return { label: '版本号', field: null };
  if (path === 'benchmark' || path === '_' || path === '') return { label: '', field: null };
  const parts = path.replace(/^benchmark\./, '').split('.');
  if (parts[0] === 'tiers' && isIndex(parts[1])) {
    const index = Number(parts[1]);
    const rest = parts.slice(2).filter((p) => !isIndex(p));
    // The longest known prefix: fine.maxFen, then fine; when.all.0.fact reads as 适用条件.
    const key = [rest.slice(0, 2).join('.'), rest[0] ?? ''].find((k) => k !== '' && k in TIER_FIELDS);
    const known = key ? TIER_FIELDS[key] : undefined;
    const tier = `第${index + 1}档`;
    if (!known) return { label: tier, field: ['tiers', index, 'level'] };
    return { label: `${tier} ${known.label}`, field: known.field ? ['tiers', index, known.field] : null };
  }
  const section = SECTION_LABELS[parts[0] ?? ''];
  return { label: section ? `${section}（在 JSON 中编辑）` : '基准内容', field: null };
}

interface Problem {
  code?: string;
  message: string;
  tier: string | null;
}

/** The tier's field a range-check problem is about (validate-benchmark.ts names the dimension in its message). */
function problemField(p: Problem): string {
  if (p.code === 'TIER_WITHOUT_CLAUSE') return 'clause';
  if (p.code === 'SEVERAL_DEFAULT_TIERS') return 'isDefault';
  if (p.code === 'EXEMPT_TIER_HAS_SANCTIONS' || p.code === 'TIER_SANCTION_NOT_IN_STATUTE') return 'sanctions';
  if (p.code === 'TIER_RANGE_INVALID' || p.code === 'MITIGATED_NOT_BELOW_FLOOR') return 'level';
  if (p.message.includes('违法所得倍数')) return 'multipleMax';
  if (/停止执业|停业/.test(p.message)) return 'suspensionMax';
  if (p.message.includes('罚款')) return 'fineMax';
  if (p.message.includes('处罚种类') || /缺少法定必须适用的“/.test(p.message)) return 'sanctions';
  return 'level';
}

function problemsOf(details: Record<string, unknown> | undefined): Problem[] {
  const list = details?.['problems'];
  if (!Array.isArray(list)) return [];
  return list.filter(
    (p): p is Problem & { blocking?: boolean } =>
      typeof p === 'object' && p !== null && typeof (p as Problem).message === 'string' && (p as { blocking?: unknown }).blocking !== false,
  );
}

/** 档次“A1” (the level's code, as the domain's messages name a tier) read as 档次“第一档”. */
export function relabelLevels(message: string, levelLabels: Record<string, string>): string {
  return message.replace(/档次“([^”]+)”/g, (all, code: string) => (levelLabels[code] ? `档次“${levelLabels[code]}”` : all));
}

/**
 * The refusal's field errors for the editor. `tierLevels` are the level codes of the tiers as the form holds them (in
 * order) and `levelLabels` the scheme's names for the codes (A1 → 第一档).
 */
export function benchmarkFieldErrors(error: unknown, tierLevels: readonly (string | undefined)[], levelLabels: Record<string, string>): BenchmarkFieldError[] {
  if (!isApiError(error)) return [];
  const readable = (m: string) => relabelLevels(m, levelLabels);
  const problems = problemsOf(error.details);
  if (problems.length > 0) {
    return problems.map((p) => {
      const index = p.tier === null ? -1 : tierLevels.lastIndexOf(p.tier);
      return {
        label: index >= 0 ? `第${index + 1}档` : '',
        message: readable(p.message),
        field: index >= 0 ? ['tiers', index, problemField(p)] : null,
      };
    });
  }
  return Object.entries(error.fieldErrors ?? {}).flatMap(([path, messages]) => {
    const { label, field } = describeBenchmarkPath(path);
    return messages.map((m) => ({ label, message: readable(m), field }));
  });
}
