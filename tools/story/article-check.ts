import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GeoData } from '../../src/data/load.ts';
import type { Problem } from '../../src/data/problem.ts';
import { STORY_FILES } from '../../src/data/story-files.ts';

/** Text as compared with a quote: whitespace runs as one space, typographic quotes as plain ones. */
export function foldQuote(s: string): string {
  return s
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What the page relies on in the articles themselves: each article file is there (a path
 * relative to the story folder), and every quote (claims, statements left out, places' mentions)
 * is a verbatim part of its article, whitespace and typographic quotes folded. Each problem names
 * the file, the claim or place, and the quote.
 */
export function checkArticles(dir: string, data: GeoData): Problem[] {
  const problems: Problem[] = [];
  const texts = new Map<string, string | null>();
  for (const [i, a] of data.manifest.articles.entries()) {
    const path = resolve(dir, a.file);
    if (!existsSync(path)) {
      problems.push({
        file: STORY_FILES.manifest,
        field: `articles.${i}.file`,
        message: `no article file "${a.file}" beside story.json (looked for ${path})`,
      });
      texts.set(a.id, null);
    } else texts.set(a.id, foldQuote(readFileSync(path, 'utf8')));
  }
  const fileOf = (id: string) => data.manifest.articles.find((a) => a.id === id)?.file ?? id;
  const check = (article: string, quote: string, where: Omit<Problem, 'message'>) => {
    const text = texts.get(article);
    if (typeof text === 'string' && !text.includes(foldQuote(quote)))
      problems.push({ ...where, message: `the quote is not in ${fileOf(article)}: "${quote}"` });
  };
  for (const [i, c] of data.claims.entries())
    check(c.article, c.quote, {
      file: STORY_FILES.claims,
      feature: i,
      featureId: c.id,
      field: `claims.${i}.quote`,
    });
  for (const [i, x] of data.excluded.entries())
    check(x.article, x.quote, { file: STORY_FILES.claims, field: `excluded.${i}.quote` });
  for (const [i, p] of data.places.entries())
    for (const [k, m] of p.properties.mentions.entries())
      check(m.article, m.quote, {
        file: STORY_FILES.places,
        feature: i,
        featureId: p.properties.id,
        field: `properties.mentions.${k}.quote`,
      });
  return problems;
}
