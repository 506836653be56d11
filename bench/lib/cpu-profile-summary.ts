/**
 * Summary of a V8 .cpuprofile (node --cpu-prof): the functions with the most self time, and the most inclusive
 * time of the project's own functions (apps/, packages/) — where a request's CPU goes.
 * Usage: npx tsx bench/lib/cpu-profile-summary.ts file.cpuprofile [top=30]
 */
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: cpu-profile-summary.ts file.cpuprofile [top]');
const top = Number(topArg ?? 30);
const p = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
let total = 0;
p.samples.forEach((id, i) => {
  const dt = p.timeDeltas[i] ?? 0;
  total += dt;
  self.set(id, (self.get(id) ?? 0) + dt);
});
const label = (n: Node) => {
  const url = n.callFrame.url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, 'nm:').replace(/^.*\/work\/main\//, '');
  return `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
};
const selfBy = new Map<string, number>();
const inclBy = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id)!;
  selfBy.set(label(n), (selfBy.get(label(n)) ?? 0) + t);
  // Inclusive: every distinct frame on the stack once.
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur)!);
    if (seen.has(l)) continue;
    seen.add(l);
    inclBy.set(l, (inclBy.get(l) ?? 0) + t);
  }
}
const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)} %`;
const idle = [...selfBy].filter(([l]) => l.startsWith('(idle)')).reduce((a, [, t]) => a + t, 0);
console.log(`total ${(total / 1000).toFixed(0)} ms, idle ${pct(idle)}`);
console.log('\n-- self time');
for (const [l, t] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${l}`);
console.log('\n-- inclusive time, project code');
for (const [l, t] of [...inclBy].filter(([l]) => /^(\S+) (apps|packages)\//.test(l)).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${l}`);
console.log('\n-- inclusive time, libraries');
for (const [l, t] of [...inclBy].filter(([l]) => l.includes(' nm:')).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${l}`);
