import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ARTICLES_DIR = process.env.ARTICLES_DIR ?? '../shared/articles';
const articles = JSON.parse(readFileSync('geo/articles.json', 'utf8')).articles as {
  id: string;
  file: string;
}[];
const places = JSON.parse(readFileSync('geo/places.geojson', 'utf8')).features as {
  properties: { id: string; mentions: { article: string; quote: string }[] };
}[];
const quotes = places.flatMap((p) =>
  p.properties.mentions.map((m) => [p.properties.id, m.article, m.quote] as const),
);

describe.skipIf(!existsSync(ARTICLES_DIR))('quotes in geo/places.geojson', () => {
  it.each(quotes)('%s (%s): "%s" is verbatim in its article', (_id, article, quote) => {
    const meta = articles.find((a) => a.id === article);
    expect(meta, `unknown article ${article}`).toBeDefined();
    const text = readFileSync(join(ARTICLES_DIR, meta?.file ?? ''), 'utf8');
    expect(text.includes(quote)).toBe(true);
  });

  it('no quote is longer than one sentence', () => {
    for (const [, , q] of quotes) expect(q.replace(/\.$/, '').split(/[.!?]\s/).length).toBe(1);
  });
});
