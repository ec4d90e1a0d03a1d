import type * as z from 'zod/mini';
import { nextTask } from '../next-task';
import type { Claim, Excluded } from './claims-schema';
import { checkMentions, crossCheck, leaveOut } from './cross-check';
import { jsonErrorWords } from './json-position';
import { type Outcome, readOutcomes } from './outcomes-schema';
import { parseClaims } from './parse-claims';
import {
  type Article,
  borderFeature,
  labelFeature,
  lakeFeature,
  landFeature,
  placeFeature,
  publishedFile,
  railLegFeature,
  riverFeature,
  type Stretch,
  stationFeature,
} from './schema';
import {
  BASEMAP_FILES,
  EMPTY_COLLECTION,
  FALLBACK_MANIFEST,
  type GeoFile,
  type GeoUrls,
  MAY_BE_EMPTY,
  OPTIONAL_FILES,
  STORY_FILES,
} from './story-files';
import { type StoryManifest, storyManifest } from './story-schema';
import { decodeUtf8 } from './utf8';
import { GeoDataError, type Problem, parseCollectionInSlices, toProblems } from './validate';

export { parseClaims };

/** Each collection file and the schema of its features. */
export const COLLECTIONS = {
  places: placeFeature,
  land: landFeature,
  borders: borderFeature,
  rivers: riverFeature,
  lakes: lakeFeature,
  labels: labelFeature,
  rail: railLegFeature,
  stations: stationFeature,
} as const;
type Key = keyof typeof COLLECTIONS;

export type GeoData = { [K in Key]: z.infer<(typeof COLLECTIONS)[K]>[] } & {
  manifest: StoryManifest;
  /** The manifest's articles. */
  articles: Article[];
  published: Stretch[];
  claims: Claim[];
  excluded: Excluded[];
  /** Facts established after the articles (outcomes.json, optional). */
  outcomes: Outcome[];
  /** Each file's `source` and `license`, as its file says: what the credits name. */
  provenance: string[];
};

/** Nothing yet: what the map draws while the data loads. */
export const EMPTY_DATA: GeoData = {
  manifest: FALLBACK_MANIFEST,
  places: [],
  land: [],
  borders: [],
  rivers: [],
  lakes: [],
  labels: [],
  rail: [],
  stations: [],
  articles: [],
  published: [],
  claims: [],
  excluded: [],
  outcomes: [],
  provenance: [],
};

export interface LoadResult {
  data: GeoData;
  /** Files that could not be used at all (their layers stay empty). */
  failed: string[];
  problems: Problem[];
  /** What was left out because it depends on a problem above (a broken place, say). */
  skipped: Problem[];
}

type Fetch = (
  url: string,
) => Promise<
  Pick<Response, 'ok' | 'status' | 'statusText' | 'text'> & Partial<Pick<Response, 'arrayBuffer'>>
>;

async function fetchJson(file: string, url: string, fetchFn: Fetch): Promise<unknown> {
  let res: Awaited<ReturnType<Fetch>>;
  try {
    res = await fetchFn(url);
  } catch (e) {
    // A reader that refuses a file (outside its folder, too large, not text) says why itself.
    if (e instanceof GeoDataError) throw new GeoDataError(e.problems.map((p) => ({ ...p, file })));
    throw new GeoDataError([
      { file, field: '', message: `could not be fetched (${(e as Error).message})` },
    ]);
  }
  if (!res.ok) {
    throw new GeoDataError([
      { file, field: '', message: `could not be fetched (HTTP ${res.status} ${res.statusText})` },
    ]);
  }
  // Strict UTF-8, as the Node reader has it: a stray byte is named, not shown as "�".
  const body = res.arrayBuffer ? utf8(file, await res.arrayBuffer()) : await res.text();
  // Each file is read and checked in a task of its own: the responses tend to arrive together,
  // and checked in one go they held the main thread for one long task.
  await nextTask();
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new GeoDataError([
      { file, field: '', message: jsonErrorWords(body, (e as Error).message) },
    ]);
  }
}

function utf8(file: string, bytes: ArrayBuffer): string {
  const r = decodeUtf8(file, new Uint8Array(bytes));
  if (!r.ok) throw new GeoDataError([{ file, field: '', message: r.message }]);
  return r.text;
}

/** Validates a story's manifest as a whole: the rest of the story is read against it. */
export function parseManifest(file: string, data: unknown): StoryManifest {
  const parsed = storyManifest.safeParse(data);
  if (!parsed.success) throw new GeoDataError(toProblems(file, data, parsed.error));
  return parsed.data;
}

/** Validates published.json: the railway's published lengths of stretches of the route. */
export function parsePublished(file: string, data: unknown): Stretch[] {
  const parsed = publishedFile.safeParse(data);
  if (!parsed.success) throw new GeoDataError(toProblems(file, data, parsed.error));
  return parsed.data.stretches;
}

/**
 * Fetches and validates every file of the story and the basemap. Nothing throws: a file that
 * cannot be used is named in `failed` with its problems, and its layer stays empty, so the rest
 * of the map still works.
 */
export async function loadGeo(
  urls: GeoUrls,
  fetchFn: Fetch = (u) => fetch(u),
): Promise<LoadResult> {
  const problems: Problem[] = [];
  const failed: string[] = [];
  const fileOf = (k: GeoFile) =>
    k in STORY_FILES
      ? STORY_FILES[k as keyof typeof STORY_FILES]
      : BASEMAP_FILES[k as keyof typeof BASEMAP_FILES];
  const guard = async <T>(file: string, empty: T, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      failed.push(file);
      problems.push(
        ...(e instanceof GeoDataError ? e.problems : [{ file, field: '', message: String(e) }]),
      );
      return empty;
    }
  };
  const keys = Object.keys(COLLECTIONS) as Key[];
  const provenance: string[] = [];
  const json = async <T>(
    key: 'manifest' | 'published' | 'claims',
    parse: (file: string, data: unknown) => T,
  ) => {
    const file = fileOf(key);
    return parse(file, await fetchJson(file, urls[key], fetchFn));
  };
  const [manifest, published, claims, outcomes, ...lists] = await Promise.all([
    guard(STORY_FILES.manifest, FALLBACK_MANIFEST, () => json('manifest', parseManifest)),
    guard(STORY_FILES.published, [] as Stretch[], () => json('published', parsePublished)),
    guard(
      STORY_FILES.claims,
      { claims: [] as Claim[], excluded: [] as Excluded[], problems: [] as Problem[] },
      async () => {
        const parsed = await json('claims', parseClaims);
        problems.push(...parsed.problems);
        return parsed;
      },
    ),
    guard(OPTIONAL_FILES.outcomes, [] as Outcome[], () =>
      readOutcomes(urls.outcomes, (file, url) => fetchJson(file, url, fetchFn)),
    ),
    ...keys.map((k) =>
      guard(fileOf(k), [] as unknown[], async () => {
        const file = fileOf(k);
        const { collection, problems: p } = await parseCollectionInSlices(
          file,
          k,
          await fetchJson(file, urls[k], fetchFn).catch((e: unknown) => {
            // A story with no track has no rail.geojson: an empty collection, not a problem.
            const absent =
              e instanceof GeoDataError && /HTTP 404/.test(e.problems[0]?.message ?? '');
            if (absent && MAY_BE_EMPTY.includes(k)) return JSON.parse(EMPTY_COLLECTION) as unknown;
            throw e;
          }),
          COLLECTIONS[k],
        );
        problems.push(...p);
        if (collection.features.length > 0 || collection.source)
          provenance.push(`${file}: ${collection.source}; ${collection.license}`);
        return collection.features as unknown[];
      }),
    ),
  ]);
  const data = Object.fromEntries(keys.map((k, i) => [k, lists[i]])) as unknown as GeoData;
  data.manifest = manifest;
  data.articles = manifest.articles;
  data.published = published;
  data.claims = claims.claims;
  data.excluded = claims.excluded;
  data.outcomes = outcomes;
  data.provenance = provenance.sort();
  // Without a manifest there are no articles to check mentions against: one cause, one problem.
  if (!failed.includes(STORY_FILES.manifest))
    problems.push(...checkMentions(data.places, manifest.articles, STORY_FILES.places));
  // Places and stations whose own feature is broken: what refers to them is skipped.
  const invalid = new Set(
    problems
      .filter((p) => p.file === STORY_FILES.places || p.file === STORY_FILES.stations)
      .flatMap((p) => (p.featureId ? [p.featureId] : [])),
  );
  const skipped: Problem[] = [];
  if (failed.includes(STORY_FILES.manifest)) return { data, failed, problems, skipped };
  const checked = crossCheck(data, invalid);
  problems.push(...checked.problems);
  skipped.push(...checked.skipped);
  const usable = leaveOut(data, checked.unusable);
  return { data: { ...usable, articles: usable.manifest.articles }, failed, problems, skipped };
}
