/**
 * A story folder held in memory, read and checked as the reader's page and story:check read it:
 * problems, claims with verdicts, the route.
 */
import type { LineString } from 'geojson';
import { type GeoData, type LoadResult, loadGeo } from '../data/load';
import { formatProblem } from '../data/problem';
import { BASEMAP_FILES, type GeoUrls, STORY_FILES } from '../data/story-files';
import type { ClaimResult } from '../journey/claim-types';
import { openStory } from '../journey/story-model';
import { claimWords } from '../words/claim-words';

/** A claim as the studio lists it: the page's words for it and its verdict. */
export interface CheckedClaim {
  result: ClaimResult;
  reported: string;
  computed: string;
  verdict: string;
}

/** What the studio shows of a story folder: problems, claims with verdicts, the route. */
export interface Checked {
  data: GeoData;
  problems: string[];
  claims: CheckedClaim[];
  route: LineString | null;
  name: (id: string) => string;
}

const EMPTY = (name: string) =>
  JSON.stringify({
    type: 'FeatureCollection',
    name,
    source: 'none',
    license: 'none',
    features: [],
  });

/** Reads a story folder held in memory through the app's own loader (the same checks). */
export function loadFiles(files: Record<string, string>): Promise<LoadResult> {
  const urls = { ...STORY_FILES, ...BASEMAP_FILES } as GeoUrls;
  if (files['outcomes.json']) urls.outcomes = 'outcomes.json';
  const basemap = new Set<string>(Object.values(BASEMAP_FILES));
  return loadGeo(urls, async (url) => {
    const text = files[url] ?? (basemap.has(url) ? EMPTY(url.replace(/\..*/, '')) : undefined);
    return text === undefined
      ? { ok: false, status: 404, statusText: 'no such file', text: async () => '' }
      : { ok: true, status: 200, statusText: 'OK', text: async () => text };
  });
}

/**
 * Every claim's verdict and the route, as the reader's page and story:check compute them
 * (journey/story-model.ts openStory), at the first reported speed, in km.
 */
export async function checkFiles(files: Record<string, string>): Promise<Checked> {
  const loaded = await loadFiles(files);
  const problems = [...loaded.problems, ...loaded.skipped].map(formatProblem);
  if (loaded.failed.includes(STORY_FILES.manifest))
    return { data: loaded.data, problems, claims: [], route: null, name: (id) => id };
  const { data, lookup, model } = openStory(loaded.data);
  const speed = model.base.presets[0]?.kmh ?? 50;
  const { view } = model.at({ speedKmh: speed, mode: 'computed', units: 'km' });
  const claims = view.claims.map((r) => {
    const w = claimWords(r, 'km', lookup.name, view.zones);
    return { result: r, reported: w.reported, computed: w.computed, verdict: r.verdict };
  });
  return { data, problems, claims, route: view.replay.line.line, name: lookup.name };
}
