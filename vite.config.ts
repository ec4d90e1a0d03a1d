import { defineConfig } from 'vitest/config';
import { storyDir, storyDirs } from './tools/site/story-dir.ts';
import { palettePlugin } from './tools/site/vite-palette.ts';
import { renderBlockingEntry } from './tools/site/vite-static.ts';
import { storiesPlugin } from './tools/site/vite-stories.ts';

// The stories the build is for: `STORIES=<folder>,<folder>,…` writes one page a story
// (dist/<id>/index.html) and a list of them; else one story at the root, `STORY=<folder>` (for
// npm start, npm run build and vite build alike) or the default one.
const many = storyDirs();
const stories = many ?? [storyDir()];

export default defineConfig({
  // Relative asset URLs: dist/ works from any static server and under any base path.
  base: './',
  plugins: [storiesPlugin(stories, many !== null), palettePlugin(), renderBlockingEntry()],
  build: {
    target: 'es2022',
    // MapLibre's worker and the story files stay separate files, never inlined as data: URLs.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['.', '..', ...stories] } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    environment: 'node',
  },
});
