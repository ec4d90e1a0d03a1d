import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** The default story, when `STORY` names none. */
export const DEFAULT_STORY = 'geo/stories/kim-2023';
/** The basemap every story shares. */
export const BASEMAP_DIR = resolve('geo/basemap');

/**
 * The story folder `STORY` names (a path, relative to the working directory or absolute), or
 * the default one; a folder without a manifest is refused with a message naming it.
 */
export function storyDir(env: string | undefined = process.env.STORY): string {
  const dir = resolve(env && env.trim() !== '' ? env : DEFAULT_STORY);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new Error(`STORY=${env}: no such folder (${dir})`);
  if (!existsSync(resolve(dir, 'story.json')))
    throw new Error(`STORY=${env ?? DEFAULT_STORY}: the folder has no story.json (${dir})`);
  return dir;
}
