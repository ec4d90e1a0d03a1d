import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStory } from '../../../tools/story/read-story';

const work = mkdtempSync(join(tmpdir(), 'no-track-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The Przemyśl–Kyiv test story with its rail.geojson as `rail` says (null: none at all). */
function storyWith(rail: string | null): string {
  const dir = join(work, String(Math.random()).slice(2));
  cpSync('tests/fixtures/stories/przemysl-kyiv', dir, { recursive: true });
  if (rail === null) rmSync(join(dir, 'rail.geojson'));
  else writeFileSync(join(dir, 'rail.geojson'), rail);
  return dir;
}

describe('a story with no track', () => {
  it.each([
    ['an empty rail.geojson', '{"type":"FeatureCollection","features":[]}'],
    ['no rail.geojson at all', null],
  ])('is accepted with %s: no problem, no rail leg, its legs great circles', async (_, rail) => {
    const r = await readStory(storyWith(rail));
    expect(r.problems).toEqual([]);
    expect(r.failed).toEqual([]);
    expect(r.data.rail).toEqual([]);
    // Nothing to credit: the empty file adds no provenance line.
    expect(r.data.provenance.some((p) => p.startsWith('rail.geojson'))).toBe(false);
  });

  it('still names a rail.geojson with features but no provenance', async () => {
    const r = await readStory(
      storyWith(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]}',
      ),
    );
    expect(r.failed).toContain('rail.geojson');
    expect(r.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['name', 'source']));
  });
});
