import type { Article } from '../data/schema';
import type { StoryManifest } from '../data/story-schema';
import type { DraftClaim } from './claims';
import { PART_HOURS } from './figures/calendar';
import type { PartOfDay } from './figures/figure';
import type { CountryInfo } from './gazetteer';
import type { DraftPlace } from './places';
import { slug } from './slug';

const list = (xs: string[]) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** "the Daily Courier’s article of 3 May 2024", "the three articles of 3 and 4 May 2024". */
function articlesPhrase(articles: Article[]): string {
  const dates = [...new Set(articles.map((a) => a.published))].sort();
  const when =
    dates.length === 1
      ? longDate(dates[0] ?? '')
      : `${longDate(dates[0] ?? '')} to ${longDate(dates[dates.length - 1] ?? '')}`;
  if (articles.length === 1) return `${articles[0]?.outlet ?? ''} of ${when}`;
  const outlets = [...new Set(articles.map((a) => a.outlet))];
  const n =
    ['', 'one', 'two', 'three', 'four', 'five', 'six'][articles.length] ?? String(articles.length);
  return `${n} articles (${list(outlets)}) of ${when}`;
}

/** "the United States", "the Netherlands", "Poland". */
const withThe = (name: string) =>
  /^(United|Republic|Democratic|Central African|Czech|Dominican)|Islands$|^(Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles)$/.test(
    name,
  )
    ? `the ${name}`
    : name;

/** [west, south, east, north] around the places, with a margin, in whole degrees. */
export function regionOf(places: DraftPlace[]): [number, number, number, number] {
  const lons = places.map((p) => p.entry.lon);
  const lats = places.map((p) => p.entry.lat);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const mx = Math.max(1, (e - w) * 0.15);
  const my = Math.max(1, (n - s) * 0.15);
  return [
    Math.max(-180, Math.floor(w - mx)),
    Math.max(-90, Math.floor(s - my)),
    Math.min(180, Math.ceil(e + mx)),
    Math.min(90, Math.ceil(n + my)),
  ];
}

/** The manifest of the draft: every sentence of story text built from its articles and places. */
export function draftManifest(o: {
  articles: Article[];
  places: DraftPlace[];
  stops: DraftPlace[];
  claims: DraftClaim[];
  countries: Map<string, CountryInfo>;
  source: string;
}): StoryManifest {
  const { articles, places, stops, claims, countries } = o;
  const first = stops[0] ?? places[0];
  const last = stops[stops.length - 1] ?? places[places.length - 1];
  const ends =
    first && last && first !== last
      ? `from ${first.name} to ${last.name}`
      : first
        ? `at ${first.name}`
        : '';
  const codes = [...new Set(places.map((p) => p.entry.country))].sort();
  const countryNames = codes.map((c) => countries.get(c)?.names[0] ?? c);
  const parts = new Set<PartOfDay>();
  for (const c of claims) if (c.claim.reported.partOfDay) parts.add(c.claim.reported.partOfDay);
  const night = claims.some((c) => c.claim.note.includes('“Night”'));
  const phrase = articlesPhrase(articles);
  const title = articles[0]?.title ?? 'A journey';
  return {
    name: 'story',
    id: slug(title, 40),
    title,
    text: {
      description:
        `The places named on the journey ${ends} in ${phrase}, and every figure reported there beside the one this map computes.`.replace(
          /\s+in /,
          ' in ',
        ),
      mapLabel: `Map of the journey ${ends}`.trim(),
      region: `A map of ${list(countryNames.map(withThe))}`,
      places: `The places named in ${phrase}. Choose one to read what each article says about it.`,
      assumptions: [
        'A day given without an hour is any time that day.',
        'Each day is read in the local time of the place the article puts it at.',
        ...(night ? ['“Night” is read as the evening, 18 to 24 h local time.'] : []),
      ],
    },
    stops: stops.map((p) => p.id),
    frame: [...new Set([first?.id, last?.id].filter((x): x is string => !!x))],
    region: regionOf(places.length ? places : stops),
    countries: codes
      .map((c) => countries.get(c)?.numeric)
      .filter((x): x is string => !!x)
      .sort(),
    languages: Object.fromEntries(
      codes
        .map((c) => [c, countries.get(c)?.language ?? null] as const)
        .filter((x): x is readonly [string, string] => !!x[1] && /^[a-z]{2,3}$/.test(x[1])),
    ),
    timeZones: Object.fromEntries(places.map((p) => [p.id, p.zone])),
    partsOfDay: Object.fromEntries([...parts].sort().map((p) => [p, PART_HOURS[p]])),
    articles,
    dwells: [],
    chainChecks: [],
    source: o.source,
  };
}
