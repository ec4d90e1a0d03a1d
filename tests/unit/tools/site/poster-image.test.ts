import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadResult } from '../../../../src/data/load';
import { PALETTES } from '../../../../src/palette';
import { type BackdropDrawings, renderStatic } from '../../../../src/prerender';
import { posterImage } from '../../../../tools/site/poster-image';
import { DEFAULT_STORY } from '../../../../tools/site/story-dir';
import { withDom } from '../../../../tools/site/vite-static';
import { readStory } from '../../../../tools/story/read-story';

// The poster's backdrop (land, water, borders) is an image the build makes; the poster keeps
// the route, the claims' lines and the places as vectors over it.
const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

describe('the poster written at build time', () => {
  let loaded: LoadResult;
  let svgs: BackdropDrawings;
  let poster: string;
  beforeAll(async () => {
    loaded = await readStory(DEFAULT_STORY);
    const page = await withDom(() =>
      renderStatic(loaded, async (drawings) => {
        svgs = drawings;
        return { light: './l.png', dark: './d.png' };
      }),
    );
    poster = page.poster;
  }, 60_000);

  it('draws the layers under the places, the route among them, round the whole frame', () => {
    const { document } = parseHTML(svgs.light);
    const groups = Array.from(document.querySelectorAll('g'), (g) => g.getAttribute('class'));
    expect(groups).toEqual(['land', 'lakes', 'rivers', 'borders', 'rail', 'claims']);
    expect(document.querySelectorAll('.land path').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('.rail path').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('.claims path').length).toBeGreaterThan(0);
    // Lines drawn alike are one path each: the route has more pieces than it has looks.
    const looks = Array.from(document.querySelectorAll('.rail path'), (p) =>
      Array.from(p.attributes)
        .filter((a) => a.name !== 'd')
        .map((a) => `${a.name}=${a.value}`)
        .join(' '),
    );
    expect(new Set(looks).size).toBe(looks.length);
    expect(loaded.data.rail.length).toBeGreaterThan(looks.length);
    const [x, y, w, h] = svgs.region;
    const width = Number(
      parseHTML(svgs.light).document.querySelector('svg')?.getAttribute('width') ?? 0,
    );
    expect(width).toBe(Math.round(w * 2));
    // The frame is the poster's own box, 450 units high and narrower than that here.
    expect(x).toBeLessThan(0);
    expect(y).toBeLessThan(0);
    expect(y + h).toBeGreaterThan(450);
    expect(x + w).toBeGreaterThan(450);
  });

  it('becomes a palette PNG of the land colour with a clear sea, named by its bytes', async () => {
    const light = await posterImage(svgs.light, 'poster-light');
    const dark = await posterImage(svgs.dark, 'poster-dark');
    expect(light.fileName).toMatch(/^assets\/poster-light-[0-9a-f]{8}\.png$/);
    expect(dark.fileName).toMatch(/^assets\/poster-dark-[0-9a-f]{8}\.png$/);
    expect((await posterImage(svgs.light, 'poster-light')).fileName).toBe(light.fileName);
    const { data, info } = await sharp(light.source)
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(info.width).toBe(Math.round(svgs.region[2] * 2));
    const colours = new Map<string, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = data[i + 3] === 0 ? 'clear' : `${data[i]},${data[i + 1]},${data[i + 2]}`;
      colours.set(key, (colours.get(key) ?? 0) + 1);
    }
    const share = (k: string) => (colours.get(k) ?? 0) / (info.width * info.height);
    expect(share(rgb(PALETTES.light.land).join(','))).toBeGreaterThan(0.3);
    // The route, in its own colour (or the palette's nearest to it).
    const near = (hex: string) => {
      const [r = 0, g = 0, b = 0] = rgb(hex);
      let n = 0;
      for (const [k, count] of colours) {
        const [x = 0, y = 0, z = 0] = k.split(',').map(Number);
        if (Math.hypot(x - r, y - g, z - b) < 24) n += count;
      }
      return n / (info.width * info.height);
    };
    expect(near(PALETTES.light.rail)).toBeGreaterThan(0.0005);
    expect(near(PALETTES.light.accent)).toBeGreaterThan(0.0001);
    expect(share('clear')).toBeGreaterThan(0.1);
    expect(light.source.length).toBeLessThan(80_000);
  });

  it('places the images under the vectors, the dark one under a dark system theme', () => {
    const { document } = parseHTML(`<!doctype html><html><body>${poster}</body></html>`);
    const svg = document.querySelector('svg');
    expect(svg?.querySelector('.land')).toBeNull();
    // The route and the claims' lines are in the images; no path is left for the page to draw.
    expect(svg?.querySelectorAll('path').length).toBe(0);
    expect(svg?.querySelectorAll('.places circle').length).toBe(loaded.data.places.length);
    const holder = svg?.querySelector('.backdrop');
    expect(holder?.getAttribute('x')).toBe(String(svgs.region[0]));
    expect(holder?.getAttribute('width')).toBe(String(svgs.region[2]));
    expect(holder?.querySelector('img')?.getAttribute('src')).toBe('./l.png');
    const source = holder?.querySelector('source');
    expect(source?.getAttribute('srcset')).toBe('./d.png');
    expect(source?.getAttribute('media')).toBe('(prefers-color-scheme: dark)');
  });
});
