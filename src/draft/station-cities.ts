/**
 * The city a station stands in, from what the article writes around its name: the city written
 * before the name elsewhere ("Paris-Austerlitz"), a big city's hyphenated stations ("Nice-Ville"),
 * and the journey's ends for a station left or reached in a sentence that names no city.
 */
import { keyOf } from './countries';
import type { Resolved } from './resolve';
import { HEADS, LINKS } from './station-spans';
import { capitalised, fold, type Tokens, touching } from './text';
import { ownsDistricts } from './weights';

/** Where a station's own name begins: after its heads and links ("gare d'|Austerlitz"). */
export function nameStart(t: Tokens, from: number, to: number): number {
  let a = from;
  const skip = (k: number) => {
    const key = t.tokens[k]?.key ?? '';
    return HEADS.has(key) || LINKS.has(key) || LINKS.has(t.tokens[k]?.text.toLowerCase() ?? '');
  };
  while (a < to - 1 && skip(a)) a++;
  return a;
}

/**
 * The city the article writes just before a station's name, wherever it does: "Paris-Austerlitz"
 * for "la gare d'Austerlitz", "Parigi Gare de Lyon" for "la stazione Gare de Lyon", "New York
 * Penn Station". By the name's key; one pass over the article whatever the number of stations.
 */
export function citiesBefore(
  t: Tokens,
  names: Set<string>,
  cityEndingAt: (k: number) => Resolved | undefined,
): Map<string, Resolved> {
  const out = new Map<string, Resolved>();
  const lengths = new Set([...names].map((n) => n.split(' ').length));
  const tk = t.tokens;
  for (let k = 1; k < tk.length; k++)
    for (const n of lengths) {
      const key = keyOf(t.text, tk, k, k + n);
      if (!names.has(key) || out.has(key)) continue;
      // Back over a hyphen, the station's heads and links ("Parigi| Gare de |Lyon").
      let j = k;
      while (j > k - 4 && j > 0) {
        const b = tk[j - 1];
        const w = b?.key ?? '';
        if (
          b?.text === '-' ||
          HEADS.has(w) ||
          LINKS.has(w) ||
          LINKS.has(b?.text.toLowerCase() ?? '')
        )
          j--;
        else break;
      }
      const city = cityEndingAt(j);
      if (city && tk[j - 1]?.sentence === tk[k]?.sentence) out.set(key, city);
    }
  return out;
}

/**
 * The journey's ends as the article first writes them, "from A to B" or "A-B" ("из
 * Санкт-Петербурга в Крым", "Москва - Ницца"): a station left or reached in a sentence that
 * names no city is at A or B ("отправился … с платформы Московского вокзала", "прибыл во
 * французский вокзал Тьер").
 */
export function ends(t: Tokens, mine: Resolved[]): [Resolved | undefined, Resolved | undefined] {
  const at = new Map(mine.filter((r) => !r.mention.station).map((r) => [r.mention.from, r]));
  for (const r of mine) {
    if (r.mention.station) continue;
    const k = r.mention.to;
    const joined =
      (t.tokens[r.mention.from - 1]?.key === 'from' &&
        ['to', 'in', 'into'].includes(t.tokens[k]?.key ?? '')) ||
      // "Москва - Ницца", "Paris–Nice"
      ['-', '–', '—'].includes(t.tokens[k]?.text ?? '');
    const to = joined ? at.get(k + 1) : undefined;
    if (to && to.entry.id !== r.entry.id) return [r, to];
  }
  return [undefined, undefined];
}

/**
 * "Nice-Ville", "Paris-Austerlitz", "Lyon Part-Dieu": a big city, then (after a hyphen, or a space
 * when the name is hyphenated itself) a name that is no place of its own: the city's station or
 * district, as [from, to, text] over the name, its text from the city on.
 */
export function districts(
  t: Tokens,
  mine: Resolved[],
  taken: (k: number) => boolean,
): [number, number, string][] {
  const tk = t.tokens;
  const out: [number, number, string][] = [];
  for (const r of mine) {
    if (r.mention.station || !ownsDistricts(r.entry)) continue;
    const last = tk[r.mention.to - 1];
    const gap = tk[r.mention.to];
    const hyphen = gap?.text === '-' && touching(last, gap);
    const from = hyphen ? r.mention.to + 1 : r.mention.to;
    if (hyphen && !touching(gap, tk[from])) continue;
    let to = from;
    // The name's words, and hyphens inside it ("Part-Dieu", "Saint-Lazare").
    while (
      to < from + 5 &&
      tk[to]?.sentence === last?.sentence &&
      ((to === from || tk[to - 1]?.text === '-') && capitalised(tk[to]) && (hyphen || !tk[to]?.stop)
        ? true
        : tk[to]?.text === '-' && touching(tk[to - 1], tk[to]) && capitalised(tk[to + 1]))
    )
      to++;
    // "Shenzhen-Hong Kong": a name cut short is another place's.
    if (capitalised(tk[to]) && tk[to]?.sentence === last?.sentence) continue;
    let free = to > from;
    for (let k = from; k < to && free; k++) free = !taken(k);
    if (!free) continue;
    const inner = tk.slice(from, to).some((x) => x.text === '-');
    if (!hyphen && !inner) continue;
    out.push([from, to, t.text.slice(tk[r.mention.from]?.start ?? 0, tk[to - 1]?.end ?? 0)]);
  }
  return out;
}

/**
 * "la madrileña estación de Atocha", "la stazione milanese": the city whose adjective stands
 * beside the station's head, a lower-case word that begins as the city's name does (all its
 * letters but the last, five at least: "madrileña" for Madrid, "valenciana" for Valencia).
 */
export function cityAdjective(
  t: Tokens,
  from: number,
  to: number,
  mine: Resolved[],
): Resolved | undefined {
  const beside = [from - 1, HEADS.has(t.tokens[from]?.key ?? '') ? from + 1 : -1, to];
  for (const k of beside) {
    const tok = t.tokens[k];
    if (tok?.kind !== 'word' || tok.text !== tok.text.toLowerCase()) continue;
    const word = fold(tok.text);
    const city = mine.find((r) => {
      if (r.mention.station) return false;
      const name = r.mention.key;
      const stem = name.slice(0, Math.max(5, name.length - 1));
      return name.length >= 5 && word.length > stem.length && word.startsWith(stem);
    });
    if (city) return city;
  }
  return undefined;
}
