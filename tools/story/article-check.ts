/** The articles' quotes checked, verbatim against a text at hand or else against their seals (quotes.lock.json). */
import type { GeoData } from '../../src/data/load.ts';
import type { Problem } from '../../src/data/problem.ts';
import { STORY_FILES } from '../../src/data/story-files.ts';
import { MAX_ARTICLE_BYTES, readConfined } from './confined-read.ts';
import { readLock } from './lock-file.ts';
import {
  type ArticleSeal,
  foldQuote,
  LOCK_SOURCE,
  type QuotesLock,
  SEAL_FILE,
  sameSeal,
  sealedQuote,
  sealQuote,
  sha256,
  storyQuotes,
} from './quote-seal.ts';

export { foldQuote };

/** An article's text found outside the story folder (`story:check --articles <folder>`). */
export interface OutsideText {
  /** Where it was found, as the reader typed it (for the notes). */
  name: string;
  text: string;
}

export interface ArticleCheck {
  problems: Problem[];
  /** What is not a failure: quotes never checked against a text, a lock out of date. */
  notes: Problem[];
  /** The lock as the texts at hand have it (every quote verified), or null when some failed. */
  lock: QuotesLock | null;
}

/**
 * What the page relies on in the articles themselves. An article whose `file` is named must be
 * there, inside the story folder, and every quote (claims, statements left out, places'
 * mentions) must be a verbatim part of its text, whitespace and typographic quotes folded. An
 * article with no `file` keeps its text outside the repository: its quotes are checked against
 * the seals in quotes.lock.json (a changed quote is a problem; one never sealed is a note), or
 * against its text when `outside` has it. Each problem names the file, the claim or place, and
 * the quote; never the content of another file.
 */
export function checkArticles(
  dir: string,
  data: GeoData,
  outside: ReadonlyMap<string, OutsideText> = new Map(),
): ArticleCheck {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const read = readLock(dir);
  problems.push(...read.problems);
  const old = read.lock;
  /** Per article: its folded text and hash, or null (kept outside, or a file that failed). */
  const texts = new Map<string, { folded: string; sha: string; name: string } | null>();
  const failed = new Set<string>();
  for (const [i, a] of data.manifest.articles.entries()) {
    let raw: string | null = null;
    let name = '';
    if (a.file !== undefined) {
      const r = readConfined(dir, a.file, MAX_ARTICLE_BYTES);
      if (!r.ok) {
        problems.push({
          file: STORY_FILES.manifest,
          field: `articles.${i}.file`,
          message: `the article's text: ${r.message}`,
        });
        failed.add(a.id);
      } else [raw, name] = [r.text, a.file];
    } else {
      const o = outside.get(a.id);
      if (o) [raw, name] = [o.text, o.name];
    }
    if (raw === null) texts.set(a.id, null);
    else {
      const folded = foldQuote(raw);
      texts.set(a.id, { folded, sha: sha256(folded), name });
    }
  }
  const fresh: QuotesLock = { name: 'quotes-lock', source: LOCK_SOURCE, articles: {} };
  for (const [id, t] of texts) {
    if (t) fresh.articles[id] = { text: t.sha, quotes: {} };
    else if (old?.articles[id]) fresh.articles[id] = old.articles[id] as ArticleSeal;
  }
  let allVerified = true;
  const neverSealed = new Map<string, number>();
  for (const q of storyQuotes(data)) {
    if (!texts.has(q.article) || failed.has(q.article)) continue; // reported elsewhere, once
    const t = texts.get(q.article);
    if (t) {
      const s = sealQuote(t.folded, t.sha, q.quote);
      if (s === null) {
        allVerified = false;
        problems.push({ ...q.where, message: `the quote is not in ${t.name}: "${q.quote}"` });
      } else (fresh.articles[q.article] as ArticleSeal).quotes[q.key] = s;
      continue;
    }
    const seal = old?.articles[q.article];
    const state = seal ? sealedQuote(seal, q.key, q.quote) : 'new';
    if (state === 'changed') {
      allVerified = false;
      problems.push({
        ...q.where,
        message: `the quote differs from the one checked against the text of article "${q.article}" (${SEAL_FILE}): "${q.quote}"`,
      });
    } else if (state === 'new') neverSealed.set(q.article, (neverSealed.get(q.article) ?? 0) + 1);
  }
  for (const [article, n] of neverSealed)
    notes.push({
      file: STORY_FILES.manifest,
      field: `articles.${data.manifest.articles.findIndex((a) => a.id === article)}`,
      message: `${n} quote${n === 1 ? '' : 's'} of article "${article}" never checked against its text (kept outside the repository): run story:check with --articles <folder> --seal where the text is`,
    });
  const stale = [...texts].filter(([id, t]) => {
    if (!t) return false;
    const a = old?.articles[id];
    const f = fresh.articles[id];
    if (!a) return data.manifest.articles.find((x) => x.id === id)?.file === undefined;
    return !f || !sameSeal(a, f);
  });
  if (stale.length > 0 && allVerified)
    notes.push({
      file: SEAL_FILE,
      field: '',
      message: `the seals of ${stale.map(([id]) => `"${id}"`).join(', ')} are not those of the text at hand: run story:check --seal to write them`,
    });
  return { problems, notes, lock: allVerified && problems.length === 0 ? fresh : null };
}
