import { readFileSync } from 'node:fs';
import { storyPaths } from '../../scripts/lib/read-story';
import { DEFAULT_STORY } from '../../scripts/story-dir';
import type { GeoFile } from '../../src/data/story-files';

/** Where each file of the default story and of the basemap lies on disk. */
export const PATHS = storyPaths(DEFAULT_STORY);
/** The text of one of those files. */
export const readText = (k: GeoFile): string => readFileSync(PATHS[k], 'utf8');
/** One of those files, parsed. */
export const readJson = (k: GeoFile) => JSON.parse(readText(k));
