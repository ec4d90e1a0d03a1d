/**
 * An article's optional header: lines `Title: …`, `Outlet: …`, `Published: YYYY-MM-DD`, `URL: …`
 * (any order, any case) and a blank line. Without them the first line is the title.
 */

export interface ArticleHeader {
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** Offset where the article's own text begins (after the header and its blank line). */
  bodyStart: number;
  /** Header lines that could not be used, with the reason. */
  problems: string[];
}

const FIELD = /^(title|outlet|published|url)\s*:\s*(.*?)\s*$/i;

/** Reads the header of `text`; `bodyStart` is 0 when there is none. */
export function parseHeader(text: string): ArticleHeader {
  const head: ArticleHeader = {
    title: null,
    outlet: null,
    published: null,
    url: null,
    bodyStart: 0,
    problems: [],
  };
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let seen = 0;
  while (offset < text.length) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(offset, end).replace(/\r$/, '');
    const m = FIELD.exec(line);
    if (!m) {
      if (seen > 0 && line.trim() === '') offset = end + 1;
      break;
    }
    seen++;
    const key = (m[1] ?? '').toLowerCase() as 'title' | 'outlet' | 'published' | 'url';
    const value = m[2] ?? '';
    if (key === 'published' && !validDate(value))
      head.problems.push(`Published: "${value}" is not a date as YYYY-MM-DD`);
    else if (value !== '') head[key] = value;
    offset = end + 1;
  }
  head.bodyStart = seen > 0 ? Math.min(offset, text.length) : 0;
  return head;
}

/** Whether `s` is a real calendar date written YYYY-MM-DD. */
export function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The first non-empty line of the body, trimmed, as a title when the header gives none. */
export function firstLine(text: string, from: number): { title: string; end: number } | null {
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0].trim();
    if (t !== '') return { title: t, end: m.index + m[0].length };
  }
  return null;
}
