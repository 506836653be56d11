/**
 * TOTP (RFC 6238, HMAC-SHA1, 6 digits, 30 s) as the cryptographic second factor (等保 8.1.4.1 d). A code is
 * accepted once: the matched time step must be later than the last accepted one (ASVS 6.5.1).
 */
import crypto from 'node:crypto';
import * as OTPAuth from 'otpauth';

const PERIOD = 30;

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totpFor(secret: string, label = ''): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ issuer: '权责平台', label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: OTPAuth.Secret.fromBase32(secret) });
}

export function otpauthUrl(secret: string, username: string): string {
  return totpFor(secret, username).toString();
}

/** The time step the code matches (±1 step of drift), or null. */
export function matchTotp(secret: string, code: string, now: Date): number | null {
  const delta = totpFor(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

export function generateTotp(secret: string, now: Date): string {
  return totpFor(secret).generate({ timestamp: now.getTime() });
}

export function newRecoveryCodes(n = 10): string[] {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: n }, () => {
    const s = Array.from({ length: 8 }, () => alphabet[crypto.randomInt(alphabet.length)]).join('');
    return `${s.slice(0, 4)}-${s.slice(4)}`;
  });
}

