/**
 * Shapes that are unambiguous on their own: e-mail addresses and licence plates (GA 36-2018: 苏A12345; new-energy
 * 苏AD12345 / 苏A12345D; 挂/学/警 suffixes). Plates keep the province and issuing-office letter (苏A*****), which
 * names a city, not a person.
 */
import type { PiiCandidate } from './pii-types.ts';
import type { ScanText } from './pii-text.ts';

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
// The look-behind makes the local part start at its first character only, so a long run cannot backtrack quadratically.
const EMAIL = new RegExp(`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@${LABEL}(?:\\.${LABEL})*\\.[A-Za-z]{2,}`, 'g');

export function detectEmails(text: ScanText): PiiCandidate[] {
  return [...text.scan.matchAll(EMAIL)].map((m) => ({
    kind: 'email',
    rule: 'pattern',
    start: m.index,
    end: m.index + m[0].length,
    replacement: '***@***',
  }));
}

export const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const PLATE = new RegExp(`[${PLATE_PROVINCES}][A-Za-z][ ·•.-]?(?:[A-Za-z0-9]{4}[挂学警港澳领试超]|[A-Za-z0-9]{5,6})(?![A-Za-z0-9])`, 'g');

/** Letters, digits and the suffix character become '*'; a separator (苏A·12345) stays as written. */
function maskSerial(text: ScanText, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += /[ ·•.-]/.test(text.scan[i]!) ? text.original[i] : '*';
  return out;
}

export function detectPlates(text: ScanText): PiiCandidate[] {
  const found: PiiCandidate[] = [];
  for (const m of text.scan.matchAll(PLATE)) {
    const serial = m[0].slice(2);
    if (!/[0-9]/.test(serial)) continue; // 苏ABCDE is a word, not a plate
    const start = m.index;
    const end = start + m[0].length;
    found.push({
      kind: 'plate',
      rule: 'pattern',
      start,
      end,
      replacement: text.original.slice(start, start + 2) + maskSerial(text, start + 2, end),
    });
  }
  return found;
}
