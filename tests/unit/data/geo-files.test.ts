import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GEO_URLS } from '../../../src/config';
import { COLLECTIONS, parseArticles, parsePublished } from '../../../src/data/load';
import { formatProblem, parseCollection } from '../../../src/data/validate';

/** Build-time validation: every committed geo/ file passes its schema with no problem at all. */
const SCHEMAS = COLLECTIONS;

describe('geo/ files', () => {
  it('every file in geo/ has a schema and a URL in config', () => {
    const files = readdirSync('geo').filter((f) => /\.(geo)?json$/.test(f));
    expect(files.sort()).toEqual(
      Object.values(GEO_URLS)
        .map((g) => g.file)
        .sort(),
    );
  });

  it.each(Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])('%s validates', (name) => {
    const file = GEO_URLS[name].file;
    const data = JSON.parse(readFileSync(`geo/${file}`, 'utf8'));
    const { collection, problems } = parseCollection(file, name, data, SCHEMAS[name]);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(collection.features.length).toBe(data.features.length);
    expect(collection.features.length).toBeGreaterThan(0);
  });

  it('articles.json validates', () => {
    const data = JSON.parse(readFileSync('geo/articles.json', 'utf8'));
    expect(parseArticles('articles.json', data)).toHaveLength(2);
  });

  it('published.json validates', () => {
    const data = JSON.parse(readFileSync('geo/published.json', 'utf8'));
    expect(parsePublished('published.json', data).length).toBeGreaterThanOrEqual(5);
  });

  it('places include the ones the story needs', () => {
    const data = JSON.parse(readFileSync('geo/places.geojson', 'utf8'));
    const ids = data.features.map((f: { properties: { id: string } }) => f.properties.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'pyongyang',
        'border',
        'tumangang',
        'khasan',
        'ussuriysk',
        'vladivostok',
        'vostochny',
      ]),
    );
  });
});
