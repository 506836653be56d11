/**
 * The portal's first-load JS budget (≤ 300 KB gzip): what a visitor's browser fetches to show /portal from a
 * production build — the scripts index.html names (the entry and its modulepreload links), then the lazy route chunks
 * of the portal home (router.tsx: PortalLayout and PortalPage) with every chunk they import statically (Vite preloads
 * those together with the route). Dynamic imports inside them (other routes) are not fetched and not counted.
 * Needs a build with a manifest: `npx vite build --outDir DIR --manifest` (apps/web).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export const PORTAL_HOME_ROUTE_MODULES = ['src/portal/PortalLayout.tsx', 'src/portal/PortalPage.tsx'];
export const BUDGET_KB = 300;

export interface JsBudget {
  files: { file: string; from: string; bytes: number; gzipBytes: number }[];
  totalBytes: number;
  totalGzipBytes: number;
  totalGzipKB: number;
  budgetKB: number;
  withinBudget: boolean;
}

export function portalJsBudget(dist: string): JsBudget {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const manifestPath = [path.join(dist, '.vite', 'manifest.json'), path.join(dist, 'manifest.json')].find((p) => fs.existsSync(p));
  if (!manifestPath) throw new Error(`no manifest in ${dist}: build with --manifest`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const byFile = new Map(Object.entries(manifest).map(([key, c]) => [c.file, key]));

  const wanted = new Map<string, string>(); // file → why it is fetched
  const add = (key: string, from: string) => {
    const c = manifest[key];
    if (!c || wanted.has(c.file)) return;
    wanted.set(c.file, from);
    for (const i of c.imports ?? []) add(i, from);
  };
  // 1. index.html: <script type="module" src> and <link rel="modulepreload" href>
  const htmlFiles = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/?([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  for (const f of htmlFiles) {
    const key = byFile.get(f);
    if (key) add(key, 'index.html');
    else wanted.set(f, 'index.html');
  }
  // 2. the portal home's lazy route chunks and their static imports
  for (const m of PORTAL_HOME_ROUTE_MODULES) {
    if (!manifest[m]) throw new Error(`route module ${m} not in the manifest`);
    add(m, m);
  }
  const files = [...wanted].map(([file, from]) => {
    const body = fs.readFileSync(path.join(dist, file));
    return { file, from, bytes: body.length, gzipBytes: zlib.gzipSync(body, { level: 6 }).length };
  });
  const totalGzipBytes = files.reduce((s, f) => s + f.gzipBytes, 0);
  return {
    files: files.sort((a, b) => b.gzipBytes - a.gzipBytes),
    totalBytes: files.reduce((s, f) => s + f.bytes, 0),
    totalGzipBytes,
    totalGzipKB: +(totalGzipBytes / 1024).toFixed(1),
    budgetKB: BUDGET_KB,
    withinBudget: totalGzipBytes <= BUDGET_KB * 1024,
  };
}
