/**
 * The explanation as decision text: one plain Chinese sentence per step, each naming the article or benchmark
 * clause it rests on, in the form a 行政处罚决定书 uses ("依照《中华人民共和国行政处罚法》第三十二条第（三）项").
 */
import type { Citation } from '../citation.ts';

/** National laws are cited by their full title in a decision. */
const FORMAL_TITLES: Readonly<Record<string, string>> = {
  行政处罚法: '中华人民共和国行政处罚法',
  律师法: '中华人民共和国律师法',
  公证法: '中华人民共和国公证法',
  法律援助法: '中华人民共和国法律援助法',
  民法典: '中华人民共和国民法典',
};

export function lawTitle(law: string): string {
  const formal = FORMAL_TITLES[law] ?? law;
  return formal.startsWith('《') ? formal : `《${formal}》`;
}

/** 《中华人民共和国行政处罚法》第三十条; a placeholder article ("（待核）") is left out of the sentence. */
export function cite(c: Citation): string {
  return c.article.startsWith('（') ? lawTitle(c.law) : `${lawTitle(c.law)}${c.article}`;
}

export function citeAll(cs: readonly Citation[]): string {
  return cs.map(cite).join('、');
}

export interface ExplanationLine {
  text: string;
  basis: readonly Citation[];
}

export function line(text: string, ...basis: Citation[]): ExplanationLine {
  return { text, basis };
}

/** Distinct citations in first-use order (same law, article and note). */
export function distinctCitations(lines: readonly ExplanationLine[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const l of lines)
    for (const c of l.basis) {
      const key = `${c.law}|${c.article}|${c.note ?? ''}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(c);
      }
    }
  return out;
}

export function joinLines(lines: readonly ExplanationLine[]): string {
  return lines.map((l) => l.text).join('');
}
