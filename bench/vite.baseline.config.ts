import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { DEFAULT_STORY, ownBasemap, storyDir } from '../scripts/story-dir.ts';

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
  logLevel: 'warn',
});
