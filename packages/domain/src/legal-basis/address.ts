/**
 * 条/款/项 addressing: the numbers, their Chinese form, and reading the citations lists are written in
 * ("第四十七条第（三）（四）项", "第十六条至第十八条"). Parsing is for import; the library stores numbers.
 */

/** 第N条 第N款 第（N）项. A citation may skip the 款 when the article has one paragraph. */
export interface ArticleAddress {
  article: number;
  paragraph?: number | null;
  item?: number | null;
}

const DIGITS = '零一二三四五六七八九';
const UNITS: ReadonlyArray<[number, string]> = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
];

/** 1–9999 in the form statutes use: 十, 十六, 四十七, 一百零一, 一百一十. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`条款序号应为 1–9999 的整数：${n}`);
  let out = '';
  let rest = n;
  let pendingZero = false;
  for (const [value, unit] of UNITS) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d > 0) {
      if (pendingZero) out += '零';
      // 十六 not 一十六 at the start; 一百一十 keeps its 一 inside a larger number.
      out += (d === 1 && value === 10 && out === '' ? '' : DIGITS[d]) + unit;
      pendingZero = false;
    } else if (out !== '') {
      pendingZero = true;
    }
  }
  if (rest > 0) out += (pendingZero ? '零' : '') + DIGITS[rest];
  return out;
}

/** Inverse of toChineseNumeral; also takes Arabic digits and 〇/两. null when not a number. */
export function parseChineseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = ch === '两' ? 2 : ch === '〇' ? 0 : DIGITS.indexOf(ch);
    if (d >= 0) {
      digit = d;
      continue;
    }
    const unit = ch === '千' ? 1000 : ch === '百' ? 100 : 10;
    total += (digit ?? 1) * unit;
    digit = null;
  }
  return total + (digit ?? 0);
}

export function formatArticleAddress(a: ArticleAddress): string {
  let s = `第${toChineseNumeral(a.article)}条`;
  if (a.paragraph != null) s += `第${toChineseNumeral(a.paragraph)}款`;
  if (a.item != null) s += `第（${toChineseNumeral(a.item)}）项`;
  return s;
}

/**
 * Whether two citations of the same document can name the same text: same article, and 款/项 equal where both give
 * them. 第四十七条 overlaps 第四十七条第（一）项 (a change to the article touches the item and the other way round).
 */
export function addressesOverlap(a: ArticleAddress, b: ArticleAddress): boolean {
  if (a.article !== b.article) return false;
  if (a.paragraph != null && b.paragraph != null && a.paragraph !== b.paragraph) return false;
  return a.item == null || b.item == null || a.item === b.item;
}

export type ParsedAddresses = { ok: true; addresses: ArticleAddress[] } | { ok: false; reason: string };

const NUM = '[零〇一二两三四五六七八九十百千\\d]+';
const REF = new RegExp(`第(${NUM})条(?:第(${NUM})款)?(?:第((?:\\(${NUM}\\)(?:至|、)?)+)项)?`, 'y');

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** "(三)(四)" → [3, 4]; "(六)至(九)" → [6..9]. */
function parseItems(text: string): number[] | null {
  const out: number[] = [];
  const re = new RegExp(`\\((${NUM})\\)(至)?`, 'g');
  let rangeFrom: number | null = null;
  for (const m of text.matchAll(re)) {
    const n = parseChineseNumeral(m[1] ?? '');
    if (n === null) return null;
    if (rangeFrom !== null) out.push(...range(rangeFrom + 1, n));
    else out.push(n);
    rangeFrom = m[2] ? n : null;
  }
  return out;
}

/**
 * Reads a citation as written in a power list into addresses. Handles 、 lists, 至 ranges of articles and of items,
 * full- or half-width brackets. Anything else is refused with the rest that could not be read, for the import report.
 */
export function parseArticleAddresses(text: string): ParsedAddresses {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  const out: ArticleAddress[] = [];
  let pos = 0;
  let rangeStart: number | null = null;
  while (pos < s.length) {
    REF.lastIndex = pos;
    const m = REF.exec(s);
    if (!m) return { ok: false, reason: `无法识别的条款引用：“${s.slice(pos)}”` };
    const article = parseChineseNumeral(m[1] ?? '');
    const paragraph = m[2] ? parseChineseNumeral(m[2]) : null;
    const items = m[3] ? parseItems(m[3]) : null;
    if (article === null || (m[2] && paragraph === null) || (m[3] && items === null))
      return { ok: false, reason: `条款序号无效：“${m[0]}”` };
    if (rangeStart !== null) {
      if (paragraph !== null || items !== null || article <= rangeStart) return { ok: false, reason: `条文区间无效：“${text}”` };
      out.push(...range(rangeStart + 1, article).map((n) => ({ article: n })));
    } else if (items !== null && items.length > 0) {
      out.push(...items.map((item) => ({ article, paragraph, item })));
    } else {
      out.push({ article, paragraph });
    }
    pos = REF.lastIndex;
    const sep = s[pos];
    if (sep === '至' && (paragraph !== null || items !== null)) return { ok: false, reason: `条文区间只能在条之间：“${text}”` };
    rangeStart = sep === '至' ? article : null;
    if (sep === '、' || sep === '至' || sep === '，' || sep === ',') pos += 1;
  }
  return out.length ? { ok: true, addresses: out } : { ok: false, reason: '未填写条款' };
}
