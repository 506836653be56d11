/**
 * Document numbers (文书编号) like 示司罚决字〔2026〕第1号: issuer abbreviation + kind code (+ 字) + year in 六角括号
 * 〔〕 + (第) serial + 号. JUSTICE-POWERS.md §5: only 司罚决字 is observed in practice (沪司罚决字〔YYYY〕第N号,
 * 深司罚决字〔YYYY〕N号, 芜司罚决〔2026〕N号); the other kind codes are the demo's own and marked so.
 */
export interface DocumentNumberKindDefinition {
  label: string;
  /** The part between the issuer abbreviation and 字/〔: 司罚决. */
  code: string;
  /** Seen in real bureaus' documents (true) or invented for the demo (false). */
  observed: boolean;
}

export const DOCUMENT_NUMBER_KINDS = {
  filing: { label: '立案审批表', code: '司罚立', observed: false },
  evidencePreservation: { label: '先行登记保存通知书', code: '司罚保', observed: false },
  preservationDisposal: { label: '先行登记保存物品处理决定书', code: '司罚保处', observed: false },
  correctionOrder: { label: '责令（限期）改正通知书', code: '司罚改', observed: false },
  priorNotice: { label: '行政处罚事先告知书', code: '司罚告', observed: false },
  hearingNotice: { label: '听证通知书', code: '司罚听', observed: false },
  decision: { label: '行政处罚决定书', code: '司罚决', observed: true },
  noPenaltyDecision: { label: '不予行政处罚决定书', code: '司不罚决', observed: false },
  simpleDecision: { label: '当场行政处罚决定书', code: '司罚简', observed: false },
  transferLetter: { label: '案件移送函', code: '司罚移', observed: false },
  reminder: { label: '催告书', code: '司罚催', observed: false },
  enforcementApplication: { label: '强制执行申请书', code: '司罚执', observed: false },
} as const satisfies Record<string, DocumentNumberKindDefinition>;
export type DocumentNumberKind = keyof typeof DOCUMENT_NUMBER_KINDS;
export const DOCUMENT_NUMBER_KIND_IDS = Object.keys(DOCUMENT_NUMBER_KINDS) as DocumentNumberKind[];

/** The place of a number in its yearly series. */
export interface SerialNumber {
  year: number;
  sequence: number;
}

export interface DocumentNumber extends SerialNumber {
  /** 机关代字: the bureau's abbreviation, e.g. 示 for 示例市司法局. */
  issuer: string;
  kind: DocumentNumberKind;
}

/** How a bureau writes its numbers; the default gives 示司罚决字〔2026〕第1号. */
export interface DocumentNumberStyle {
  zi: boolean;
  di: boolean;
  /** Zero-pad the serial to this many digits (1 = no padding). */
  minDigits: number;
}

export const DEFAULT_DOCUMENT_NUMBER_STYLE: DocumentNumberStyle = { zi: true, di: true, minDigits: 1 };

const ISSUER = /^[\p{Script=Han}A-Za-z]{1,8}$/u;
const MAX_SEQUENCE = 9_999_999;

/** Problems with a number's parts, in Chinese; empty when valid. */
export function documentNumberProblems(n: DocumentNumber): string[] {
  const problems: string[] = [];
  if (!ISSUER.test(n.issuer)) problems.push(`机关代字应为1至8个汉字或字母：${n.issuer}`);
  if (!Object.hasOwn(DOCUMENT_NUMBER_KINDS, n.kind)) problems.push(`未知的文书种类：${String(n.kind)}`);
  if (!Number.isInteger(n.year) || n.year < 1000 || n.year > 9999) problems.push(`年份应为四位数：${n.year}`);
  if (!Number.isInteger(n.sequence) || n.sequence < 1 || n.sequence > MAX_SEQUENCE)
    problems.push(`序号应为1至${MAX_SEQUENCE}的整数：${n.sequence}`);
  return problems;
}

export function formatDocumentNumber(n: DocumentNumber, style: DocumentNumberStyle = DEFAULT_DOCUMENT_NUMBER_STYLE): string {
  const problems = documentNumberProblems(n);
  if (problems.length > 0) throw new RangeError(problems.join('；'));
  const serial = String(n.sequence).padStart(Math.max(1, style.minDigits), '0');
  return `${n.issuer}${DOCUMENT_NUMBER_KINDS[n.kind].code}${style.zi ? '字' : ''}〔${n.year}〕${style.di ? '第' : ''}${serial}号`;
}

export type ParsedDocumentNumber =
  { ok: true; number: DocumentNumber; style: DocumentNumberStyle; bracketsNormalized: boolean } | { ok: false; reason: string };

/** Brackets people type instead of 〔〕; accepted only when asked (legacy imports), and reported. */
const LOOSE_BRACKETS: Readonly<Record<string, string>> = {
  '[': '〔',
  ']': '〕',
  '［': '〔',
  '］': '〕',
  '【': '〔',
  '】': '〕',
  '(': '〔',
  ')': '〕',
  '（': '〔',
  '）': '〕',
};

/** Longest kind code first, so 司罚保处 is never read as 司罚保 + 处. */
const KINDS_BY_CODE_LENGTH = [...DOCUMENT_NUMBER_KIND_IDS].sort(
  (a, b) => DOCUMENT_NUMBER_KINDS[b].code.length - DOCUMENT_NUMBER_KINDS[a].code.length,
);

export function parseDocumentNumber(text: string, options: { lenientBrackets?: boolean } = {}): ParsedDocumentNumber {
  let s = text.trim();
  let bracketsNormalized = false;
  if (options.lenientBrackets) {
    const normalized = s.replace(/[[\]［］【】()（）]/g, (c) => LOOSE_BRACKETS[c] ?? c);
    bracketsNormalized = normalized !== s;
    s = normalized;
  }
  for (const kind of KINDS_BY_CODE_LENGTH) {
    const code = DOCUMENT_NUMBER_KINDS[kind].code;
    const m = new RegExp(`^(.+?)${code}(字)?〔(\\d{4})〕(第)?(\\d+)号$`, 'u').exec(s);
    if (!m) continue;
    const digits = m[5] ?? '';
    const number: DocumentNumber = { issuer: m[1] ?? '', kind, year: Number(m[3]), sequence: Number(digits) };
    const problems = documentNumberProblems(number);
    if (problems.length > 0) return { ok: false, reason: problems.join('；') };
    const style: DocumentNumberStyle = {
      zi: m[2] !== undefined,
      di: m[4] !== undefined,
      minDigits: digits.startsWith('0') ? digits.length : 1,
    };
    return { ok: true, number, style, bracketsNormalized };
  }
  return { ok: false, reason: `无法识别的文书编号：${text}（格式如“示司罚决字〔2026〕第1号”，年份用六角括号〔〕）` };
}
