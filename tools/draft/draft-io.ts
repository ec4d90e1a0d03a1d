import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OPTIONAL_FILES, STORY_FILES } from '../../src/data/story-files.ts';
import { checkArticle, MAX_BYTES } from '../../src/draft/article-bytes.ts';
import { readCapped } from '../../tools/story/confined-read.ts';
import { SEAL_FILE } from '../../tools/story/quote-seal.ts';

export { checkArticle, MAX_BYTES };

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

/** The names of a story's own files: an article may not take one (it would replace it). */
export const OWN_FILES = [
  ...Object.values(STORY_FILES),
  ...Object.values(OPTIONAL_FILES),
  'route.json',
  'REVIEW.md',
  SEAL_FILE,
];

/**
 * The article at `path` as `{ file, text }` (its base name is the copy's name in the folder).
 * Stats first and reads at most MAX_BYTES: a folder, a device (/dev/zero), a pipe or a socket is
 * refused unread.
 */
export function readArticle(path: string): { file: string; text: string } {
  const file = basename(path);
  if (OWN_FILES.some((f) => f.toLowerCase() === file.toLowerCase()))
    throw new Error(
      `${path}: an article may not be named ${file}, a story file's name (${OWN_FILES.join(', ')}): rename it`,
    );
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch {
    throw new Error(`${path}: no such file`);
  }
  if (st.isDirectory()) throw new Error(`${path} is a folder: expected an article file`);
  if (!st.isFile())
    throw new Error(
      `${path} is not a regular file (a device, pipe or socket): expected an article`,
    );
  const bytes = readCapped(path, MAX_BYTES);
  if (bytes === null || st.size > MAX_BYTES)
    throw new Error(
      `${path} is ${mb(Math.max(st.size, MAX_BYTES + 1))}: expected an article of at most ${mb(MAX_BYTES)} of text`,
    );
  return { file, text: checkArticle(path, bytes) };
}

/** The nearest part of `dir` that exists, and whether it is a folder. */
function existing(dir: string): { path: string; folder: boolean } {
  let at = dir;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return { path: at, folder: statSync(at).isDirectory() };
}

/** Whether the draft may go to `out`: a folder (or none yet, under a folder), empty or `force`. */
export function checkOut(out: string, force: boolean): void {
  const dir = resolve(out);
  const near = existing(dir);
  if (!near.folder)
    throw new Error(
      near.path === dir
        ? `--out ${out} is a file: expected a folder`
        : `--out ${out}: ${near.path} is a file, so no folder can be made under it`,
    );
  if (existsSync(dir) && readdirSync(dir).length > 0 && !force)
    throw new Error(
      `--out ${out} is not empty: choose a new folder, or --force to write over the draft's files in it`,
    );
}

/** Writes the draft into `out` and nowhere else; a folder that is not empty needs `force`. */
export function writeDraft(out: string, files: Record<string, string>, force: boolean): void {
  checkOut(out, force);
  const dir = resolve(out);
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      const path = join(dir, basename(name));
      if (resolve(path) !== join(dir, basename(name)))
        throw new Error(`refusing to write ${name} outside ${out}`);
      writeFileSync(path, text);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!code) throw e;
    throw new Error(`--out ${out}: cannot write there (${code})`);
  }
}
