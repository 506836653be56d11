/**
 * Names of natural persons, given by the case (the masker does not guess names): the party per the bureau's policy
 * (张某 by default), everyone else always hidden (SECURITY.md §3). When two people would come out the same (张某 and
 * 张某), they are told apart as 张某甲, 张某乙 in the order given, as courts do. Longer names are matched first, so
 * 张三丰 is not half-masked as 张某丰 when both 张三 and 张三丰 are listed. A name of one character cannot be found
 * safely in running text and is reported back as skipped.
 */
import type { MaskingContext, MaskingPolicy, PiiCandidate } from './pii-types.ts';
import { blankSpans, findAll, normalizeForScan, type ScanText, type Span } from './pii-text.ts';

export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '澹台',
  '端木',
  '呼延',
  '南宫',
  '西门',
  '独孤',
  '百里',
  '闻人',
  '申屠',
  '太史',
  '万俟',
  '赫连',
  '拓跋',
  '公冶',
  '濮阳',
  '淳于',
  '单于',
  '鲜于',
  '闾丘',
  '司空',
  '东郭',
  '左丘',
  '公羊',
  '梁丘',
  '第五',
];

const ORDINALS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

/** The surname of a Chinese name: a listed compound surname when the name has at least three characters. */
export function surnameOf(name: string): string {
  const chars = [...name.trim()];
  const two = chars.slice(0, 2).join('');
  if (chars.length >= 3 && COMPOUND_SURNAMES.includes(two)) return two;
  return chars[0] ?? '';
}

const isChineseName = (name: string): boolean => /^\p{Script=Han}/u.test(name);

function baseReplacement(name: string, style: 'surnameMou' | 'surnameStars' | 'anonymous'): string {
  if (style === 'anonymous' || !isChineseName(name)) return '某某';
  const surname = surnameOf(name);
  if (style === 'surnameMou') return `${surname}某`;
  return surname + '*'.repeat(Math.max(1, [...name].length - [...surname].length));
}

export interface PersonToMask {
  name: string;
  kind: 'partyName' | 'personName';
  replacement: string;
  /** Found in the text after a cue word (证人李四), not listed by the case. */
  cued?: boolean;
}

/** The people to hide and what each becomes; one-character names come back in `skipped`. */
export function personsToMask(
  context: Partial<MaskingContext>,
  policy: MaskingPolicy,
  cuedNames: readonly string[] = [],
): { persons: PersonToMask[]; skipped: string[] } {
  const skipped: string[] = [];
  const listed: { name: string; kind: PersonToMask['kind']; base: string; cued?: boolean }[] = [];
  const seen = new Set<string>();
  const add = (raw: string, kind: PersonToMask['kind'], base: (n: string) => string, cued = false): void => {
    const name = normalizeForScan(raw.trim());
    if (name.length === 0 || seen.has(name)) return;
    if ([...name].length < 2) {
      skipped.push(name);
      return;
    }
    seen.add(name);
    listed.push({ name, kind, base: base(name), ...(cued ? { cued } : {}) });
  };
  const party = context.party;
  if (party && party.kind === 'citizen' && policy.partyName !== 'full') {
    const style = policy.partyName;
    add(party.name, 'partyName', (n) => baseReplacement(n, style));
  }
  for (const other of context.otherPersons ?? []) add(other, 'personName', (n) => baseReplacement(n, policy.otherNames));
  // Names found after cue words come last, so listed persons keep their order (甲, 乙 …); the party's is skipped by `seen`.
  for (const cued of cuedNames) add(cued, 'personName', (n) => baseReplacement(n, policy.otherNames), true);
  const byBase = new Map<string, number>();
  for (const p of listed) byBase.set(p.base, (byBase.get(p.base) ?? 0) + 1);
  const used = new Map<string, number>();
  const persons = listed.map((p) => {
    const cued = p.cued ? { cued: true } : {};
    if ((byBase.get(p.base) ?? 0) < 2) return { name: p.name, kind: p.kind, replacement: p.base, ...cued };
    const n = used.get(p.base) ?? 0;
    used.set(p.base, n + 1);
    return { name: p.name, kind: p.kind, replacement: p.base + (ORDINALS[n] ?? String(n + 1)), ...cued };
  });
  return { persons, skipped };
}

/** Name findings, longest name first; each claimed span is blanked so a shorter name cannot match inside it. */
export function detectNames(text: ScanText, persons: readonly PersonToMask[]): PiiCandidate[] {
  const found: PiiCandidate[] = [];
  let scan = text.scan;
  const ordered = [...persons].sort((a, b) => b.name.length - a.name.length);
  for (const p of ordered) {
    const spans: Span[] = findAll(scan, p.name);
    const how = p.cued ? { rule: 'heuristic' as const, note: '依提示词（证人、代理人等）识别的自然人姓名' } : { rule: 'known' as const };
    for (const s of spans) found.push({ kind: p.kind, ...how, start: s.start, end: s.end, replacement: p.replacement });
    scan = blankSpans(scan, spans);
  }
  return found;
}
