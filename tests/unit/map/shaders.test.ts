import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import recorded from '../../../src/map/shaders/programs.json';
import { programKey } from '../../../tools/site/shader-links';

// The recorded programs (npm run shaders) are MapLibre's own: a browser test checks them against
// what the map links; these catch an upgrade that was not followed by a new recording.
describe('the recorded shader programs', () => {
  it('were recorded with the MapLibre that is installed', () => {
    const installed = JSON.parse(readFileSync('node_modules/maplibre-gl/package.json', 'utf8'));
    expect(recorded.maplibre).toBe(installed.version);
  });

  it('are whole WebGL 2 programs, each once', () => {
    expect(recorded.programs.length).toBeGreaterThan(0);
    for (const p of recorded.programs) {
      expect(p.vertex.startsWith('#version 300 es')).toBe(true);
      expect(p.fragment.startsWith('#version 300 es')).toBe(true);
      expect(p.vertex).toMatch(/\bvoid main\s*\(/);
      expect(p.fragment).toMatch(/\bvoid main\s*\(/);
    }
    const keys = recorded.programs.map(programKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
