/**
 * The audit trail as the auditor's console shows it. The rows keep what was written (the hash chain is computed over
 * them, so nothing stored is rewritten); what is sent for reading goes through the domain's citation display
 * (citation-display.ts): 《行政处罚法》第六十四条, never the developers' sourcing marks ([S] [U], 待核, LAW.md §).
 */
import { citationForDisplay, citationNoteForDisplay, citationTextForDisplay, userFacingText } from '@quanze/domain';

/** A stored “law article” string as users read it; null when nothing user-facing is left. */
export function basisForDisplay(stored: string | null): string | null {
  if (!stored) return null;
  return citationTextForDisplay(stored) || null;
}

/** Text that carries a sourcing mark: a LAW.md tag, a file or section reference, an open question. */
const INTERNAL_MARK = /\[(?:[VSU](?:\/[VSU])*(?:[：:][^\]]*)?|design)\]|\.md\b|§|待核|待查|未核实|未核对/;

const isCitation = (v: Record<string, unknown>): boolean => typeof v['law'] === 'string' && typeof v['article'] === 'string';

function clean(value: unknown, key: string | null, depth: number): unknown {
  if (depth > 12) return value;
  if (typeof value === 'string') {
    if (key === 'basis') return citationTextForDisplay(value);
    return INTERNAL_MARK.test(value) ? userFacingText(value) : value;
  }
  if (Array.isArray(value)) return value.map((v) => clean(v, key, depth + 1));
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (isCitation(obj)) {
      // A citation object ({ law, article, note }) reads as one line, as everywhere else in the console.
      const c = obj as { law: string; article: string; note?: string };
      return [citationForDisplay(c), citationNoteForDisplay(c)].filter(Boolean).join(' ');
    }
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, clean(v, k, depth + 1)]));
  }
  return value;
}

/** The event's summary with every citation in it shown as users read it (the rest as written). */
export function summaryForDisplay(summary: Record<string, unknown> | null): Record<string, unknown> | null {
  if (summary === null) return null;
  return clean(summary, null, 0) as Record<string, unknown>;
}
