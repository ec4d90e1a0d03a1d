/**
 * The studio in the build: served under npm start, built into <outDir>/studio/ by vite build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { NETWORK_FILE } from '../network/files.ts';
import { palettePlugin } from '../site/vite-palette.ts';
import { studioGazetteer } from './gazetteer-index.ts';

const require = createRequire(import.meta.url);

/** The studio's files beside its page: the gazetteer index and a small world map. */
function studioFiles(): Record<string, Uint8Array> {
  const world = require.resolve('world-atlas/countries-110m.json', { paths: [process.cwd()] });
  const files: Record<string, Uint8Array> = {
    'basemap/countries-110m.json': readFileSync(world),
    // The world rail network the draft's stops are routed on (tools/network, docs/network.md).
    'network/rail-world.bin': readFileSync(NETWORK_FILE),
  };
  for (const [name, bytes] of Object.entries(studioGazetteer())) files[`gazetteer/${name}`] = bytes;
  return files;
}

/**
 * The studio (studio/index.html, src/studio/): under `npm start` Vite serves its page at
 * /studio/ and this serves its files; `vite build` builds it after the reader's page, as a
 * build of its own into `<outDir>/studio/`, so the reader's scripts, styles and data are the same
 * bytes with or without it (no chunk is shared).
 */
export function studioPlugin(): Plugin {
  let outDir = 'dist';
  let files: Record<string, Uint8Array> | null = null;
  let failed = false;
  return {
    name: 'kim-train-map:studio',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (!/^\/studio\/(gazetteer|basemap|network)\//.test(path)) return next();
        files ??= studioFiles();
        const hit = files[path.slice('/studio/'.length)];
        if (!hit) return next();
        res.setHeader(
          'Content-Type',
          path.endsWith('.json') ? 'application/json' : 'application/octet-stream',
        );
        res.end(hit);
      });
    },
    buildEnd(error) {
      failed = !!error;
    },
    async closeBundle() {
      // Not after a build that failed (its message stands alone), nor in Vitest's server.
      if (failed || process.env.VITEST) return;
      const out = join(outDir, 'studio');
      await build({
        configFile: false,
        root: resolve('studio'),
        base: './',
        logLevel: 'warn',
        publicDir: false,
        plugins: [palettePlugin()],
        worker: { format: 'es' },
        build: {
          outDir: out,
          emptyOutDir: true,
          target: 'es2022',
          assetsInlineLimit: 0,
          chunkSizeWarningLimit: 1500,
        },
      });
      for (const [name, bytes] of Object.entries(studioFiles())) {
        mkdirSync(join(out, name, '..'), { recursive: true });
        writeFileSync(join(out, name), bytes);
      }
    },
  };
}
