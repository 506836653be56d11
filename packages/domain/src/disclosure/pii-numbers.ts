/**
 * Numbers that identify a natural person: ID-card numbers (GB 11643, 18 and 15 digits), mobile and landline numbers,
 * bank cards (Luhn) and other long digit runs (possible account numbers). A digit run may carry single spaces or
 * hyphens between groups (139 0514 0001, 025-8456 1234); when the whole run is not one number, the longest
 * classifiable run of consecutive groups is taken from the left, so a phone written next to a year is still found.
 */
import { daysInMonth } from '../calendar/local-date.ts';
import { isValidIdCardNumber, maskIdCardNumber, maskMobile } from '../identity/personal-data.ts';
import { checkUscc } from '../subjects/uscc.ts';
import type { MaskingPolicy, PiiCandidate, PiiKind, PiiRule } from './pii-types.ts';
import { clauseBefore, relayDigits, type ScanText, type Span } from './pii-text.ts';

interface Classified {
  kind: PiiKind;
  rule: PiiRule;
  note?: string;
}

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** YYYYMMDD with 1900 ≤ year ≤ 2099 and a real calendar day (no clock is read: a future date still counts). */
export function isPlausibleBirthDate(yyyymmdd: string): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** What a compact run of digits is by its own shape (an 18-character ID may end in X), or null. */
export function classifyNumber(compact: string, policy: MaskingPolicy): Classified | null {
  const c = compact.toUpperCase();
  if (/^\d{17}[\dX]$/.test(c) && isPlausibleBirthDate(c.slice(6, 14))) {
    if (isValidIdCardNumber(c)) return { kind: 'idCard', rule: 'checksum' };
    if (policy.maskIdLikeWithBadChecksum) {
      return { kind: 'idCard', rule: 'heuristic', note: '校验位不符但出生日期有效，按疑似身份证号码隐去' };
    }
  }
  if (!/^\d+$/.test(c)) return null;
  if (/^(?:0086|86)?1[3-9]\d{9}$/.test(c)) return { kind: 'mobile', rule: 'pattern' };
  if (/^[1-8]\d{14}$/.test(c) && isPlausibleBirthDate(`19${c.slice(6, 12)}`)) return { kind: 'idCard15', rule: 'pattern' };
  if (/^0[1-9]\d{8,10}$/.test(c)) return { kind: 'landline', rule: 'pattern' };
  if (c.length >= 16 && c.length <= 19 && luhnValid(c)) return { kind: 'bankCard', rule: 'checksum' };
  return null;
}

/** The strict fallback: a long run nothing else explains may be an account number. */
function longRun(compact: string, policy: MaskingPolicy): Classified | null {
  if (policy.maskDigitRunsFrom === null || compact.length < policy.maskDigitRunsFrom) return null;
  return { kind: 'longNumber', rule: 'heuristic', note: `${compact.length}位数字串，可能为账号，从严隐去` };
}

const PHONE_LABEL = /(?:电话|手机|联系方式|座机|传真|热线|tel|phone)[^0-9]{0,6}$/i;
const ACCOUNT_LABEL = /(?:账号|帐号|账户|帐户|卡号|银行卡)[^0-9]{0,6}$/;
const USCC_LABEL = /信用代码[^0-9A-Za-z]{0,4}$/;

/** A number labelled by the text before it (联系电话：84561234, 账号：…), when its shape alone says nothing. */
function classifyByLabel(text: string, start: number, compact: string): Classified | null {
  const before = clauseBefore(text, start, 16);
  if (compact.length >= 7 && PHONE_LABEL.test(before)) return { kind: 'landline', rule: 'label', note: '前有"电话"等字样' };
  if (compact.length >= 8 && ACCOUNT_LABEL.test(before)) return { kind: 'bankCard', rule: 'label', note: '前有"账号"等字样' };
  return null;
}

function replacementFor(kind: PiiKind, text: ScanText, span: Span, compact: string, policy: MaskingPolicy): string {
  if (policy.numbers === 'partial' && kind === 'idCard') return relayDigits(text, span, maskIdCardNumber(compact));
  if (policy.numbers === 'partial' && kind === 'mobile') return relayDigits(text, span, maskMobile(compact));
  return relayDigits(text, span, '*'.repeat(compact.length));
}

/** No number written in groups has more than this many (+86 139 0514 0001: 4; a card in fours: 5). */
const MAX_GROUPS = 8;
const RUN = /(?<![0-9])[0-9](?:[ -]?[0-9])*(?:[Xx](?![0-9A-Za-z]))?/g;
const BRACKETED_LANDLINE = /\(0\d{2,3}\) ?\d{3,4}[ -]?\d{4}(?![0-9])/g;

/**
 * Number findings. Organisations' codes given by the case are already blanked; a run that is a valid USCC and
 * labelled 统一社会信用代码 is kept too (organisations keep their code).
 */
export function detectNumbers(input: ScanText, policy: MaskingPolicy): PiiCandidate[] {
  const text = input.scan;
  const found: PiiCandidate[] = [];
  const add = (span: Span, cls: Classified): void => {
    const compact = text.slice(span.start, span.end).replace(/[^0-9Xx]/g, '');
    found.push({
      kind: cls.kind,
      rule: cls.rule,
      start: span.start,
      end: span.end,
      replacement: replacementFor(cls.kind, input, span, compact, policy),
      ...(cls.note ? { note: cls.note } : {}),
    });
  };
  for (const m of text.matchAll(BRACKETED_LANDLINE))
    add({ start: m.index, end: m.index + m[0].length }, { kind: 'landline', rule: 'pattern' });
  for (const m of text.matchAll(RUN)) {
    const groups: Span[] = [];
    for (const g of m[0].matchAll(/[0-9]+[Xx]?/g)) groups.push({ start: m.index + g.index, end: m.index + g.index + g[0].length });
    const whole = m[0].replace(/[ -]/g, '');
    if (whole.length === 18 && USCC_LABEL.test(clauseBefore(text, m.index, 16)) && checkUscc(whole).ok) continue;
    // Longest classifiable run of consecutive groups, from the left; the groups between stay as they are.
    const claimed = new Array<boolean>(groups.length).fill(false);
    for (let i = 0; i < groups.length;) {
      let next = i + 1;
      for (let j = Math.min(groups.length, i + MAX_GROUPS) - 1; j >= i; j--) {
        const span = { start: groups[i]!.start, end: groups[j]!.end };
        const cls = classifyNumber(text.slice(span.start, span.end).replace(/[ -]/g, ''), policy);
        if (cls) {
          add(span, cls);
          claimed.fill(true, i, j + 1);
          next = j + 1;
          break;
        }
      }
      i = next;
    }
    if (!claimed.includes(true)) {
      // Nothing recognised: a label (电话/账号) or sheer length decides for the whole run.
      const cls = classifyByLabel(text, m.index, whole) ?? longRun(whole, policy);
      if (cls) add({ start: m.index, end: m.index + m[0].length }, cls);
      continue;
    }
    groups.forEach((g, k) => {
      const cls = claimed[k] ? null : longRun(text.slice(g.start, g.end), policy);
      if (cls) add(g, cls);
    });
  }
  return found;
}
