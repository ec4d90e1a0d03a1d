import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RailLeg } from '../../../../src/data/schema';
import { routeDraft } from '../../../../tools/network/draft-route';

/** A made-up article for the test: by train to Vinnytsia, then a flight to Kyiv. */
const ARTICLE =
  'The night train from Przemyśl reached Lviv before midnight and ran on to Vinnytsia. From there the minister flew to Kyiv.';

describe('story:draft’s last step', () => {
  const dir = mkdtempSync(join(tmpdir(), 'draft-route-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('tests/fixtures/stories/przemysl-kyiv', dir, { recursive: true });
  rmSync(join(dir, 'rail.geojson'));
  writeFileSync(join(dir, 'REVIEW.md'), '# Review\n');
  const lines = routeDraft(dir, [{ file: 'made-up.txt', text: ARTICLE }]);
  const legs = JSON.parse(readFileSync(join(dir, 'rail.geojson'), 'utf8')).features as RailLeg[];
  const review = readFileSync(join(dir, 'REVIEW.md'), 'utf8');

  it('routes the draft’s stops on the world rail network and prints the times', () => {
    expect(lines[0]).toMatch(/^network: loaded in \d+ ms, snap index in \d+ ms/);
    expect(legs.filter((l) => l.properties.mode === 'rail')).toHaveLength(4);
    expect(review).toContain('## Route on the world rail network (5)');
    expect(review).toMatch(/- Przemyśl → Lviv: about \d+ km on Natural Earth track/);
  });

  it('writes the flown leg off the rail and lists it for review, with its sentence', () => {
    const flown = legs.find((l) => l.properties.id === 'vinnytsia--kyiv');
    expect(flown?.properties).toMatchObject({ mode: 'air', track: false });
    expect(review).toContain('## Legs perhaps not by train (1)');
    expect(review).toContain('“From there the minister flew to Kyiv.”');
  });
});
