import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftStory } from '../../../src/draft/draft';
import type { Gazetteer } from '../../../src/draft/gazetteer';
import { loadGazetteer } from '../../../tools/draft/gazetteer';

const DIR = 'tests/fixtures/story-draft';
const articles = readdirSync(join(DIR, 'in'))
  .filter((f) => f.endsWith('.txt'))
  .sort();

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteer();
});

/**
 * Golden drafts: each made-up article of in/ drafted alone must give the files of out/<name>/
 * byte for byte (regenerate on purpose with `npx vitest run -u tests/unit/draft/golden.test.ts`).
 */
describe('story:draft golden fixtures', { timeout: 60_000 }, () => {
  it('has at least four articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(4);
  });

  it.each(articles)('%s drafts to its out/ folder', async (file) => {
    const text = readFileSync(join(DIR, 'in', file), 'utf8');
    const { files } = draftStory([{ file, text }], g);
    expect(Object.keys(files).sort()).toEqual(
      [
        'REVIEW.md',
        'claims.json',
        'places.geojson',
        'published.json',
        'rail.geojson',
        'stations.geojson',
        'story.json',
        file,
      ].sort(),
    );
    expect(files[file]).toBe(text);
    for (const [name, content] of Object.entries(files))
      await expect(content).toMatchFileSnapshot(
        `../../fixtures/story-draft/out/${file.replace(/\.txt$/, '')}/${name}`,
      );
  });

  it('gives the same bytes for the same articles', () => {
    const inputs = articles.map((file) => ({
      file,
      text: readFileSync(join(DIR, 'in', file), 'utf8'),
    }));
    expect(draftStory(inputs, g).files).toEqual(draftStory(inputs, g).files);
  });
});
