import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type LoadResult, loadGeo } from '../../src/data/load.ts';
import { formatProblem } from '../../src/data/problem.ts';
import {
  BASEMAP_FILES,
  type GeoUrls,
  OPTIONAL_FILES,
  STORY_FILES,
} from '../../src/data/story-files.ts';
import { resolveBasemap } from '../basemap/story-basemap.ts';
import { checkArticles } from './article-check.ts';

/** The paths of a story's files, and of the basemap's. */
export function storyPaths(dir: string, basemap: string): GeoUrls {
  const story = Object.fromEntries(
    Object.entries(STORY_FILES).map(([k, f]) => [k, join(dir, f)]),
  ) as Record<keyof typeof STORY_FILES, string>;
  const base = Object.fromEntries(
    Object.entries(BASEMAP_FILES).map(([k, f]) => [k, join(basemap, f)]),
  ) as Record<keyof typeof BASEMAP_FILES, string>;
  // An optional file the folder does not have is given no path: the loader reads it as absent.
  const optional = Object.fromEntries(
    Object.entries(OPTIONAL_FILES)
      .map(([k, f]) => [k, join(dir, f)])
      .filter(([, path]) => existsSync(path as string)),
  ) as Partial<Record<keyof typeof OPTIONAL_FILES, string>>;
  return { ...story, ...base, ...optional };
}

/** Reads a story folder from disk through the app's own loader (same checks, same words). */
export async function readStory(dir: string, basemap?: string): Promise<LoadResult> {
  const paths = storyPaths(dir, basemap ?? (await resolveBasemap(dir)));
  const loaded = await loadGeo(paths, async (path) => {
    try {
      const text = await readFile(path, 'utf8');
      return { ok: true, status: 200, statusText: 'OK', text: async () => text };
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      return {
        ok: false,
        status: missing ? 404 : 500,
        statusText: missing ? 'no such file' : String(e),
        text: async () => '',
      };
    }
  });
  if (!loaded.failed.includes(STORY_FILES.manifest))
    loaded.problems.push(...checkArticles(dir, loaded.data));
  return loaded;
}

/** The problems of a story as story:check and the build print them, one a line. */
export function problemReport(
  dir: string,
  r: Pick<LoadResult, 'problems' | 'failed'> & Partial<Pick<LoadResult, 'skipped'>>,
): string {
  const n = r.problems.length;
  const skipped = r.skipped ?? [];
  return [
    `${dir}: ${n} problem${n === 1 ? '' : 's'}${r.failed.length ? `; unusable: ${r.failed.join(', ')}` : ''}`,
    ...r.problems.map((p) => `  ${formatProblem(p)}`),
    ...(skipped.length > 0 ? ['  Left out, since they depend on a problem above:'] : []),
    ...skipped.map((p) => `    ${formatProblem(p)}`),
  ].join('\n');
}
