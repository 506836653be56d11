/**
 * Text helpers for the detectors. Detection runs on a normalised copy of the text that has exactly the same
 * UTF-16 length, so every offset found in the copy is an offset in the original: full-width ASCII (０-９, Ａ-Ｚ, ＠,
 * （）, －) becomes half-width, the ideographic space a space, dashes a hyphen. Spans that must not be read (kept
 * organisation names, already claimed names) are blanked with NUL, which no detector matches.
 */

export const BLANK = '\u0000';

const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xfe63]);

export function normalizeForScan(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (DASHES.has(c)) out += '-';
    else out += text[i];
  }
  return out;
}

/** Upper-cases ASCII letters only, so the length never changes (String#toUpperCase can: ß → SS). */
export function asciiUpper(text: string): string {
  return text.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 32));
}

export interface Span {
  start: number;
  end: number;
}

/** Every (non-overlapping, left to right) occurrence of `needle` in `haystack`. */
export function findAll(haystack: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle.length === 0) return spans;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) {
    spans.push({ start: i, end: i + needle.length });
  }
  return spans;
}

export function blankSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const s of spans) for (let i = s.start; i < s.end; i++) chars[i] = BLANK;
  return chars.join('');
}

/** Every non-space character becomes '*'. */
export function starMask(text: string): string {
  return text.replace(/\S/gu, '*');
}

const DIGIT_LIKE = /[0-9Xx]/;

/** The text being scanned: the original, and its normalised copy (same length) with kept spans blanked. */
export interface ScanText {
  original: string;
  scan: string;
}

/**
 * Re-lays a masked digit string over the original layout: each digit (or X) of the span takes the next character
 * of `maskedCompact`; separators and brackets stay as the original wrote them.
 */
export function relayDigits(text: ScanText, span: Span, maskedCompact: string): string {
  let k = 0;
  let out = '';
  for (let i = span.start; i < span.end; i++) {
    if (DIGIT_LIKE.test(text.scan[i]!) && k < maskedCompact.length) out += maskedCompact[k++];
    else out += text.original[i];
  }
  return out;
}

/** The nearest text before `start` in the same clause (up to `max` characters, stopping at 。；;！!？?\n). */
export function clauseBefore(text: string, start: number, max: number): string {
  let i = start;
  while (i > 0 && start - i < max && !/[。；;！!？?\n]/.test(text[i - 1]!)) i--;
  return text.slice(i, start);
}
