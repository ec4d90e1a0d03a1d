/**
 * The article as the editor gives it: pasted or dropped (.txt, or .html read for its text),
 * checked as story:draft checks a file.
 */
import { checkArticle } from '../draft/article-bytes';
import type { ArticleInput } from '../draft/draft';

/** The readable text of an HTML page: its paragraphs, headings and list items, a blank line apart. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const x of Array.from(
    doc.querySelectorAll('script, style, noscript, nav, header, footer, aside, form'),
  ))
    x.remove();
  const blocks = Array.from(doc.body.querySelectorAll('h1, h2, h3, h4, p, li, blockquote'))
    .filter((b) => !b.parentElement?.closest('p, li, blockquote'))
    .map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return blocks.length ? blocks.join('\n\n') : (doc.body.textContent ?? '').trim();
}

/** A dropped file as the article's text: an .html page read for its text, checked as story:draft checks. */
export async function fileText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') {
    const page = checkHtmlBytes(file.name, bytes);
    return checkArticle(file.name, new TextEncoder().encode(htmlToText(page)));
  }
  return checkArticle(file.name, bytes);
}

/** An HTML file's bytes as text: UTF-8 and no zero byte, as for an article. */
function checkHtmlBytes(name: string, bytes: Uint8Array): string {
  if (bytes.indexOf(0) >= 0)
    throw new Error(`${name} is not text: expected an HTML page or a plain-text article`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${name} is not UTF-8 text: save the article as UTF-8 plain text`);
  }
}

/**
 * The draft's input from the form: the pasted text, checked by the same code and with the same
 * messages as an article file given to story:draft; the optional fields fill what its header lacks.
 */
export function formInput(f: {
  text: string;
  file: string;
  outlet: string;
  title: string;
  published: string;
}): ArticleInput {
  const text = checkArticle(f.file, new TextEncoder().encode(f.text));
  const opt = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    file: f.file,
    text,
    outlet: opt(f.outlet),
    title: opt(f.title),
    published: opt(f.published),
  };
}
