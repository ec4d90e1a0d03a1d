import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { basemapOptions, resolveBasemap } from '../../../../tools/basemap/story-basemap';
import { DEFAULT_STORY } from '../../../default-story';

const tmp = mkdtempSync(join(tmpdir(), 'story-basemap-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const PRZEMYSL = 'tests/fixtures/stories/przemysl-kyiv';

function story(name: string, manifest: unknown, places?: unknown): string {
  const d = mkdtempSync(join(tmp, `${name}-`));
  writeFileSync(
    join(d, 'story.json'),
    typeof manifest === 'string' ? manifest : JSON.stringify(manifest),
  );
  if (places !== undefined) writeFileSync(join(d, 'places.geojson'), JSON.stringify(places));
  return d;
}
const point = (coordinates: unknown) => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates },
});

describe('basemapOptions', () => {
  it('takes the manifest’s region and countries, and the places to keep clear', () => {
    const o = basemapOptions(PRZEMYSL);
    const m = JSON.parse(readFileSync(`${PRZEMYSL}/story.json`, 'utf8'));
    expect(o?.region).toEqual(m.region);
    expect(o?.countries).toEqual(['616', '804']);
    expect(o?.keep?.length).toBe(6);
  });

  it('without a region, the places’ bounds and a margin; with neither, none', () => {
    const d = story(
      'no-region',
      { countries: ['616'] },
      {
        features: [point([22, 49]), point([30, 50.5]), point([200, 0])],
      },
    );
    expect(basemapOptions(d)).toEqual({
      region: [21.2, 48.5, 30.8, 51],
      countries: ['616'],
      keep: [
        [22, 49],
        [30, 50.5],
      ],
    });
    expect(basemapOptions(story('broken', '{ not json'))).toBeNull();
    expect(basemapOptions(story('reversed', { region: [32, 48, 21, 52] }))).toBeNull();
  });
});

describe('resolveBasemap', { timeout: 60_000 }, () => {
  it('keeps a story’s own basemap', async () => {
    expect(await resolveBasemap(DEFAULT_STORY)).toBe(resolve(DEFAULT_STORY, 'basemap'));
  });

  it('makes one for a story without, of its own region, and finds it again', async () => {
    const folder = await resolveBasemap(PRZEMYSL);
    expect(folder).not.toContain('kim-2023');
    const labels = JSON.parse(readFileSync(join(folder, 'labels.geojson'), 'utf8'));
    expect(
      labels.features.map((f: { properties: { name: string } }) => f.properties.name),
    ).toContain('Rzeszów');
    expect(await resolveBasemap(PRZEMYSL)).toBe(folder);
  });

  it('draws a story whose files give no region on the default basemap (the loader reports why)', async () => {
    expect(await resolveBasemap(story('nothing', '{'))).toBe(resolve(DEFAULT_STORY, 'basemap'));
  });
});
