import { defineConfig } from 'vitest/config';
import { BASEMAP_DIR, storyDir } from './scripts/story-dir.ts';
import { palettePlugin } from './scripts/vite-palette.ts';
import { renderBlockingEntry, staticPage } from './scripts/vite-static.ts';
import { storyHtml } from './scripts/vite-story.ts';

// The story the page is built for: `STORY=<folder>` (for npm start, npm run build and vite
// build alike), else the default one. Its files are imported as `@story/…`.
const story = storyDir();

export default defineConfig({
  // Relative asset URLs: dist/ works from any static server and under any base path.
  base: './',
  plugins: [storyHtml(story), staticPage(story), palettePlugin(), renderBlockingEntry()],
  resolve: { alias: { '@story': story, '@basemap': BASEMAP_DIR } },
  build: {
    target: 'es2022',
    // MapLibre's worker and the geo/ files stay separate files, never inlined as data: URLs.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['.', story] } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    environment: 'node',
  },
});
