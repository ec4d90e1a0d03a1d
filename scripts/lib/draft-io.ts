import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkArticle } from '../../src/draft/article-bytes.ts';

export { checkArticle, MAX_BYTES } from '../../src/draft/article-bytes.ts';

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
