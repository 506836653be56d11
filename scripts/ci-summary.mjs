#!/usr/bin/env node
// Adds up the Vitest and Playwright JSON reports into one closing line: "N passed, N failed, N skipped".
import fs from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    console.log(`${file}: no report (the runner did not finish)`);
    missing++;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  let p = 0, f = 0, s = 0, flaky = 0;
  if ('numPassedTests' in r) {
    p = r.numPassedTests;
    f = r.numFailedTests;
    s = r.numPendingTests + (r.numTodoTests ?? 0);
  } else if (r.stats) {
    flaky = r.stats.flaky ?? 0;
    p = r.stats.expected + flaky;
    f = r.stats.unexpected;
    s = r.stats.skipped;
  }
  console.log(`${file}: ${p} passed, ${f} failed, ${s} skipped${flaky ? ` (${flaky} passed only on retry: flaky, look at them)` : ''}`);
  passed += p;
  failed += f;
  skipped += s;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing > 0 || passed === 0 ? 1 : 0);
