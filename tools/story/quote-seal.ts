/**
 * Quote seals (`quotes.lock.json` beside `story.json`): what story:check found when it last had
 * an article's text, so that a quote checked then is still caught if it changes once the text is
 * not at hand (articles the project did not write are kept outside the repository).
 *
 * Per article: `text`, the sha-256 of its folded text (see `foldQuote`, UTF-8). Per quote, under
 * a key naming where the quote is (`claim:<id>`, `excluded:<index>`, `mention:<place>:<index>`):
 * `at`, the quote's offset in the folded text (UTF-16 code units, its first occurrence), and
 * `seal`, the sha-256 of `<text>\n<at>\n<folded quote>`.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { GeoData } from '../../src/data/load.ts';
import type { Problem } from '../../src/data/problem.ts';
import { id, text } from '../../src/data/schema.ts';
import { STORY_FILES } from '../../src/data/story-files.ts';

export const SEAL_FILE = 'quotes.lock.json';

/** Text as compared with a quote: whitespace runs as one space, typographic quotes as plain ones. */
export function foldQuote(s: string): string {
  return s
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

const hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha-256 as 64 hex digits');
const sealed = z.strictObject({ at: z.number().int().min(0), seal: hex });
export const quotesLock = z.strictObject({
  name: z.literal('quotes-lock'),
  source: text,
  articles: z.record(
    id,
    z.strictObject({
      text: hex,
      quotes: z.record(z.string().regex(/^[a-z][a-z0-9:-]{0,90}$/, 'expected a quote key'), sealed),
    }),
  ),
});
export type QuotesLock = z.infer<typeof quotesLock>;
export type ArticleSeal = QuotesLock['articles'][string];

export const LOCK_SOURCE =
  'written by npm run story:check -- --seal from the articles’ text: sha-256 of each article’s folded text, and of each quote with its offset (docs/authoring.md, Article texts and quote seals)';

/** One quote of the story: its article, its words, its key in the lock and where it is. */
export interface QuoteAt {
  key: string;
  article: string;
  quote: string;
  where: Omit<Problem, 'message'>;
}

/** Every quote of a story: claims, statements left out, places' mentions. */
export function storyQuotes(data: GeoData): QuoteAt[] {
  return [
    ...data.claims.map((c, i) => ({
      key: `claim:${c.id}`,
      article: c.article,
      quote: c.quote,
      where: { file: STORY_FILES.claims, feature: i, featureId: c.id, field: `claims.${i}.quote` },
    })),
    ...data.excluded.map((x, i) => ({
      key: `excluded:${i}`,
      article: x.article,
      quote: x.quote,
      where: { file: STORY_FILES.claims, field: `excluded.${i}.quote` },
    })),
    ...data.places.flatMap((p, i) =>
      p.properties.mentions.map((m, k) => ({
        key: `mention:${p.properties.id}:${k}`,
        article: m.article,
        quote: m.quote,
        where: {
          file: STORY_FILES.places,
          feature: i,
          featureId: p.properties.id,
          field: `properties.mentions.${k}.quote`,
        },
      })),
    ),
  ];
}

/** The seal of a quote found in a folded text, or null when it is not a verbatim part of it. */
export function sealQuote(folded: string, textSha: string, quote: string) {
  const q = foldQuote(quote);
  const at = folded.indexOf(q);
  return at < 0 ? null : { at, seal: sha256(`${textSha}\n${at}\n${q}`) };
}

/** Whether a quote, without its article's text, is one the lock sealed: by its key or any. */
export function sealedQuote(
  seal: ArticleSeal,
  key: string,
  quote: string,
): 'same' | 'changed' | 'new' {
  const q = foldQuote(quote);
  const matches = (s: { at: number; seal: string }) =>
    sha256(`${seal.text}\n${s.at}\n${q}`) === s.seal;
  const own = seal.quotes[key];
  if (own && matches(own)) return 'same';
  if (Object.values(seal.quotes).some(matches)) return 'same';
  return own ? 'changed' : 'new';
}

/** Whether two seals of an article are the same: its text, and every quote at the same place. */
export function sameSeal(a: ArticleSeal, b: ArticleSeal): boolean {
  const ka = Object.keys(a.quotes);
  return (
    a.text === b.text &&
    ka.length === Object.keys(b.quotes).length &&
    ka.every((k) => a.quotes[k]?.seal === b.quotes[k]?.seal && a.quotes[k]?.at === b.quotes[k]?.at)
  );
}

/** A lock written as the story's other files are: two-space JSON, keys in a stable order. */
export function lockText(lock: QuotesLock): string {
  const articles = Object.fromEntries(
    Object.entries(lock.articles)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, a]) => [
        k,
        {
          text: a.text,
          quotes: Object.fromEntries(
            Object.entries(a.quotes).sort(([x], [y]) => x.localeCompare(y)),
          ),
        },
      ]),
  );
  return `${JSON.stringify({ name: lock.name, source: lock.source, articles }, null, 2)}\n`;
}
