/** "39.74° N, 104.98° W": a position as a reader writes it, to about a kilometre. */
export function positionWords(lon: number, lat: number): string {
  const part = (v: number, pos: string, neg: string) =>
    `${Math.abs(v).toFixed(2)}° ${v < 0 ? neg : pos}`;
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}

/** Where a coordinate comes from, in words (the row and file it was read from are in the data). */
const SOURCES: [RegExp, string][] = [
  [/openstreetmap|\bosm\b|overpass/i, 'OpenStreetMap'],
  [/geonames/i, 'GeoNames'],
  [/wikidata/i, 'Wikidata'],
  [/wikipedia/i, 'Wikipedia'],
  [/natural ?earth/i, 'Natural Earth'],
];

/** "OpenStreetMap", "GeoNames", …: the source a place's `coordSource` names, else the story's. */
export function sourceWords(coordSource: string): string {
  const found = SOURCES.filter(([re]) => re.test(coordSource)).map(([, name]) => name);
  return found.length > 0 ? found.join(' and ') : 'the story’s own data';
}

const WIKI_LANGUAGE = new Intl.DisplayNames(['en'], { type: 'language' });
/** A parenthesis that is a build note: a file, a folder, a mirror, a commit, an OSM tag. */
const BUILD_NOTE =
  /\s*\((?:[^()]*(?:\.(?:csv|md|json|geojson)\b|\.\.\/|mirror|kiwix|commit|uic_ref|node \d|overpass)[^()]*)\)/gi;

/**
 * A published figure's source as a reader reads it: "Russian Wikipedia, 'Хасан (станция)'
 * infobox", without the files and mirrors the figure was read from (those are in the data).
 */
export function citeWords(source: string): string {
  const text = source
    .replace(BUILD_NOTE, '')
    .replace(
      /\b([a-z]{2})\.wikipedia\b/g,
      (_, l: string) => `${WIKI_LANGUAGE.of(l) ?? l} Wikipedia`,
    )
    .replace(/\s+in \.\.\/\S+/g, '')
    .trim();
  return text || 'a published figure';
}
