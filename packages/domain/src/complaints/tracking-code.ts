/**
 * Tracking codes (complaints) and one-time survey codes: random, unguessable, typable, and self-checking.
 *
 * Alphabet: the 31 characters 2–9 and A–Z without I, L, O — no 0/O, 1/I/L look-alikes. 31 is prime, so a weighted
 * check character mod 31 (weights 1…n, all non-zero and distinct mod 31 for n ≤ 30) catches EVERY single-character
 * substitution and every swap of two adjacent different characters, before any database lookup:
 *   Σ value(cᵢ)·(i+1) ≡ 0 (mod 31).
 * A tracking code is 4 groups of 4 (15 random characters ≈ 74 bits); a survey code 3 groups of 4 (11 ≈ 54 bits,
 * single-use and short-lived). Randomness comes from the caller (crypto.getRandomValues on the server) — the domain
 * never calls Math.random — and is drawn by rejection sampling, so every character is equally likely.
 * The server stores a hash of the code, rate-limits look-ups, and answers a wrong code exactly like an unknown one.
 */
import type { Citation } from '../citation.ts';
import { normalizeForScan } from '../disclosure/pii-text.ts';
import { XF_ONLINE_QUERY } from './sources.ts';

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const BASE = CODE_ALPHABET.length; // 31
const EXCLUDED = /[01ILO]/;

/** Returns `length` random bytes (crypto.getRandomValues / randomBytes on the server; a fixed stream in tests). */
export type RandomBytes = (length: number) => Uint8Array;

export interface CodeFormat {
  kind: 'tracking' | 'survey';
  groups: number;
  groupSize: number;
}
export const TRACKING_CODE_FORMAT: CodeFormat = { kind: 'tracking', groups: 4, groupSize: 4 };
export const SURVEY_CODE_FORMAT: CodeFormat = { kind: 'survey', groups: 3, groupSize: 4 };

export const CODE_BASIS: Citation = XF_ONLINE_QUERY;

const codeLength = (f: CodeFormat): number => f.groups * f.groupSize;

/** Bits of randomness in a code of this format (the check character adds none). */
export function codeEntropyBits(format: CodeFormat): number {
  return (codeLength(format) - 1) * Math.log2(BASE);
}

function weightedSum(values: readonly number[]): number {
  return values.reduce((sum, v, i) => (sum + v * (i + 1)) % BASE, 0);
}

function inverse(a: number): number {
  for (let x = 1; x < BASE; x++) if ((a * x) % BASE === 1) return x;
  throw new RangeError('no inverse');
}

/** The check character for a code body (all characters but the last). */
export function codeCheckChar(body: string): string {
  const values = [...body].map((c) => CODE_ALPHABET.indexOf(c));
  if (values.some((v) => v < 0)) throw new RangeError(`编码含有非法字符：${body}`);
  if (values.length + 1 >= BASE) throw new RangeError('编码过长，校验位无法保证发现所有单字符错误');
  const n = values.length + 1;
  const c = ((BASE - weightedSum(values)) % BASE) * inverse(n % BASE);
  return CODE_ALPHABET[c % BASE]!;
}

const group = (raw: string, size: number): string => raw.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? raw;

export function generateCode(format: CodeFormat, random: RandomBytes): string {
  const need = codeLength(format) - 1;
  let body = '';
  // 248 = 8 × 31: bytes at or above it are discarded so that byte % 31 is uniform.
  while (body.length < need) {
    for (const byte of random(need * 2)) {
      if (byte < 248 && body.length < need) body += CODE_ALPHABET[byte % BASE];
    }
  }
  return group(body + codeCheckChar(body), format.groupSize);
}

export type CodeProblem = 'CODE_EMPTY' | 'CODE_LENGTH' | 'CODE_CHARACTER' | 'CODE_CHECK';
export type CodeCheck = { ok: true; value: string } | { ok: false; code: CodeProblem; reason: string; basis: Citation };

/**
 * Reads what a citizen typed: case, spaces, hyphens and full-width characters do not matter. Says only what is
 * wrong with the shape of the input — never whether a complaint exists.
 */
export function parseCode(input: string, format: CodeFormat): CodeCheck {
  const raw = normalizeForScan(input)
    .toUpperCase()
    .replace(/[\s\-_.·]/g, '');
  const fail = (code: CodeProblem, reason: string): CodeCheck => ({ ok: false, code, reason, basis: CODE_BASIS });
  const name = format.kind === 'tracking' ? '查询码' : '评价码';
  if (raw.length === 0) return fail('CODE_EMPTY', `请输入${name}`);
  if (EXCLUDED.test(raw)) return fail('CODE_CHARACTER', `${name}不含数字0、1和字母I、L、O，请核对`);
  if ([...raw].some((c) => !CODE_ALPHABET.includes(c))) return fail('CODE_CHARACTER', `${name}只含数字2–9和字母`);
  if (raw.length !== codeLength(format)) return fail('CODE_LENGTH', `${name}应为${codeLength(format)}位`);
  if (weightedSum([...raw].map((c) => CODE_ALPHABET.indexOf(c))) !== 0) return fail('CODE_CHECK', `${name}有误，请核对后重新输入`);
  return { ok: true, value: group(raw, format.groupSize) };
}

export const generateTrackingCode = (random: RandomBytes): string => generateCode(TRACKING_CODE_FORMAT, random);
export const parseTrackingCode = (input: string): CodeCheck => parseCode(input, TRACKING_CODE_FORMAT);
export const generateSurveyCode = (random: RandomBytes): string => generateCode(SURVEY_CODE_FORMAT, random);
export const parseSurveyCode = (input: string): CodeCheck => parseCode(input, SURVEY_CODE_FORMAT);
