/**
 * Integration tests run against a real PostgreSQL: the embedded server by default, or DATABASE_URL when set (CI
 * runs both). A template database is migrated once; each test file clones it (CREATE DATABASE … TEMPLATE).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/platform/db.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/platform/embedded-postgres.ts';
import { runMigrations } from '../../src/platform/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | null = null;
  let tmp: string | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quanze-test-'));
    fs.chmodSync(tmp, 0o755);
    embedded = await startEmbeddedPostgres(tmp);
    adminUrl = embedded.url;
  }
  const template = `quanze_tpl_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const db = createDb(withDatabase(adminUrl, template), 2);
  await runMigrations(db);
  await db.$client.end();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);
  console.log(`[integration] PostgreSQL: ${embedded ? 'embedded' : 'DATABASE_URL'} (${(await admin.query('show server_version')).rows[0].server_version})`);

  return async () => {
    // Drop the per-file clones and the template, then stop the embedded server.
    const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'quanze_t\\_%' AND datname LIKE $1`, [`${template.replace('tpl', 't')}%`]);
    for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
    if (embedded) await embedded.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  };
}
