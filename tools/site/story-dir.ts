import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The default story, when `STORY` names none. */
export const DEFAULT_STORY = 'geo/stories/kim-2023';

/** A story folder, checked: it exists and has a manifest; the message names what was given. */
export function checked(given: string, what: string): string {
  const dir = resolve(given);
  if (!existsSync(dir)) throw new Error(`${what}: no such folder (${dir})`);
  if (!statSync(dir).isDirectory()) throw new Error(`${what}: a file, not a folder (${dir})`);
  if (!existsSync(resolve(dir, 'story.json')))
    throw new Error(`${what}: the folder has no story.json (${dir})`);
  return dir;
}

/**
 * The story folder `STORY` names (a path, relative to the working directory or absolute), or
 * the default one; a folder without a manifest is refused with a message naming it.
 */
export function storyDir(env: string | undefined = process.env.STORY): string {
  const given = env && env.trim() !== '' ? env.trim() : DEFAULT_STORY;
  return checked(given, `STORY=${env ?? DEFAULT_STORY}`);
}

/**
 * The stories of one build: `STORIES=<folder>,<folder>,…` (each checked, no folder twice), or
 * null when `STORIES` is unset (one story, at the root, as `STORY` chooses).
 */
export function storyDirs(env: string | undefined = process.env.STORIES): string[] | null {
  if (env === undefined || env.trim() === '') return null;
  const dirs = env
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => checked(s, `STORIES: "${s}"`));
  const twice = dirs.find((d, i) => dirs.indexOf(d) !== i);
  if (twice) throw new Error(`STORIES: ${twice} is named twice`);
  return dirs;
}

/**
 * A story's own basemap folder (`basemap/` in the story folder: finer sources an author keeps),
 * or null when the story has none and the build makes one for its region.
 */
export function ownBasemap(dir: string): string | null {
  const own = join(dir, 'basemap');
  return existsSync(join(own, 'land.geojson')) ? own : null;
}

/** Where the build keeps what it makes for each story (basemaps, glyphs): not committed. */
export const CACHE_DIR = resolve('node_modules/.cache/kim-train-map');
