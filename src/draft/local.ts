import type { CountryInfo, GazetteerEntry } from './gazetteer';

/** The script each language writes its place names in, where it is not Latin. */
const SCRIPTS: Record<string, RegExp> = {
  ru: /^[\p{Script=Cyrillic}\s'-]+$/u,
  uk: /^[\p{Script=Cyrillic}\s'-]+$/u,
  be: /^[\p{Script=Cyrillic}\s'-]+$/u,
  bg: /^[\p{Script=Cyrillic}\s'-]+$/u,
  sr: /^[\p{Script=Cyrillic}\s'-]+$/u,
  mk: /^[\p{Script=Cyrillic}\s'-]+$/u,
  kk: /^[\p{Script=Cyrillic}\s'-]+$/u,
  ky: /^[\p{Script=Cyrillic}\s'-]+$/u,
  mn: /^[\p{Script=Cyrillic}\s'-]+$/u,
  ko: /^[\p{Script=Hangul}\s]+$/u,
  ja: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u,
  zh: /^[\p{Script=Han}]+$/u,
  ar: /^[\p{Script=Arabic}\s]+$/u,
  fa: /^[\p{Script=Arabic}\s]+$/u,
  ur: /^[\p{Script=Arabic}\s]+$/u,
  he: /^[\p{Script=Hebrew}\s'-]+$/u,
  el: /^[\p{Script=Greek}\s'-]+$/u,
  th: /^[\p{Script=Thai}\s]+$/u,
  hi: /^[\p{Script=Devanagari}\s]+$/u,
  ka: /^[\p{Script=Georgian}\s-]+$/u,
  hy: /^[\p{Script=Armenian}\s-]+$/u,
};
/** Letters only a language writes: a form with them is that language's ("Львів", "Київ"). */
const OWN_LETTERS: Record<string, RegExp> = { uk: /[іїєґ]/i, be: /[ўі]/i };
/** Letters a language does not write, to tell Russian from Ukrainian or Belarusian forms. */
const NOT_IN: Record<string, RegExp> = {
  ru: /[іїєґў]/i,
  uk: /[ыэёъў]/i,
  be: /[ищъіїєґ]/i,
  bg: /[ыэёіїєґў]/i,
};
const CYRILLIC: Record<string, string> = Object.fromEntries(
  'а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ  ы y ь  э e ю yu я ya і i ї yi є ye ґ g ў u'
    .split(' ')
    .reduce<string[][]>((acc, x, i) => {
      if (i % 2 === 0) acc.push([x]);
      else acc[acc.length - 1]?.push(x);
      return acc;
    }, []),
);

const latin = (s: string) => [...s.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join('');

/** Letters two strings share in order, over the longer length: a rough likeness, 0–1. */
function likeness(a: string, b: string): number {
  const m = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      (m[i] as number[])[j] =
        a[i - 1] === b[j - 1]
          ? (m[i - 1]?.[j - 1] ?? 0) + 1
          : Math.max(m[i - 1]?.[j] ?? 0, m[i]?.[j - 1] ?? 0);
  return (m[a.length]?.[b.length] ?? 0) / Math.max(a.length, b.length, 1);
}

/**
 * The place's name in its country's language, from the gazetteer's alternate names, where that
 * language is not written in Latin letters: the alternates in its script, and of those (Cyrillic)
 * the one whose transliteration is most like the ASCII name, else the shortest. GeoNames gives
 * no language per alternate name, so this is a choice the review list names.
 */
export function localName(e: GazetteerEntry, language: string | null): string | null {
  if (!language) return null;
  const script = SCRIPTS[language];
  if (!script) return null;
  const not = NOT_IN[language];
  const options = e.alternates
    .split(',')
    .filter((a) => a !== '' && script.test(a) && !(not?.test(a) ?? false));
  if (options.length === 0) return null;
  const ascii = e.ascii.toLowerCase();
  // Cyrillic: like the ASCII name once transliterated, and like the other forms (the Russian
  // form sits among its Ukrainian, Belarusian and Bulgarian neighbours).
  const cyrillic = NOT_IN[language] !== undefined;
  const own = OWN_LETTERS[language];
  const rank = (a: string) =>
    cyrillic
      ? (own?.test(a) ? 1 : 0) +
        likeness(latin(a), ascii) +
        (2 * options.reduce((sum, o) => sum + (o === a ? 0 : likeness(a, o)), 0)) / options.length
      : 0;
  const ranked = options.map((a) => ({ a, r: rank(a) }));
  ranked.sort((x, y) => y.r - x.r || x.a.length - y.a.length || (x.a < y.a ? -1 : 1));
  return ranked[0]?.a ?? null;
}

/** The zone's UTC offset in minutes on a day, as the browser's tz database has it. */
export function offsetMinutes(zone: string, isoDay: string): number | null {
  try {
    const f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' });
    const part = f
      .formatToParts(new Date(`${isoDay}T12:00:00Z`))
      .find((p) => p.type === 'timeZoneName');
    const m = /GMT([+-])(\d\d):?(\d\d)?/.exec(part?.value ?? '');
    if (!m) return part?.value === 'GMT' ? 0 : null;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  } catch {
    return null;
  }
}

/**
 * The place's own country's zone: GeoNames' zone for it when that zone is its country's, else the
 * country's zone with the same offset on the day (GeoNames puts northern Vietnam in Asia/Bangkok,
 * a zone of Thailand: Vietnam's own is Asia/Ho_Chi_Minh). `fixed` says a change was made.
 */
export function countryZone(
  e: GazetteerEntry,
  country: CountryInfo | undefined,
  day: string,
): { zone: string; fixed: boolean } {
  const zones = country?.zones ?? [];
  if (zones.length === 0 || zones.includes(e.timeZone)) return { zone: e.timeZone, fixed: false };
  const want = offsetMinutes(e.timeZone, day);
  const same = zones.find((z) => offsetMinutes(z, day) === want);
  // No zone of its own keeps that time (Crimea, in Europe/Simferopol): GeoNames' stays.
  return same ? { zone: same, fixed: true } : { zone: e.timeZone, fixed: false };
}
