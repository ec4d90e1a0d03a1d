import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** The most text an article may have: a long feature is under 100 KB. */
export const MAX_BYTES = 1_000_000;

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

/**
 * Reads one article file as text, or throws an Error with a one-line message: missing, a
 * folder, too large, binary, not UTF-8, empty, or an HTML page.
 */
export function checkArticle(file: string, bytes: Buffer): string {
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

/** The article at `path` as `{ file, text }` (its base name is the copy's name in the folder). */
export function readArticle(path: string): { file: string; text: string } {
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  if (statSync(path).isDirectory())
    throw new Error(`${path} is a folder: expected an article file`);
  return { file: basename(path), text: checkArticle(path, readFileSync(path)) };
}

/** Writes the draft into `out` and nowhere else; a folder that is not empty needs `force`. */
export function writeDraft(out: string, files: Record<string, string>, force: boolean): void {
  const dir = resolve(out);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new Error(`--out ${out} is a file: expected a folder`);
    if (readdirSync(dir).length > 0 && !force)
      throw new Error(
        `--out ${out} is not empty: choose a new folder, or --force to write over the draft's files in it`,
      );
  }
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, basename(name));
    if (resolve(path) !== join(dir, basename(name)))
      throw new Error(`refusing to write ${name} outside ${out}`);
    writeFileSync(path, text);
  }
}
