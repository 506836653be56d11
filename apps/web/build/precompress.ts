import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

// Text files worth compressing; images and fonts are already compressed.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|map)$/;
// Below this a compressed file saves less than the extra response header costs.
const MIN_BYTES = 1024;

/**
 * Writes NAME.br and NAME.gz next to every text file of the build, at the highest levels (done once per build, not
 * per request). The server serves them with @fastify/static `preCompressed` to browsers that accept br / gzip.
 * A Vite plugin rather than a line in package.json, so `vite build --outDir …` (bench, e2e, helpers) gets them too.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'quanze-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      for (const file of await listFiles(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const data = await fs.readFile(file);
        if (data.length < MIN_BYTES) continue;
        const [br, gz] = await Promise.all([
          brotli(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
          gzip(data, { level: 9 }),
        ]);
        await Promise.all([fs.writeFile(`${file}.br`, br), fs.writeFile(`${file}.gz`, gz)]);
      }
    },
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
