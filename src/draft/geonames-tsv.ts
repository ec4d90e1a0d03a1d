import { addMatch, type GazetteerEntry, isCode, type NameMatch, sortMatches } from './gazetteer';
import { fold } from './text';

/**
 * A lookup over a GeoNames dump as text (the tab-separated "cities" format: id, name, ASCII name,
 * alternate names, latitude, longitude, class, code, country, cc2, admin1–4, population,
 * elevation, dem, time zone, date). One pass per lookup, without splitting every row: a row is
 * read in full only when one of its names matches.
 */
export function geonamesLookup(text: string, source: string) {
  const cache = new Map<number, GazetteerEntry>();
  const entryAt = (at: number, nl: number): GazetteerEntry => {
    const hit = cache.get(at);
    if (hit) return hit;
    const c = text.slice(at, nl).replace(/\r$/, '').split('\t');
    const e: GazetteerEntry = {
      id: Number(c[0]),
      name: c[1] ?? '',
      ascii: c[2] ?? '',
      alternates: c[3] ?? '',
      lat: Number(c[4]),
      lon: Number(c[5]),
      featureCode: c[7] ?? '',
      country: c[8] ?? '',
      admin1: c[10] ?? '',
      population: Number(c[14]) || 0,
      timeZone: c[17] ?? '',
      source,
    };
    cache.set(at, e);
    return e;
  };
  return (keys: Set<string>): Map<string, NameMatch[]> => {
    const out = new Map<string, NameMatch[]>();
    const first = new Set([...keys].map((k) => k.charCodeAt(0)));
    const lengths = new Set([...keys].flatMap((k) => [k.length, k.length - 1]));
    // Only alternates that could fold to a key are folded: same length (or one less, for "ß"),
    // a first letter that folds to a key's first letter.
    const firstFold = new Map<number, number>();
    const maybe = (i: number, j: number) => {
      if (!lengths.has(j - i)) return false;
      const c = text.charCodeAt(i);
      if (c < 128) return first.has(c >= 65 && c <= 90 ? c + 32 : c);
      let f = firstFold.get(c);
      if (f === undefined) {
        f = fold(String.fromCharCode(c)).charCodeAt(0);
        firstFold.set(c, f);
      }
      return first.has(f);
    };
    const n = text.length;
    let at = 0;
    while (at < n) {
      let nl = text.indexOf('\n', at);
      if (nl < 0) nl = n;
      const t1 = text.indexOf('\t', at);
      const t2 = text.indexOf('\t', t1 + 1);
      const t3 = text.indexOf('\t', t2 + 1);
      const t4 = text.indexOf('\t', t3 + 1);
      if (t1 < 0 || t4 < 0 || t4 > nl) {
        at = nl + 1;
        continue;
      }
      const ascii = maybe(t2 + 1, t3) ? text.slice(t2 + 1, t3).toLowerCase() : '';
      if (ascii && keys.has(ascii)) addMatch(out, ascii, entryAt(at, nl), 'name');
      // "Fukui-shi": a Japanese city as GeoNames names it, "Fukui" in the news.
      else if (
        text.startsWith(CITY_SUFFIX, t3 - CITY_SUFFIX.length) &&
        maybe(t2 + 1, t3 - CITY_SUFFIX.length)
      ) {
        const city = text.slice(t2 + 1, t3 - CITY_SUFFIX.length).toLowerCase();
        if (keys.has(city)) addMatch(out, city, entryAt(at, nl), 'name');
      }
      if (maybe(t1 + 1, t2)) {
        const name = fold(text.slice(t1 + 1, t2));
        if (name !== ascii && keys.has(name)) addMatch(out, name, entryAt(at, nl), 'name');
      }
      for (let i = t3 + 1; i < t4; ) {
        let j = text.indexOf(',', i);
        if (j < 0 || j > t4) j = t4;
        if (maybe(i, j)) {
          const raw = text.slice(i, j);
          const k = fold(raw);
          if (keys.has(k) && !isCode(raw)) addMatch(out, k, entryAt(at, nl), 'alternate');
        }
        i = j + 1;
      }
      at = nl + 1;
    }
    return sortMatches(out);
  };
}

/** The suffix of a Japanese city's name in GeoNames ("Fukui-shi", "Kōfu-shi"), left out by the news. */
export const CITY_SUFFIX = '-shi';
