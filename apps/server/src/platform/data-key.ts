import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from './config.ts';

/**
 * The master key for personal-field encryption. Production passes QUANZE_DATA_KEY (from a KMS/vault); demo mode
 * generates one once and keeps it beside the data (0600), so a restart can still read what it wrote.
 */
export function resolveDataKey(config: AppConfig): Buffer {
  if (config.dataKeyHex) return Buffer.from(config.dataKeyHex, 'hex');
  const file = path.join(config.dataDir, 'keys', 'data.key');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = crypto.randomBytes(32);
  fs.writeFileSync(file, key.toString('hex'), { mode: 0o600, flag: 'wx' });
  console.warn(`[quanze] 演示模式：已生成个人信息加密密钥 ${file}；生产环境请用 QUANZE_DATA_KEY 提供密钥。`);
  return key;
}
