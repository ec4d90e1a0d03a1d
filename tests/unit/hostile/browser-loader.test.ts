import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGeo } from '../../../src/data/load';
import { formatProblem } from '../../../src/data/problem';
import { openStory } from '../../../src/journey/story-model';
import { resolveBasemap } from '../../../tools/basemap/story-basemap';
import { storyPaths } from '../../../tools/story/read-story';

// The page's loader reads what it fetches as strict UTF-8, as the Node reader does: served the
// same hostile bytes, it names the same problem instead of showing "�".
const AMUR = 'tests/fixtures/stories/amur-test';
const HOSTILE = 'tests/fixtures/hostile';

/** A fetch over the story's files as a static host serves them, with some files replaced. */
const served =
  (swap: Record<string, Uint8Array>) =>
  async (url: string): Promise<Response> =>
    new Response((swap[basename(url)] ?? readFileSync(url)) as unknown as BodyInit, {
      status: 200,
    });

describe('the page’s loader on hostile bytes', { timeout: 60_000 }, () => {
  it('names a non-UTF-8 byte in places.geojson, and the rest still loads', async () => {
    const paths = storyPaths(AMUR, await resolveBasemap(AMUR));
    const bytes = readFileSync(join(HOSTILE, 'non-utf8-places.geojson'));
    const r = await loadGeo(paths, served({ 'places.geojson': bytes }));
    expect(r.problems.map(formatProblem)).toEqual([
      'places.geojson: "places.geojson" is not UTF-8 text (byte 318, line 11): save it as UTF-8',
    ]);
    expect(r.failed).toEqual(['places.geojson']);
    expect(r.data.claims.length).toBeGreaterThan(0);
  });

  it('reads a byte-order mark as nothing, and the story opens', async () => {
    const paths = storyPaths(AMUR, await resolveBasemap(AMUR));
    const withBom = (f: string) =>
      new Uint8Array([0xef, 0xbb, 0xbf, ...readFileSync(join(AMUR, f))]);
    const r = await loadGeo(
      paths,
      served({ 'story.json': withBom('story.json'), 'claims.json': withBom('claims.json') }),
    );
    expect(r.problems).toEqual([]);
    expect(openStory(r.data).model.base.presets.length).toBeGreaterThan(0);
  });
});
