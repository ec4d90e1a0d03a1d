/** The places of the draft: one per gazetteer entry or station, with every mention of it. */
import type { Place } from '../data/schema';
import type { CountryInfo, GazetteerEntry } from './gazetteer';
import { CITY_SUFFIX } from './geonames-tsv';
import { countryZone, localName } from './local';
import type { Resolved } from './resolve';
import { slug, unique } from './slug';
import { fold } from './text';

/** The feature code of a station or airport the draft places at its city (not GeoNames'). */
export const STATION = 'STN';

/**
 * A station or airport named after a place, as an entry of its own at the place's coordinates
 * (the gazetteer has no stations): ids below zero, one per city and name, in the text's order.
 */
export function stationEntries(resolved: Resolved[]): string[] {
  const made = new Map<string, GazetteerEntry>();
  const byCity = new Map<number, GazetteerEntry>();
  const notes: string[] = [];
  for (const r of resolved) {
    const name = r.mention.station;
    if (!name) continue;
    const k = `${r.entry.id}:${name.toLowerCase()}`;
    // "Amsterdam station" after "Amsterdam Central Station": the city's station named again.
    const rest = name.slice(r.mention.text.length).trim();
    const bare = name.startsWith(r.mention.text) && /^\p{Ll}+$/u.test(rest);
    let e = made.get(k) ?? (bare ? byCity.get(r.entry.id) : undefined);
    if (!e) {
      e = {
        ...r.entry,
        id: -(made.size + 1),
        name,
        // The city's ASCII name with its kind, for an id where the name has no Latin letters.
        ascii: `${r.entry.ascii} ${/airport|공항|aeroport|flughafen/i.test(name) ? 'airport' : 'station'}`,
        alternates: '',
        featureCode: STATION,
        population: 0,
        source: `at the coordinates of ${r.entry.name} (GeoNames ${r.entry.id} via ${r.entry.source}): the gazetteer has no stations`,
      };
      made.set(k, e);
      if (!byCity.has(r.entry.id)) byCity.set(r.entry.id, e);
      notes.push(
        `${name} placed at the coordinates of ${r.entry.name}, the gazetteer having no stations or airports: move it to its own`,
      );
    }
    r.entry = e;
  }
  return notes;
}

/** A place of the draft: one gazetteer entry and every mention of it. */
export interface DraftPlace {
  id: string;
  entry: GazetteerEntry;
  /** The name the story shows: GeoNames', or the article's where it matched another name. */
  name: string;
  mentions: Resolved[];
  zone: string;
  /** GeoNames' zone when it was replaced by the country's own. */
  zoneFrom: string | null;
  localNames: Record<string, string>;
  /** A border crossing the draft derived (not a gazetteer entry): the countries and the method. */
  border?: { from: string; to: string; source: string };
}

/**
 * GeoNames' name, unless the article named the place by one of its alternate names ("Hà Nội",
 * "Vinnytsia", "Đồng Đăng" for "Thị Trấn Đồng Đăng"): then the article's, as the quotes have it.
 */
function displayName(e: GazetteerEntry, mentions: Resolved[]): string {
  const first =
    mentions.find((r) => r.mention.text !== r.mention.text.toUpperCase()) ?? mentions[0];
  const m = first?.mention.matches.find((x) => x.entry.id === e.id);
  if (!first || !m) return e.name;
  // "Fukui" for GeoNames' "Fukui-shi": the city as the article names it.
  if (m.how === 'name')
    return e.ascii.toLowerCase() === `${fold(first.mention.text)}${CITY_SUFFIX}`
      ? first.mention.text
      : e.name;
  // Named as the language inflects it ("Москвы", "평양역에서"): the gazetteer's name.
  const as = fold(first.mention.text);
  return e.alternates.split(',').some((x) => fold(x) === as) ? first.mention.text : e.name;
}

/** What a place is, from GeoNames' feature code and population. */
export function kindOf(e: GazetteerEntry): 'capital' | 'city' | 'town' | 'station' {
  if (e.featureCode === STATION) return 'station';
  if (e.featureCode === 'PPLC') return 'capital';
  return e.population >= 100_000 ? 'city' : 'town';
}

/**
 * One place per gazetteer entry the articles name, in order of first mention. Ids come from the
 * name; two places of one name are told apart by their region or country ("portland-oregon").
 */
export function draftPlaces(
  resolved: Resolved[],
  countries: Map<string, CountryInfo>,
  regionName: (country: string, admin1: string) => string | null,
  day: string,
): DraftPlace[] {
  const byEntry = new Map<number, Resolved[]>();
  const order: GazetteerEntry[] = [];
  for (const r of resolved) {
    const list = byEntry.get(r.entry.id);
    if (list) list.push(r);
    else {
      byEntry.set(r.entry.id, [r]);
      order.push(r.entry);
    }
  }
  const shown = new Map(order.map((e) => [e.id, displayName(e, byEntry.get(e.id) ?? [])]));
  const nameCount = new Map<string, number>();
  // Ids tell twins apart by slug; names only when the names as shown are the same ("Portland"
  // twice), not when their slugs are (every Hangul name's is "").
  for (const n of shown.values()) {
    nameCount.set(slug(n), (nameCount.get(slug(n)) ?? 0) + 1);
    nameCount.set(`=${fold(n)}`, (nameCount.get(`=${fold(n)}`) ?? 0) + 1);
  }
  const taken = new Set<string>();
  return order.map((e) => {
    const display = shown.get(e.id) ?? e.name;
    // A station named in letters a slug cannot keep ("평양역"): its city's name and kind.
    const base =
      slug(display) === 'place' && e.featureCode === STATION ? slug(e.ascii) : slug(display);
    const twin = (nameCount.get(base) ?? 0) > 1;
    const sameName = (nameCount.get(`=${fold(display)}`) ?? 0) > 1;
    const qualifier =
      twin || sameName
        ? (regionName(e.country, e.admin1) ?? countries.get(e.country)?.names[0] ?? e.country)
        : '';
    const id = unique(twin ? slug(`${display} ${qualifier}`) : base, taken);
    const country = countries.get(e.country);
    const { zone, fixed } = countryZone(e, country, day);
    const local = localName(e, country?.language ?? null);
    return {
      id,
      entry: e,
      // Two places of one name are told apart on the map too: "Portland, Oregon".
      name: sameName ? `${display}, ${qualifier}` : display,
      mentions: byEntry.get(e.id) ?? [],
      zone,
      zoneFrom: fixed ? e.timeZone : null,
      localNames: local && country?.language ? { [country.language]: local } : {},
    };
  });
}

/** The place as a feature of places.geojson; `quotes` are its mentions, verbatim. */
export function placeFeature(p: DraftPlace, quotes: { article: string; quote: string }[]): Place {
  const e = p.entry;
  return {
    type: 'Feature',
    properties: {
      id: p.id,
      name: p.name,
      names: p.localNames,
      kind: p.border ? 'border' : kindOf(e),
      country: p.border ? `${p.border.from}-${p.border.to}` : e.country,
      coordSource: p.border
        ? p.border.source
        : e.featureCode === STATION
          ? e.source
          : `GeoNames ${e.id} via ${e.source}`,
      mentions: quotes,
    },
    geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
  };
}

/** A crossing as a place of the draft, in the time zone of the country it leads into. */
export function borderPlace(
  c: { from: string; to: string; at: [number, number] | number[]; source: string },
  names: (alpha2: string) => string,
  zone: string,
): DraftPlace {
  const name = `Border crossing (${names(c.from)}–${names(c.to)})`;
  return {
    id: `border-${c.from}-${c.to}`.toLowerCase(),
    name,
    entry: {
      id: 0,
      name,
      ascii: name,
      alternates: '',
      lon: c.at[0] ?? 0,
      lat: c.at[1] ?? 0,
      featureCode: 'BORDER',
      country: c.to,
      admin1: '',
      population: 0,
      timeZone: zone,
      source: c.source,
    },
    mentions: [],
    zone,
    zoneFrom: null,
    localNames: {},
    border: { from: c.from, to: c.to, source: c.source },
  };
}
