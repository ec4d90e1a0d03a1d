import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeoFile } from '../src/data/story-files';
import { DEFAULT_STORY } from '../tools/site/story-dir';
import { storyPaths } from '../tools/story/read-story';

export { DEFAULT_STORY };
/** Where each file of the default story and of its basemap lies on disk. */
export const PATHS = storyPaths(DEFAULT_STORY, join(DEFAULT_STORY, 'basemap'));
/** The text of one of those files. */
export const readText = (k: GeoFile): string => readFileSync(PATHS[k], 'utf8');
/** One of those files, parsed. */
export const readJson = (k: GeoFile) => JSON.parse(readText(k));
/** A file of the default story's folder by its name (an article, say), parsed as JSON. */
export const readStoryJson = (file: string) =>
  JSON.parse(readFileSync(join(DEFAULT_STORY, file), 'utf8'));
/** A file of the default story or its basemap by its file name ("places.geojson"), parsed. */
export function readByName(file: string) {
  const key = (Object.keys(PATHS) as GeoFile[]).find((k) => PATHS[k].endsWith(`/${file}`));
  return key ? readJson(key) : readStoryJson(file);
}
