/**
 * The one reader of a story folder's files, for every tool (story:check, the build, story:draft,
 * the data build): a path is resolved inside the folder only, read with a byte cap and decoded as
 * strict UTF-8. Whatever goes wrong is one line that quotes the path as the story gave it and
 * never the content of another file.
 *
 * - no absolute path, no `..`, no empty segment; a symlink is followed only when its target
 *   (realpath) is inside the folder's own realpath;
 * - only regular files (no folder, device, FIFO or socket): `/dev/zero` is never opened;
 * - the size is checked before reading (`stat`) and the read itself stops at the cap;
 * - UTF-8 is checked (the first bad byte is named by offset); a byte-order mark is dropped.
 */
import { closeSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { decodeUtf8 } from '../../src/data/utf8.ts';

/** The most a story file may hold, by kind: a story's own data, an article's text. */
export const MAX_DATA_BYTES = 20_000_000;
export const MAX_ARTICLE_BYTES = 1_000_000;

export type ReadFailure =
  | 'outside'
  | 'missing'
  | 'not-a-file'
  | 'too-large'
  | 'not-utf8'
  | 'unreadable';

export type ConfinedRead =
  | { ok: true; text: string; path: string }
  | { ok: false; reason: ReadFailure; message: string };

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const quoted = (s: string) => JSON.stringify(s.length > 120 ? `${s.slice(0, 119)}…` : s);

/** The folder's own real path, or null when it is not a folder. */
function realFolder(root: string): string | null {
  try {
    const real = realpathSync(root);
    return statSync(real).isDirectory() ? real : null;
  } catch {
    return null;
  }
}

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
};

/**
 * Where `given` (a path as a story names it, relative to the folder) lies, or why it may not be
 * read: absolute, climbing out, or a symlink leaving the folder.
 */
export function confinedPath(
  root: string,
  given: string,
): { ok: true; path: string } | { ok: false; reason: ReadFailure; message: string } {
  const name = quoted(given);
  const out = (why: string) =>
    ({ ok: false, reason: 'outside', message: `${name} ${why}` }) as const;
  if (given === '' || given.trim() === '') return out('is empty: expected a file name');
  if (given.includes('\0')) return out('has a zero byte: expected a file name');
  if (isAbsolute(given) || /^[A-Za-z]:/.test(given) || given.startsWith('\\'))
    return out('is an absolute path: expected a file inside the story folder');
  const parts = given.split(/[\\/]/);
  if (parts.includes('..')) return out('climbs out with "..": expected a file inside the folder');
  if (parts.every((p) => p === '' || p === '.'))
    return { ok: false, reason: 'not-a-file', message: `${name} is the folder itself` };
  const real = realFolder(root);
  if (real === null) return { ok: false, reason: 'missing', message: `no folder ${quoted(root)}` };
  const path = resolve(real, given);
  if (!inside(real, path)) return out('is not inside the story folder');
  let target: string;
  try {
    lstatSync(path);
    target = realpathSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return { ok: false, reason: 'missing', message: `no file ${name} in the story folder` };
    return { ok: false, reason: 'unreadable', message: `${name} cannot be read (${code})` };
  }
  if (!inside(real, target))
    return out('is a link to a place outside the story folder: expected a file inside it');
  return { ok: true, path: target };
}

/** Reads at most `max` bytes of a regular file; null when it holds more. */
export function readCapped(path: string, max: number): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(max + 1, Math.max(1, statSync(path).size + 1)));
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > max) return null;
        break;
      }
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    return n > max ? null : buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads `given` inside the story folder `root`, at most `maxBytes`, as UTF-8 text. Never throws.
 */
export function readConfined(root: string, given: string, maxBytes: number): ConfinedRead {
  const where = confinedPath(root, given);
  return where.ok ? readRegular(where.path, given, maxBytes) : where;
}

/**
 * Reads a regular file, at most `maxBytes`, as UTF-8 text; `name` is how messages call it (the
 * path as the reader gave it). Stats first: a folder, device, pipe or socket is refused unread.
 * Never throws.
 */
export function readRegular(path: string, name: string, maxBytes: number): ConfinedRead {
  const shown = quoted(name);
  try {
    const st = statSync(path);
    if (st.isDirectory())
      return { ok: false, reason: 'not-a-file', message: `${shown} is a folder: expected a file` };
    if (!st.isFile())
      return {
        ok: false,
        reason: 'not-a-file',
        message: `${shown} is not a regular file (a device, pipe or socket): expected a file`,
      };
    const tooLarge = {
      ok: false,
      reason: 'too-large',
      message: `${shown} is over ${mb(maxBytes)}: expected at most ${mb(maxBytes)}`,
    } as const;
    if (st.size > maxBytes) return tooLarge;
    const bytes = readCapped(path, maxBytes);
    if (bytes === null) return tooLarge;
    const text = decodeUtf8(name, bytes);
    return text.ok
      ? { ok: true, text: text.text, path }
      : { ok: false, reason: 'not-utf8', message: text.message };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return { ok: false, reason: 'missing', message: `${shown}: no such file` };
    return { ok: false, reason: 'unreadable', message: `${shown} cannot be read (${code})` };
  }
}
