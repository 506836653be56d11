/** The tracking code: drawn by the domain (tracking-code.ts) from the server's CSPRNG; only its SM3 hash is stored. */
import crypto from 'node:crypto';
import { generateTrackingCode, parseTrackingCode } from '@quanze/domain';
import { sm3Hex } from '../../platform/crypto.ts';

export const newTrackingCode = (): string => generateTrackingCode((n) => crypto.randomBytes(n));

/** Hash of the canonical spelling (grouped, upper case), so `abcd efgh…` and `ABCD-EFGH-…` hash the same. */
export const hashTrackingCode = (canonical: string): string => sm3Hex(`complaint-tracking:${canonical}`);

/** The hash to look up, or null when what was typed cannot be a code (the caller answers exactly as for "not found"). */
export function trackingHashOf(input: string): string | null {
  const parsed = parseTrackingCode(input);
  return parsed.ok ? hashTrackingCode(parsed.value) : null;
}
