import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('has working defaults for a fresh machine (demo mode, embedded database, port 3000)', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, demo: true, databaseUrl: undefined, cookieSecure: 'auto' });
  });

  it('stops with a message naming each bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: 必须是 postgres/);
    expect(() => loadConfig({ QUANZE_DATA_KEY: 'abc' })).toThrow(/QUANZE_DATA_KEY/);
    expect(() => loadConfig({ QUANZE_AUDIT_RETENTION_DAYS: '30' })).toThrow(/QUANZE_AUDIT_RETENTION_DAYS/);
  });

  it('requires the encryption key outside demo mode', () => {
    expect(() => loadConfig({ QUANZE_DEMO: '0' })).toThrow(/QUANZE_DATA_KEY/);
    expect(loadConfig({ QUANZE_DEMO: '0', QUANZE_DATA_KEY: 'a'.repeat(64) }).demo).toBe(false);
  });
});
