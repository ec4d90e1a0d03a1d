import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type LoadResult, loadGeo } from '../../src/data/load.ts';
import { formatProblem, type Problem } from '../../src/data/problem.ts';
import {
  BASEMAP_FILES,
  type GeoUrls,
  OPTIONAL_FILES,
  STORY_FILES,
} from '../../src/data/story-files.ts';
import { GeoDataError } from '../../src/data/validate.ts';
import { resolveBasemap } from '../basemap/story-basemap.ts';
import { ownBasemap } from '../site/story-dir.ts';
import { type ArticleCheck, checkArticles } from './article-check.ts';
import { MAX_DATA_BYTES, readConfined } from './confined-read.ts';
import { readLock } from './lock-file.ts';
import { outsideTexts } from './outside-texts.ts';
import { ringNotes } from './ring-check.ts';

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

/** What a story folder holds, read and checked, with the notes that are not failures. */
export type StoryRead = LoadResult & Pick<ArticleCheck, 'notes' | 'lock'>;

/**
 * Reads one file of a story (or basemap) folder for the loader, through the confined reader:
 * inside its folder, bounded, strict UTF-8. A refusal is the loader's problem for that file.
 */
export async function readForLoader(path: string) {
  const r = readConfined(dirname(path), basename(path), MAX_DATA_BYTES);
  if (r.ok) return { ok: true, status: 200, statusText: 'OK', text: async () => r.text };
  if (r.reason === 'missing')
    return { ok: false, status: 404, statusText: 'no such file', text: async () => '' };
  throw new GeoDataError([{ file: basename(path), field: '', message: r.message }]);
}

/**
 * Reads a story folder from disk through the app's own loader (same checks, same words), then
 * its articles' quotes (`articles`: a folder holding texts the story keeps outside).
 */
export async function readStory(
  dir: string,
  basemap?: string,
  options: { articles?: string } = {},
): Promise<StoryRead> {
  const paths = storyPaths(dir, basemap ?? (await resolveBasemap(dir)));
  const loaded = await loadGeo(paths, readForLoader);
  if (loaded.failed.includes(STORY_FILES.manifest)) return { ...loaded, notes: [], lock: null };
  const outside = options.articles
    ? outsideTexts(options.articles, loaded.data, readLock(dir).lock)
    : null;
  const checked = checkArticles(dir, loaded.data, outside?.texts);
  loaded.problems.push(...checked.problems);
  const { land, lakes } = loaded.data;
  const notes = [
    ...checked.notes,
    // The story's own basemap is an author's; one the build makes is checked where it is made.
    ...(ownBasemap(dir)
      ? ringNotes([
          { file: BASEMAP_FILES.land, features: land, name: (i) => land[i]?.properties.name ?? '' },
          {
            file: BASEMAP_FILES.lakes,
            features: lakes,
            name: (i) => lakes[i]?.properties.name ?? '',
          },
        ])
      : []),
    ...(outside?.unmatched ?? []).map((id) => ({
      file: STORY_FILES.manifest,
      field: `articles.${loaded.data.manifest.articles.findIndex((a) => a.id === id)}`,
      message: `no text of article "${id}" in ${options.articles}`,
    })),
  ];
  return { ...loaded, notes, lock: checked.lock };
}

/** The problems of a story as story:check and the build print them, one a line. */
export function problemReport(
  dir: string,
  r: Pick<LoadResult, 'problems' | 'failed'> & Partial<Pick<StoryRead, 'skipped' | 'notes'>>,
): string {
  const n = r.problems.length;
  const skipped = r.skipped ?? [];
  return [
    `${dir}: ${n} problem${n === 1 ? '' : 's'}${r.failed.length ? `; unusable: ${r.failed.join(', ')}` : ''}`,
    ...r.problems.map((p) => `  ${formatProblem(p)}`),
    ...(skipped.length > 0 ? ['  Left out, since they depend on a problem above:'] : []),
    ...skipped.map((p) => `    ${formatProblem(p)}`),
    ...noteLines(r.notes ?? []),
  ].join('\n');
}

/** Notes, not failures, as story:check and the build print them. */
export function noteLines(notes: Problem[]): string[] {
  return notes.length > 0
    ? ['  Notes (not problems):', ...notes.map((p) => `    ${formatProblem(p)}`)]
    : [];
}
