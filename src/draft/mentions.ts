/** Every span that could be a place name, and the places, countries and sites found there. */
import { countryAt, keyOf, type Names } from './countries';
import type { NameMatch } from './gazetteer';
import { GENERIC_STATION_NAMES } from './lexicon/rules';
import type { ArticleMentions } from './mention-types';
import { borderAdjective, borderAt, hints, plausible } from './name-checks';
import { stampLine } from './stamp';
import { FUNCTION_WORDS } from './stop-words';
import { capitalised, cased, type Token, type Tokens, touching } from './text';
import { AFTER_NOUNS, CONNECTORS, STATION_WORDS } from './words';

export type { ArticleMentions, NameMention, SiteMention } from './mention-types';

const MAX_WORDS = 6;
/** A word that never begins a place name, in English or in the article's language. */
const notName = (t: Token) => t.stop === true || FUNCTION_WORDS.has(t.key);
const isWord = (t: Token | undefined) => t?.kind === 'word';
const joins = (tokens: Token[], k: number) => {
  const t = tokens[k];
  return (
    !!t &&
    t.kind === 'punct' &&
    ['-', "'", '’', '.'].includes(t.text) &&
    touching(tokens[k - 1], t) &&
    touching(t, tokens[k + 1])
  );
};

/** Every span that could be a place name: capitalised words, with connectors inside. */
export function candidateSpans(t: Tokens): [number, number][] {
  const out: [number, number][] = [];
  const { tokens } = t;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !capitalised(first) || notName(first)) continue;
    let words = 0;
    for (let k = i; k < tokens.length && words < MAX_WORDS; k++) {
      const tk = tokens[k];
      if (!tk || tk.sentence !== first.sentence) break;
      if (capitalised(tk)) {
        words++;
        out.push([i, k + 1]);
      } else if (isWord(tk) && CONNECTORS.has(tk.key)) words++;
      else if (!joins(tokens, k)) break;
    }
  }
  return out;
}

/** The folded keys of every candidate span, for one lookup over the gazetteer. */
export function candidateKeys(t: Tokens): string[] {
  return candidateSpans(t).map(([a, b]) => keyOf(t.text, t.tokens, a, b));
}

/**
 * Words of person-like names: runs of two or more capitalised words that are neither a place nor
 * a country ("Kim Jong Un", "Donald Trump"). The same word alone later is the person.
 */
function nameWords(t: Tokens, names: Names, lookup: Map<string, NameMatch[]>): Set<string> {
  const out = new Set<string>();
  const { tokens } = t;
  const strong = (w: Token) => (lookup.get(w.key)?.[0]?.entry.population ?? 0) >= 100_000;
  for (let i = 0; i < tokens.length; i++) {
    // A run starts at its first word that is not a function word ("From Córdoba" is one name).
    while (tokens[i] && FUNCTION_WORDS.has(tokens[i]?.key ?? '') && capitalised(tokens[i])) i++;
    let k = i;
    while (cased(tokens[k]) && tokens[k]?.sentence === tokens[i]?.sentence) k++;
    if (k - i >= 2) {
      const run = tokens.slice(i, k);
      const known =
        lookup.has(keyOf(t.text, tokens, i, k)) ||
        run.some((w, j) => countryAt(names, t.text, tokens, i + j) || strong(w)) ||
        run.some((w) => STATION_WORDS.has(w.key) || AFTER_NOUNS[w.key] !== undefined);
      if (!known) for (const w of run) if (!FUNCTION_WORDS.has(w.key)) out.add(w.key);
    }
    i = Math.max(i, k);
  }
  return out;
}

/** Nouns that end a station's or an airport's name ("Hauptbahnhof", "railway station"). */
const STATION_HEADS = new Set(['station', 'airport', 'terminus', 'central']);

/** The station words after a place's name ("Central Station", "railway station"), or null. */
function stationAfter(t: Tokens, to: number): Token | null {
  let k = to;
  let last: Token | null = null;
  while (k < to + 3 && STATION_WORDS.has(t.tokens[k]?.key ?? '')) {
    const w = t.tokens[k] as Token;
    if (w.sentence !== t.tokens[to - 1]?.sentence) break;
    if (STATION_HEADS.has(w.key)) last = w;
    k++;
  }
  return last;
}

/** Whether every word of [i, to) names a station by what it is ("Union", "City", "Central"). */
function allGeneric(tokens: Token[], i: number, to: number): boolean {
  for (let k = i; k < to; k++) if (!GENERIC_STATION_NAMES.has(tokens[k]?.key ?? '')) return false;
  return to > i;
}

/** Words between a station's head and its name ("gare de Lyon", "estación de Atocha"). */
const HEAD_LINKS = new Set(['de', 'd', "d'", 'del', 'di', 'da', 'of']);

/** Whether the name at `i` follows a station's or an airport's head ("gare d'", "вокзал"). */
function afterHead(tokens: Token[], i: number): boolean {
  const s = tokens[i]?.sentence;
  let k = i - 1;
  if (HEAD_LINKS.has(tokens[k]?.key ?? '') || HEAD_LINKS.has(tokens[k]?.text.toLowerCase() ?? ''))
    k--;
  const head = tokens[k];
  return !!head && head.sentence === s && (head.key === 'station' || head.key === 'airport');
}

/**
 * "WASHINGTON –", "Kolkata:", "BEIJING, Sept. 23 (Xinhua) --": a dateline says where the report
 * was filed, not where the journey went. A name that opens a line and is followed by a dash or a
 * colon, or in capitals by a comma; and the agency's name in brackets after it.
 */
function dateline(t: Tokens, i: number, to: number): boolean {
  const start = t.tokens[i]?.start ?? 0;
  const end = t.tokens[to - 1]?.end ?? 0;
  // "(Xinhua) --", "(Reuters) -": the agency's credit after a dateline.
  if (t.text[start - 1] === '(' && /^\)\s*[-–—]/.test(t.text.slice(end, end + 4))) return true;
  // Only blanks between the line's start and the name (read back over them alone: linear).
  let k = start - 1;
  while (k >= 0 && (t.text[k] === ' ' || t.text[k] === '\t')) k--;
  if (k >= 0 && t.text[k] !== '\n' && t.text[k] !== '\r') return false;
  const after = t.text.slice(end, end + 4);
  const name = t.text.slice(start, end);
  return /^\s*[–—:]|^\s+-/.test(after) || (name === name.toUpperCase() && /^,/.test(after));
}

/** Finds the places, countries and sites one article names (`common`: see `plausible`). */
export function findMentions(
  t: Tokens,
  names: Names,
  lookup: Map<string, NameMatch[]>,
  common?: Set<string>,
): ArticleMentions {
  const { tokens, text } = t;
  const out: ArticleMentions = { names: [], countries: [], sites: [] };
  const people = nameWords(t, names, lookup);
  const lowerWords = new Set(tokens.filter((x) => isWord(x) && !capitalised(x)).map((x) => x.key));
  // A small place's name the article gives a station ("estación de Atocha"): the station's
  // name wherever it stands alone too ("partió de Atocha"); a city's ("gare de Lyon") is not.
  const stationNames = new Set<string>();
  for (let i = 0; i < tokens.length; i++)
    if (capitalised(tokens[i]) && afterHead(tokens, i))
      for (let n = 1; n <= 3; n++) {
        const k = keyOf(text, tokens, i, i + n);
        if ((lookup.get(k)?.[0]?.entry.population ?? 0) < 100_000) stationNames.add(k);
      }
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    // "the border", not "the border city" or "border checks".
    if (
      (tok.key === 'border' || tok.key === 'frontier') &&
      !borderAdjective(tokens[i + 1]?.key ?? '')
    ) {
      const site = borderAt(t, names, i);
      if (site) out.sites.push(site);
      continue;
    }
    if (!capitalised(tok) || notName(tok)) continue;
    const country = countryAt(names, text, tokens, i);
    if (country) {
      out.countries.push(country);
      i = country.to - 1;
      continue;
    }
    let to = 0;
    let matches: NameMatch[] | undefined;
    for (let n = MAX_WORDS + 2; n >= 1 && !matches; n--) {
      const m = lookup.get(keyOf(text, tokens, i, i + n));
      if (m && tokens[i + n - 1]?.sentence === tok.sentence && capitalised(tokens[i + n - 1])) {
        matches = m;
        to = i + n;
      }
    }
    // A capitalised run followed by a site noun: "Vostochny cosmodrome", "Friendship Bridge".
    let end = to || i + 1;
    while (!matches && capitalised(tokens[end]) && !AFTER_NOUNS[tokens[end]?.key ?? '']) end++;
    const noun = AFTER_NOUNS[tokens[end]?.key ?? ''];
    if (noun && tokens[end]?.sentence === tok.sentence) {
      if (noun !== 'region' && noun !== 'other')
        out.sites.push({ kind: noun, from: i, to: end + 1, countries: [] });
      i = end;
      continue;
    }
    if (!matches) continue;
    // "George Washington Bridge": a place's name that begins a longer site's, not the place.
    let run = to;
    while (capitalised(tokens[run]) && !AFTER_NOUNS[tokens[run]?.key ?? ''] && run < to + 3) run++;
    const site = AFTER_NOUNS[tokens[run]?.key ?? ''];
    if (run > to && site && site !== 'region' && site !== 'other' && capitalised(tokens[run])) {
      out.sites.push({ kind: site, from: i, to: run + 1, countries: [] });
      i = run;
      continue;
    }
    // An abbreviation in capitals ("UP", "MP"): a state or a party, not the town of that name.
    if (to === i + 1 && /^\p{Lu}{1,3}$/u.test(tok.text)) continue;
    // "Union Station", "City Railway Station": a station named by what it is, not a place of
    // that name elsewhere (stationMentions places it at the city the text ties it to).
    if (stationAfter(t, to) && allGeneric(tokens, i, to)) {
      i = to - 1;
      continue;
    }
    // "gare d'Austerlitz", "estación de Atocha", "вокзал Тьер": a station's own name, not the
    // town of that name elsewhere (the station is placed by stationMentions).
    const key = keyOf(text, tokens, i, to);
    if (afterHead(tokens, i) || stationNames.has(key)) {
      i = to - 1;
      continue;
    }
    if (dateline(t, i, to) || stampLine(t, i)) {
      i = to - 1;
      continue;
    }
    if (!plausible(t, i, to, people, lowerWords, names, lookup, common)) {
      i = to - 1;
      continue;
    }
    const { skip, ...hint } = hints(t, names, i, to);
    const printed = text.slice(tok.start, tokens[to - 1]?.end ?? tok.end).replace(/\s+/g, ' ');
    const station = stationAfter(t, to);
    out.names.push({
      key: keyOf(text, tokens, i, to),
      text: printed,
      from: i,
      to,
      matches,
      ...hint,
      ...(station ? { station: text.slice(tok.start, station.end) } : {}),
    });
    i = Math.max(to, skip) - 1;
  }
  return out;
}
