/**
 * An article file's bytes as text, with the checks `npm run story:draft` and the studio share.
 */

/** The most text an article may have: a long feature is under 100 KB. */
export const MAX_BYTES = 1_000_000;

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

/**
 * Reads one article file as text, or throws an Error with a one-line message: missing, a
 * folder, too large, binary, not UTF-8, empty, or an HTML page.
 */
export function checkArticle(file: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_BYTES)
    throw new Error(
      `${file} is ${mb(bytes.length)}: expected an article of at most ${mb(MAX_BYTES)} of text`,
    );
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new Error(
      `${file} is not text (a zero byte at offset ${nul}): expected a plain-text article`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file} is not UTF-8 text: save the article as UTF-8 plain text`);
  }
  if (text.trim() === '') throw new Error(`${file} is empty: expected the article's text`);
  const tags = text.match(/<\/?[a-z][a-z0-9]*(\s[^<>]*)?>/gi) ?? [];
  if (/^\s*<(!doctype|html|head|body)\b/i.test(text) || tags.length > 20)
    throw new Error(
      `${file} looks like an HTML page (${tags.length} tags): save the article's text as plain text`,
    );
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters mean binary data
  const control = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (control > 0)
    throw new Error(`${file} has ${control} control character(s): expected a plain-text article`);
  return text;
}
