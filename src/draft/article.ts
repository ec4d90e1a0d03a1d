import type { Article } from '../data/schema';
import { firstLine, parseHeader, validDate } from './header';
import { detectLanguage, type Language } from './lexicon/detect';
import { readWith } from './lexicon/read';
import { slug, unique } from './slug';
import { type Tokens, tokenize } from './text';

/** One article as given: its file name and text, and what flags fill in. */
export interface ArticleInput {
  file: string;
  text: string;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
}

export interface PreparedArticle {
  meta: Article;
  url: string | null;
  tokens: Tokens;
  /** The language it is read in. */
  language: Language;
  /** What the header or flags lacked, for the review list. */
  notes: string[];
}

const clean = (s: string, max: number) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1).trimEnd()}…`;
};

/** A short name for an outlet: its initials when long ("Financial Times" → "FT"). */
function shortName(outlet: string): string {
  const words = outlet
    .replace(/\(.*?\)/g, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length <= 1) return clean(outlet, 24);
  const caps = words.filter((w) => /^\p{Lu}/u.test(w) && !/^(The|A|An)$/.test(w));
  return caps.length >= 2 ? caps.map((w) => w[0]).join('') : clean(words.slice(0, 2).join(' '), 24);
}

/**
 * Reads an article's header (or first line) and flags into the manifest's article entry. Throws
 * an Error with a one-line message when there is no publication date to read days against.
 */
export function prepareArticle(
  input: ArticleInput,
  index: number,
  ids: Set<string>,
  files: Set<string>,
): PreparedArticle {
  const head = parseHeader(input.text);
  const notes = [...head.problems];
  const published = head.published ?? input.published ?? null;
  if (!published)
    throw new Error(
      `${input.file}: no publication date (add a "Published: YYYY-MM-DD" line or --published)`,
    );
  if (!validDate(published))
    throw new Error(`${input.file}: --published "${published}" is not a date as YYYY-MM-DD`);
  const first = firstLine(input.text, head.bodyStart);
  const title = head.title ?? input.title ?? first?.title ?? input.file;
  if (!head.title && !input.title)
    notes.push(`title taken from the first line: “${clean(title, 80)}”`);
  let outlet = head.outlet ?? input.outlet ?? null;
  if (!outlet) {
    notes.push('no outlet given (Outlet: line or --outlet): written as “Unknown outlet”');
    outlet = 'Unknown outlet';
  }
  const short = shortName(outlet);
  const id = unique(slug(short === 'Unknown outlet' ? `article ${index + 1}` : short, 20), ids);
  const file = files.has(input.file) ? `${index + 1}-${input.file}` : input.file;
  files.add(file);
  const language = detectLanguage(input.text.slice(head.bodyStart));
  if (language.unknown)
    notes.push(
      `written in a language the draft has no lexicon for${language.script ? ` (${language.script} script)` : ''}: read with English words; the places and numbers below are what it could still find, check each`,
    );
  else if (language.lexicon.code !== 'en') notes.push(`read as ${language.lexicon.name}`);
  return {
    meta: { id, file, title: clean(title, 600), outlet: clean(outlet, 600), short, published },
    url: head.url,
    tokens: readWith(tokenize(input.text, head.bodyStart), language.lexicon),
    language,
    notes,
  };
}
