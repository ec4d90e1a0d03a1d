import { defineConfig } from 'vitest/config';
import { maplibreCssUsed } from './tools/site/maplibre-css.ts';
import { storyDir, storyDirs } from './tools/site/story-dir.ts';
import { palettePlugin } from './tools/site/vite-palette.ts';
import { renderBlockingEntry } from './tools/site/vite-static.ts';
import { storiesPlugin } from './tools/site/vite-stories.ts';
import { studioPlugin } from './tools/studio/vite-studio.ts';

// The stories the build is for: `STORIES=<folder>,<folder>,…` writes one page a story
// (dist/<id>/index.html) and a list of them; else one story at the root, `STORY=<folder>` (for
// npm start, npm run build and vite build alike) or the default one.
const many = storyDirs();
const stories = many ?? [storyDir()];

export default defineConfig({
  // Relative asset URLs: dist/ works from any static server and under any base path.
  base: './',
  plugins: [
    storiesPlugin(stories, many !== null),
    palettePlugin(),
    renderBlockingEntry(),
    studioPlugin(),
  ],
  // MapLibre's stylesheet without the pictures of controls the pages never add.
  css: { postcss: { plugins: [maplibreCssUsed()] } },
  build: {
    target: 'es2022',
    // MapLibre's worker and the story files stay separate files, never inlined as data: URLs.
    assetsInlineLimit: 0,
    // MapLibre in a chunk of its own (about 1 MB minified, the size warning's limit set above
    // it), the app's own code in another: a new version of either leaves the other cached.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        // Its script only: its stylesheet is imported by the entry (styles.ts), and in the group it
        // made the entry import the whole chunk, so that MapLibre's megabyte was fetched and run
        // before the written page could first be drawn.
        codeSplitting: {
          groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/](?!.*\.css$)/ }],
        },
      },
      // The bundler's timing report is for profiling the build, not for every run of it.
      checks: { pluginTimings: false },
    },
  },
  // The dev server's dependency scan reads the map's and the studio's pages (bench/baseline has
  // its own).
  optimizeDeps: { entries: ['index.html', 'studio/index.html'] },
  // The dev server serves this folder and the stories' own, nothing beside them.
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['.', ...stories] } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    environment: 'node',
    // Generous limits: a test asserts what a tool does, never how fast (the bench measures that),
    // and a busy machine must not fail it.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
