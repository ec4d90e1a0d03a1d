/**
 * MapLibre's stylesheet as the pages get it, through Vite's own CSS pipeline with the project's
 * PostCSS plugin: the rules of the controls the pages add are there as MapLibre writes them,
 * those of the controls they never add are not, and no other stylesheet is touched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { preprocessCSS, resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { maplibreCssUsed } from '../../../../tools/site/maplibre-css';

const file = createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css');
const source = readFileSync(file, 'utf8');
const config = await resolveConfig(
  { configFile: false, logLevel: 'silent', css: { postcss: { plugins: [maplibreCssUsed()] } } },
  'build',
);
const through = async (path: string) => (await preprocessCSS(source, path, config)).code;

describe("MapLibre's stylesheet", () => {
  it('keeps the rules of the zoom buttons, scale, attribution, markers and canvas', async () => {
    const css = await through(file);
    for (const used of [
      '.maplibregl-ctrl-zoom-in',
      '.maplibregl-ctrl-zoom-out',
      '.maplibregl-ctrl-scale',
      '.maplibregl-ctrl-attrib-button',
      '.maplibregl-ctrl-bottom-right',
      '.maplibregl-marker',
      '.maplibregl-cooperative-gesture-screen',
      '.maplibregl-boxzoom',
      '.maplibregl-canvas',
    ])
      expect(css, used).toContain(used);
    // The zoom-in button's picture, light and dark, as MapLibre draws it.
    const icon = source.match(
      /\.maplibregl-ctrl button\.maplibregl-ctrl-zoom-in \.maplibregl-ctrl-icon\{[^}]+\}/,
    )?.[0];
    expect(icon).toBeDefined();
    expect(css).toContain(icon);
  });

  it('drops the pictures of the geolocation, fullscreen, terrain, globe and logo controls', async () => {
    const css = await through(file);
    for (const unused of [
      'geolocate',
      'ctrl-fullscreen',
      'ctrl-shrink',
      'ctrl-terrain',
      'ctrl-globe',
      'ctrl-logo',
      'user-location',
      'popup',
    ])
      expect(css, unused).not.toContain(unused);
    expect(css.length).toBeLessThan(source.length / 3);
  });

  it('leaves any other stylesheet as it is', async () => {
    const css = await through('/elsewhere/panel.css');
    expect(css).toContain('.maplibregl-ctrl-geolocate');
    expect(css.length).toBeGreaterThan(source.length * 0.9);
  });
});
