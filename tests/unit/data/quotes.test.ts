import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STORY, readByName } from '../../default-story';

// The articles' files, named in story.json relative to the story folder.
const ARTICLES_DIR = '../shared/articles';
const articles = readByName('story.json').articles as {
  id: string;
  file: string;
}[];
const places = readByName('places.geojson').features as {
  properties: { id: string; mentions: { article: string; quote: string }[] };
}[];
const claimsFile = readByName('claims.json') as {
  claims: { id: string; article: string; quote: string }[];
  excluded: { article: string; quote: string }[];
};
const quotes = [
  ...places.flatMap((p) =>
    p.properties.mentions.map((m) => [p.properties.id, m.article, m.quote] as const),
  ),
  ...claimsFile.claims.map((c) => [c.id, c.article, c.quote] as const),
  ...claimsFile.excluded.map((c) => ['excluded', c.article, c.quote] as const),
];

describe.skipIf(!existsSync(ARTICLES_DIR))(
  'quotes in geo/places.geojson and geo/claims.json',
  () => {
    it.each(quotes)('%s (%s): "%s" is verbatim in its article', (_id, article, quote) => {
      const meta = articles.find((a) => a.id === article);
      expect(meta, `unknown article ${article}`).toBeDefined();
      const text = readFileSync(resolve(DEFAULT_STORY, meta?.file ?? ''), 'utf8');
      expect(text.includes(quote)).toBe(true);
    });

    it('no quote is longer than one sentence', () => {
      for (const [, , q] of quotes) expect(q.replace(/\.$/, '').split(/[.!?]\s/).length).toBe(1);
    });
  },
);

describe('claims.json', () => {
  it('has one entry per claim id, and covers both articles', () => {
    const ids = claimsFile.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(claimsFile.claims.map((c) => c.article))).toEqual(new Set(['live', 'ft']));
  });

  it.skipIf(!existsSync(ARTICLES_DIR))(
    'leaves out no figure: every number in the articles is in a claim or excluded with a reason',
    () => {
      const covered = [...claimsFile.claims, ...claimsFile.excluded].map((c) => c.quote).join(' ');
      for (const a of articles) {
        const text = readFileSync(resolve(DEFAULT_STORY, a.file), 'utf8')
          .split('\n')
          // The republisher's "See also" lines are not the article's (../shared/articles/README.md).
          .filter((l) => !l.startsWith('See also'))
          .join('\n');
        for (const m of text.matchAll(
          /\d[\d,.]*\s*(?:km\/h|km|kilometres per hour|miles per hour|miles|years|-week|bulletproof)?/g,
        )) {
          const figure = m[0].trim().replace(/[,.]+$/, '');
          expect(covered, `${a.file}: "${figure}" at ${m.index}`).toContain(figure.split(/\s/)[0]);
        }
      }
    },
  );
});
