import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, sm3Hex } from './crypto.ts';

describe('commercial cryptography (GB/T 39786)', () => {
  it('SM3 matches the standard test vectors (GB/T 32905 A.1, A.2)', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(sm3Hex('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('SM4 matches the standard test vector (GB/T 32907 A.1)', () => {
    const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const c = crypto.createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
    expect(Buffer.concat([c.update(key), c.final()]).toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
  });

  it('round-trips a personal field, with a fresh IV each time, and rejects a flipped byte', () => {
    const f = createFieldCipher(crypto.randomBytes(32));
    const a = f.encrypt('11010519491231002X');
    const b = f.encrypt('11010519491231002X');
    expect(a).not.toBe(b);
    expect(f.decrypt(a)).toBe('11010519491231002X');
    const parts = a.split('.');
    const ct = Buffer.from(parts[2]!, 'base64');
    ct[0] = ct[0]! ^ 1;
    parts[2] = ct.toString('base64');
    expect(() => f.decrypt(parts.join('.'))).toThrow(/integrity/);
  });

  it('gives a stable blind index per key, case-insensitive, and different under another key', () => {
    const k = crypto.randomBytes(32);
    const f = createFieldCipher(k);
    expect(f.blindIndex('11010519491231002x')).toBe(f.blindIndex(' 11010519491231002X'));
    expect(createFieldCipher(crypto.randomBytes(32)).blindIndex('x')).not.toBe(f.blindIndex('x'));
  });
});
