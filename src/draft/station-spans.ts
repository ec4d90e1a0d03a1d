/**
 * Where an article names a station or an airport: a head ("station", "gare", "вокзал", "역") and
 * the name before or after it, the same name alone later, and a head glued to its name ("평양역").
 */
import { keyOf } from './countries';
import { capitalised, cased, type Token, type Tokens, touching } from './text';

/** Keys (as the lexicons read them) that head a station's or an airport's name. */
export const HEADS = new Set(['station', 'airport', 'terminal', 'terminus']);
/** Words between a head and the name after it ("gare de Lyon", "estación de Atocha"). */
export const LINKS = new Set(['de', 'd', "d'", 'del', 'di', 'da', 'from', 'of']);
/** Words that may stand between a name and its head ("Shenzhenbei railway station"). */
const INNER = new Set(['railway', 'train', 'rail', 'central', 'international', 'main', 'bus']);

export const HEADS_OR_INNER = (key: string) => HEADS.has(key) || INNER.has(key);
const isName = (t: Token | undefined) => !!t && cased(t) && !t.stop && !HEADS.has(t.key);

/** The station spans of one article's tokens that no name mention covers: [from, to). */
export function stationSpans(
  t: Tokens,
  covered: (k: number) => boolean,
): ([number, number] | [number, number, [number, number]])[] {
  const out: [number, number][] = [];
  const tk = t.tokens;
  for (let h = 0; h < tk.length; h++) {
    const head = tk[h];
    if (!head || !HEADS.has(head.key)) continue;
    const s = head.sentence;
    // "Penn Station", "Iddo station", "Shenzhenbei railway station", "Московский вокзал".
    let a = h;
    while (a > 0 && INNER.has(tk[a - 1]?.key ?? '') && tk[a - 1]?.sentence === s) a--;
    let b = a;
    // "Baltimore-Washington International Airport": names joined by a hyphen, one name.
    const hyphen = (k: number) =>
      tk[k]?.text === '-' && touching(tk[k - 1], tk[k]) && touching(tk[k], tk[k + 1]);
    while (
      b > 0 &&
      b > a - 5 &&
      (isName(tk[b - 1]) || (hyphen(b - 1) && isName(tk[b - 2]))) &&
      tk[b - 1]?.sentence === s
    )
      b--;
    if (b < a && !covered(a - 1) && (!covered(b) || hyphen(b + 1))) {
      out.push([b, h + 1]);
      continue;
    }
    // "gare d'Austerlitz", "estación de Atocha", "вокзал Тьер", "Gare de Lyon" (a capitalised
    // head only with a link: not "Station Road", "Airport Co").
    let c = h + 1;
    if (LINKS.has(tk[c]?.key ?? '') || LINKS.has(tk[c]?.text.toLowerCase() ?? '')) c++;
    else if (cased(head) && capitalised(head)) continue;
    let d = c;
    // "Gare de Lyon" after "stazione": a link inside the name when a name follows it.
    const link = (k: number) => d > c && LINKS.has(tk[k]?.key ?? '') && isName(tk[k + 1]);
    // "Nîmes Pont-du-Gard": words joined by hyphens are one name, whatever their case.
    const joined = (k: number) =>
      d > c &&
      tk[k]?.text === '-' &&
      touching(tk[k - 1], tk[k]) &&
      touching(tk[k], tk[k + 1]) &&
      tk[k + 1]?.kind === 'word';
    while (d < c + 8 && tk[d]?.sentence === s) {
      if (joined(d)) d += 2;
      else if (isName(tk[d]) || link(d)) d++;
      else break;
    }
    if (d > c && !covered(c)) out.push([h, d]);
  }
  return [...out, ...alone(t, out, covered)];
}

/**
 * The same stations named alone later ("estación de Atocha" … "partió de Atocha"): the name
 * after the head, wherever else it stands and no name mention covers it, as [from, to, span]
 * with the span whose text it takes.
 */
function alone(t: Tokens, spans: [number, number][], covered: (k: number) => boolean) {
  const tk = t.tokens;
  const byName = new Map<string, [number, number]>();
  for (const [h, d] of spans) {
    if (!HEADS.has(tk[h]?.key ?? '')) continue;
    let c = h + 1;
    while (c < d && !isName(tk[c])) c++;
    if (c < d) byName.set(keyOf(t.text, tk, c, d), [h, d]);
  }
  const out: [number, number, [number, number]][] = [];
  if (byName.size === 0) return out;
  const inSpan = (k: number) => spans.some(([a, b]) => k >= a && k < b);
  for (let k = 0; k < tk.length; k++)
    for (let n = 3; n >= 1; n--) {
      const span = byName.get(keyOf(t.text, tk, k, k + n));
      if (!span || inSpan(k) || covered(k) || !isName(tk[k]) || isName(tk[k + n])) continue;
      out.push([k, k + n, span]);
      k += n - 1;
      break;
    }
  return out;
}

/**
 * Where a station's name ends in a word with its head glued on ("평양역에서" → 3, after "평양역"),
 * or 0: a name of two letters or more, then the head, then nothing or a particle.
 */
export function gluedHead(word: string, suffixes: string[]): number {
  for (const sfx of suffixes) {
    const at = word.indexOf(sfx, 2);
    if (at > 0 && !/[0-9]/.test(word)) return at + sfx.length;
  }
  return 0;
}

/** Whether one of `keys` begins with the name `key`, glued ("shenzhenbei" for "shenzhen"). */
export const startsWith = (keys: Set<string>, key: string) =>
  [...keys].some((k) => k.startsWith(key) && /^[a-z]/.test(k.slice(key.length)));

/** The keys of every run of the span's words, to find a city it is named after. */
export function keys(t: Tokens, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let a = from; a < to; a++)
    for (let b = a + 1; b <= to; b++) out.add(keyOf(t.text, t.tokens, a, b));
  return out;
}
