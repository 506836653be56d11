/**
 * Commercial cryptography (GB/T 39786 level 3): SM3 for hashes and HMAC, SM4-CBC + HMAC-SM3 (encrypt-then-MAC)
 * for personal fields at rest, an HMAC-SM3 blind index for exact lookup. Node's "SM2" is not GB/T 32918 — unused.
 */
import crypto from 'node:crypto';

export function sm3Hex(data: string | Buffer): string {
  return crypto.createHash('sm3').update(data).digest('hex');
}

export function hmacSm3(key: Buffer, data: string | Buffer): Buffer {
  return crypto.createHmac('sm3', key).update(data).digest();
}

function hkdf(master: Buffer, info: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sm3', master, Buffer.alloc(0), info, 16 + 16));
}

export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Deterministic keyed hash of a normalized value, for `WHERE id_card_index = ?` without decrypting. */
  blindIndex(plain: string): string;
}

/**
 * Format: v1.<iv b64>.<ciphertext b64>.<tag b64>; the tag covers version, iv and ciphertext.
 * Keys are derived from one 32-byte master key with HKDF-SM3 so that rotating one means re-deriving all.
 */
export function createFieldCipher(masterKey: Buffer): FieldCipher {
  if (masterKey.length !== 32) throw new Error('master key must be 32 bytes');
  const encKey = hkdf(masterKey, 'quanze/field/enc').subarray(0, 16);
  const macKey = hkdf(masterKey, 'quanze/field/mac');
  const indexKey = hkdf(masterKey, 'quanze/field/index');
  return {
    encrypt(plain) {
      const iv = crypto.randomBytes(16);
      const c = crypto.createCipheriv('sm4-cbc', encKey, iv);
      const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      const tag = hmacSm3(macKey, Buffer.concat([Buffer.from('v1'), iv, ct]));
      return ['v1', iv.toString('base64'), ct.toString('base64'), tag.toString('base64')].join('.');
    },
    decrypt(sealed) {
      const [v, ivB, ctB, tagB] = sealed.split('.');
      if (v !== 'v1' || !ivB || !ctB || !tagB) throw new Error('sealed field: unknown format');
      const iv = Buffer.from(ivB, 'base64');
      const ct = Buffer.from(ctB, 'base64');
      const expected = hmacSm3(macKey, Buffer.concat([Buffer.from('v1'), iv, ct]));
      const tag = Buffer.from(tagB, 'base64');
      if (tag.length !== expected.length || !crypto.timingSafeEqual(tag, expected)) {
        throw new Error('sealed field: integrity check failed');
      }
      const d = crypto.createDecipheriv('sm4-cbc', encKey, iv);
      return Buffer.concat([d.update(ct), d.final()]).toString('utf8');
    },
    blindIndex(plain) {
      return hmacSm3(indexKey, plain.trim().toUpperCase()).toString('hex');
    },
  };
}

export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && crypto.timingSafeEqual(ba, bb);
}
