/**
 * What users see of a Citation. The data keeps the developer's sourcing marks — LAW.md tags ([V] [S] [U]), file
 * references (LAW.md §8, JUSTICE-POWERS.md §5) and “待核” notes — because they say how well a rule is sourced; none of
 * them is for an officer or the public. Every place that shows a citation or its note goes through these functions.
 */
import type { Citation } from './citation.ts';

/** A LAW.md reliability tag, e.g. [S], [U], [S/U], [S：新闻转述]. */
const TAG = /\s*\[(?:[VSU](?:\/[VSU])*(?:[：:][^\]]*)?|design)\]/g;
/** A piece of text that only speaks to developers: a file reference, a section sign, an open question. */
const INTERNAL = /\.md\b|§|待核|待查|待省厅|未核实|未核对|未找到|issue\s*#|provisional|\bdesign\b/i;
const OPEN: Record<string, string> = { '（': '）', '(': ')' };
const SEPARATOR = /([；;，,])/;

/** Drops the pieces (split at Chinese/ASCII separators) that are internal; keeps the separators between the rest. */
function dropInternalPieces(text: string): string {
  const parts = text.split(SEPARATOR);
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const piece = parts[i]!;
    if (!piece.trim() || INTERNAL.test(piece)) continue;
    if (kept.length) kept.push(parts[i - 1] ?? '；');
    kept.push(piece);
  }
  return kept.join('').trim();
}

/** Cleans the innermost parenthetical groups first, so “（甲；乙（LAW.md §2））” loses only the inner reference. */
function cleanParentheses(text: string): string {
  let out = text;
  for (let guard = 0; guard < 10; guard++) {
    const next = out.replace(/[（(]([^（()）]*)[）)]/g, (whole, inner: string) => {
      const open = whole[0]!;
      const cleaned = dropInternalPieces(inner.replace(TAG, ''));
      if (!cleaned) return '';
      // Mark the kept group with private-use brackets so the loop does not visit it again.
      return `${open === '(' ? '\u{E000}' : '\u{E002}'}${cleaned}${OPEN[open] === ')' ? '\u{E001}' : '\u{E003}'}`;
    });
    if (next === out) break;
    out = next;
  }
  return out.replace(/\u{E000}/gu, '(').replace(/\u{E001}/gu, ')').replace(/\u{E002}/gu, '（').replace(/\u{E003}/gu, '）');
}

/** Any user-facing text with the developer's sourcing marks removed. Clauses (split at ；) that are open questions go. */
export function userFacingText(text: string | null | undefined): string {
  if (!text) return '';
  const noTags = cleanParentheses(text.replace(TAG, ''));
  const clauses = noTags
    .split(/([；;])/)
    .reduce<string[]>((acc, part, i, all) => {
      if (i % 2 === 1) return acc;
      const clause = part
        .replace(/[A-Z][A-Z0-9_-]*\.md(?:\s*§\s*[\d.]+)?(?:\s*[“"][^”"]*[”"])?\s*[：:]?/g, '')
        .replace(/§\s*[\d.]+/g, '')
        .replace(/[，,：:]\s*$/, '')
        .trim();
      if (!clause || /待核|未核实|未核对|provisional/i.test(clause)) return acc;
      if (acc.length) acc.push(all[i - 1] ?? '；');
      acc.push(clause);
      return acc;
    }, []);
  return clauses.join('').replace(/\s{2,}/g, ' ').trim();
}

/** The law's name in 《》 (kept as is when the data already has them), without notes such as “令号待核”. */
export function lawForDisplay(law: string): string {
  const name = userFacingText(law);
  if (!name) return '';
  return name.startsWith('《') ? name : `《${name}》`;
}

/**
 * 《law》article as users read it. An article that is only an open question (“（条次待核）”) leaves just the law's name:
 * better no article than a wrong or internal one.
 */
export function citationForDisplay(c: Pick<Citation, 'law' | 'article'> | null | undefined): string {
  if (!c) return '';
  return `${lawForDisplay(c.law)}${userFacingText(c.article)}`;
}

/** The explanatory note of a citation, cleaned; '' when nothing user-facing is left. */
export function citationNoteForDisplay(c: Pick<Citation, 'note'> | null | undefined): string {
  return userFacingText(c?.note);
}

/**
 * A citation stored as one string (audit rows and case steps keep “law article”, e.g. “行政处罚法 第五十四条”) as users
 * read it: 《行政处罚法》第五十四条, without the sourcing marks the string may carry.
 */
export function citationTextForDisplay(stored: string | null | undefined): string {
  if (!stored) return '';
  const m = /^(.*?\S)\s+((?:第|（).*)$/.exec(stored.trim());
  if (m && !m[1]!.startsWith('《')) return citationForDisplay({ law: m[1]!, article: m[2]! });
  return userFacingText(stored);
}
