import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticles } from '../../../tools/story/article-check';
import { readLock } from '../../../tools/story/lock-file';
import { outsideTexts } from '../../../tools/story/outside-texts';
import { readStory } from '../../../tools/story/read-story';
import { DEFAULT_STORY, readByName } from '../../default-story';

// The default story keeps its two articles' text outside the repository, beside the checkout.
const ARTICLES_DIR = '../shared/articles';
const present = existsSync(ARTICLES_DIR);
if (!present)
  console.log(
    `quotes.test.ts: ${ARTICLES_DIR} is not beside the checkout: the default story's quotes are checked against their seals only`,
  );
const articles = readByName('story.json').articles as { id: string; file?: string }[];
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

describe.skipIf(!present)('the default story against its articles (../shared/articles)', () => {
  it('finds each article by its sealed text, and every quote verbatim in it, as sealed', async () => {
    const { data } = await readStory(DEFAULT_STORY);
    const lock = readLock(DEFAULT_STORY).lock;
    const found = outsideTexts(ARTICLES_DIR, data, lock);
    expect(found.unmatched).toEqual([]);
    expect([...found.texts.keys()].sort()).toEqual(articles.map((a) => a.id).sort());
    const checked = checkArticles(DEFAULT_STORY, data, found.texts);
    expect(checked.problems).toEqual([]);
    expect(checked.notes).toEqual([]);
    expect(checked.lock).toEqual(lock);
  });

  it('no quote is longer than one sentence', () => {
    for (const [, , q] of quotes) expect(q.replace(/\.$/, '').split(/[.!?]\s/).length).toBe(1);
  });
});

describe('claims.json', () => {
  it('has one entry per claim id, and covers both articles', () => {
    const ids = claimsFile.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(claimsFile.claims.map((c) => c.article))).toEqual(new Set(['live', 'ft']));
  });

  it.skipIf(!present)(
    'leaves out no figure: every number in the articles is in a claim or excluded with a reason',
    async () => {
      const { data } = await readStory(DEFAULT_STORY);
      const { texts } = outsideTexts(ARTICLES_DIR, data, readLock(DEFAULT_STORY).lock);
      const covered = [...claimsFile.claims, ...claimsFile.excluded].map((c) => c.quote).join(' ');
      for (const [id, a] of texts) {
        const text = a.text
          .split('\n')
          // The republisher's "See also" lines are not the article's (../shared/articles/README.md).
          .filter((l) => !l.startsWith('See also'))
          .join('\n');
        for (const m of text.matchAll(
          /\d[\d,.]*\s*(?:km\/h|km|kilometres per hour|miles per hour|miles|years|-week|bulletproof)?/g,
        )) {
          const figure = m[0].trim().replace(/[,.]+$/, '');
          expect(covered, `${id}: "${figure}" at ${m.index}`).toContain(figure.split(/\s/)[0]);
        }
      }
    },
  );
});
