/**
 * Addresses of natural persons. Known addresses come from the case; beyond them a heuristic finds house-level
 * detail anywhere: a number with 号/室/栋/幢/单元/层/楼/座/组/户, preceded (without punctuation) by a street-level
 * word (路 街 巷 弄 村 小区 花园 大厦 …). What is hidden is the street and number; the 省/市/区县 prefix stays by
 * default (courts keep an address to the county), so 江苏省南京市玄武区中山路123号 → 江苏省南京市玄武区***.
 * Never an address: 第N号 and N字N号 (document and order numbers), anything after a bracket (〔2026〕12号).
 * Strict by design: an organisation's or a place's house number is masked too unless the case lists it as kept.
 */
import type { MaskingPolicy, PiiCandidate } from './pii-types.ts';
import { findAll, normalizeForScan, type ScanText } from './pii-text.ts';

const HAN = '\\u4e00-\\u9fa5';
/** 省 / 市 / 区县 prefix, each level optional; 小区、社区、超市、市场 are not administrative units. */
const ADMIN_PREFIX = new RegExp(
  `^(?:[${HAN}]{2,9}?(?:省|自治区|特别行政区))?` +
    `(?:[${HAN}]{2,9}?(?:(?<![超菜集夜])市(?!场)|自治州|地区|盟))?` +
    `(?:[${HAN}]{1,9}?(?:(?<![小社校景厂街片营库矿园宅活])区|县|(?<![超菜集夜])市(?!场)|旗))?`,
  'u',
);

/** Length of the administrative prefix that may stay visible. */
export function adminPrefixLength(address: string): number {
  return ADMIN_PREFIX.exec(address)?.[0].length ?? 0;
}

const NUM = '[0-9]+|[一二三四五六七八九十百千零〇两]+';
const UNIT = '号楼|号院|号|室|栋|幢|单元|层|楼|座|组|户';
// Starts only at the first digit of a number (look-behind), so long digit runs cannot backtrack quadratically.
const ANCHOR = new RegExp(
  `(?<![0-9一二三四五六七八九十百千零〇两])(?:${NUM})(?:-[0-9]+)*(?:${UNIT})(?:[0-9A-Za-z一二三四五六七八九十零〇-]{1,8}?(?:${UNIT}))*`,
  'gu',
);
const STREET = /路|街|巷|弄|胡同|大道|道|里|村|社区|小区|花园|苑|公寓|大厦|广场|家园|新村|镇|乡|庄|屯|园|城|湾|坊|区|县|市|楼|栋|幢|座/;
const LEAD = /住址|住所|地址|居住地|居住|户籍地|户籍|位于|住(?![宅房])|在|于|至|到|往|系|为|是|的/g;
const WINDOW_CHAR = new RegExp(`[${HAN}A-Za-z0-9]`, 'u');

function tailCandidate(start: number, end: number): PiiCandidate {
  return { kind: 'address', rule: 'heuristic', start, end, replacement: '***' };
}

/** House-level address detail found by shape. */
export function detectAddressHeuristic(text: ScanText, policy: MaskingPolicy): PiiCandidate[] {
  const scan = text.scan;
  const found: PiiCandidate[] = [];
  for (const m of scan.matchAll(ANCHOR)) {
    let from = m.index;
    while (from > 0 && m.index - from < 24 && WINDOW_CHAR.test(scan[from - 1]!)) from--;
    const window = scan.slice(from, m.index);
    if (/(?:第|字)$/.test(window) || !STREET.test(window)) continue;
    let cut = 0;
    for (const lead of window.matchAll(LEAD)) cut = lead.index + lead[0].length;
    const prefix = policy.addressPrefix === 'county' ? adminPrefixLength(window.slice(cut)) : 0;
    found.push(tailCandidate(from + cut + prefix, m.index + m[0].length));
  }
  return found;
}

/** Every occurrence of a known personal address (and of its part below the county, when that is specific enough). */
export function detectKnownAddresses(text: ScanText, addresses: readonly string[], policy: MaskingPolicy): PiiCandidate[] {
  const found: PiiCandidate[] = [];
  for (const raw of addresses) {
    const address = normalizeForScan(raw.trim());
    const prefix = policy.addressPrefix === 'county' ? adminPrefixLength(address) : 0;
    const tail = address.slice(prefix);
    if (tail.length === 0) continue;
    for (const s of findAll(text.scan, address)) found.push({ ...tailCandidate(s.start + prefix, s.end), rule: 'known' });
    if (tail.length >= 4 && prefix > 0) {
      for (const s of findAll(text.scan, tail)) found.push({ ...tailCandidate(s.start, s.end), rule: 'known' });
    }
  }
  return found;
}
