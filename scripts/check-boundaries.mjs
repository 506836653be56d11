#!/usr/bin/env node
/**
 * Module boundaries (CONVENTIONS habit 13): a server module imports another module only through its public faces:
 * index.ts (everything, routes included) or core.ts (the routes-free part: queries, commands and types that other
 * modules' commands call inside their transactions), and its *.table.ts files (the schema, as platform/schema.ts
 * gathers it for drizzle). Why core.ts: cases ↔ deadlines ↔ complaints call each other inside one transaction, and
 * importing a module's index.ts pulls in its routes, which import the caller back — an ESM cycle that left tables
 * `undefined` at load time (seen in vitest). platform/ must not import modules otherwise.
 * Exits 1 and lists the offending imports.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const src = path.join(root, 'apps/server/src');
const modulesDir = path.join(src, 'modules');
const files = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (p.endsWith('.ts')) files.push(p);
  }
};
walk(src);

const moduleOf = (p) => {
  const rel = path.relative(modulesDir, p);
  return rel.startsWith('..') ? null : rel.split(path.sep)[0];
};
const problems = [];
let checked = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
    checked++;
    const target = path.resolve(path.dirname(file), m[1]);
    const to = moduleOf(target);
    if (!to) continue;
    const from = moduleOf(file);
    if (from === to) continue;
    const atRoot = path.dirname(target) === path.join(modulesDir, to);
    const isFace = atRoot && ['index.ts', 'core.ts'].includes(path.basename(target));
    const isTable = target.endsWith('.table.ts');
    if (!isFace && !isTable) problems.push(`${path.relative(root, file)} → ${m[1]}`);
  }
}
if (problems.length) {
  console.error(`Module boundary violations (import another module only through its index.ts):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`module boundaries: ${checked} relative imports in ${files.length} files checked, 0 violations`);
