import { readdirSync } from 'node:fs';
import type { GeoData } from '../../src/data/load.ts';
import { MAX_ARTICLE_BYTES, readConfined } from './confined-read.ts';
import type { QuotesLock } from './quote-seal.ts';
import { foldQuote, sha256, storyQuotes } from './quote-seal.ts';

/**
 * The texts, in a folder outside the story (`story:check --articles <folder>`), of the articles
 * the story keeps outside the repository (no `file`). A text is matched to its article by the
 * sealed hash of its folded text; an article not sealed yet takes the one file of the folder
 * holding every one of its quotes. Only regular files of the folder itself are read, each with
 * the article's byte cap; what cannot be read is passed over.
 */
export function outsideTexts(
  folder: string,
  data: GeoData,
  lock: QuotesLock | null,
): { texts: Map<string, { name: string; text: string }>; unmatched: string[] } {
  const files = readdirSync(folder, { withFileTypes: true })
    .filter((f) => f.isFile() && /\.txt$/i.test(f.name))
    .map((f) => f.name)
    .sort()
    .flatMap((name) => {
      const r = readConfined(folder, name, MAX_ARTICLE_BYTES);
      if (!r.ok) return [];
      const folded = foldQuote(r.text);
      return [{ name, text: r.text, folded, sha: sha256(folded) }];
    });
  const quotes = storyQuotes(data);
  const texts = new Map<string, { name: string; text: string }>();
  const unmatched: string[] = [];
  for (const a of data.manifest.articles) {
    if (a.file !== undefined) continue;
    const sealed = lock?.articles[a.id]?.text;
    const own = quotes.filter((q) => q.article === a.id).map((q) => foldQuote(q.quote));
    const hits = sealed
      ? files.filter((f) => f.sha === sealed)
      : own.length === 0
        ? []
        : files.filter((f) => own.every((q) => f.folded.includes(q)));
    const hit = hits.length === 1 ? hits[0] : undefined;
    if (hit) texts.set(a.id, { name: `${folder}/${hit.name}`, text: hit.text });
    else unmatched.push(a.id);
  }
  return { texts, unmatched };
}
