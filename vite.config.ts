import { defineConfig } from 'vitest/config';
import { palettePlugin } from './scripts/vite-palette.ts';

export default defineConfig({
  // Relative asset URLs: dist/ works from any static server and under any base path.
  base: './',
  plugins: [palettePlugin()],
  build: {
    target: 'es2022',
    // MapLibre's worker and the geo/ files stay separate files, never inlined as data: URLs.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    environment: 'node',
  },
});
