/**
 * Configuration comes from the environment and is validated once at start: a bad value stops the app with a
 * message that names the variable. Province- and policy-dependent numbers live here or in the database, never as
 * literals in modules.
 */
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, '必须是 postgres:// 开头的连接串')
    .optional(),
  QUANZE_DATA_DIR: z.string().default('./data'),
  QUANZE_DEMO: bool.default(true),
  /** 64 hex chars (32 bytes): the master key for personal-data encryption. Required outside demo mode. */
  QUANZE_DATA_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, '必须是 64 位十六进制（32 字节）')
    .optional(),
  QUANZE_COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
  QUANZE_TRUST_PROXY: bool.default(false),
  QUANZE_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  QUANZE_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(184).default(184),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  QUANZE_WEB_DIST: z.string().optional(),
});

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  dataKeyHex: string | undefined;
  cookieSecure: 'auto' | 'always' | 'never';
  trustProxy: boolean;
  loginRatePerMinute: number;
  auditRetentionDays: number;
  logLevel: string;
  webDist: string | undefined;
  version: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置错误（环境变量）：\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (!e.QUANZE_DEMO && !e.QUANZE_DATA_KEY) {
    throw new ConfigError('配置错误（环境变量）：\n  QUANZE_DATA_KEY: 非演示模式必须提供个人信息加密主密钥（64 位十六进制）');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.QUANZE_DATA_DIR),
    demo: e.QUANZE_DEMO,
    dataKeyHex: e.QUANZE_DATA_KEY,
    cookieSecure: e.QUANZE_COOKIE_SECURE,
    trustProxy: e.QUANZE_TRUST_PROXY,
    loginRatePerMinute: e.QUANZE_LOGIN_RATE_PER_MINUTE,
    auditRetentionDays: e.QUANZE_AUDIT_RETENTION_DAYS,
    logLevel: e.LOG_LEVEL,
    webDist: e.QUANZE_WEB_DIST,
    version: '0.1.0',
  };
}
