import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { storyGlyphs } from '../tools/glyphs/story-glyph-dir.ts';
import { DEFAULT_STORY, ownBasemap, storyDir } from '../tools/site/story-dir.ts';
import { readStory } from '../tools/story/read-story.ts';

/** The same label glyphs as the app's build of the story (made from its characters). */
function glyphs(dir: string): Plugin {
  return {
    name: 'baseline-glyphs',
    async buildStart() {
      const folder = await storyGlyphs(dir, await readStory(dir));
      for (const f of readdirSync(folder, { recursive: true, encoding: 'utf8' }))
        if (f.endsWith('.pbf'))
          this.emitFile({
            type: 'asset',
            fileName: `glyphs/${f}`,
            source: readFileSync(join(folder, f)),
          });
    },
  };
}

/** Builds the baseline page (bench/baseline) with the same settings as the app. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'baseline'),
  base: './',
  publicDir: resolve(import.meta.dirname, '..', 'public'),
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    outDir: resolve(import.meta.dirname, 'dist', 'baseline'),
    emptyOutDir: true,
  },
  // The same story and basemap as the app's build (`STORY=` chooses them for both).
  resolve: {
    alias: {
      '@story': storyDir(),
      '@basemap': ownBasemap(storyDir()) ?? resolve(DEFAULT_STORY, 'basemap'),
    },
  },
  plugins: [glyphs(storyDir())],
  logLevel: 'warn',
});
