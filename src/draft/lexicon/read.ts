/** An article read with its language's lexicon: its words as the rules' English words. */
import { capitalised, cased, fold, type Token, type Tokens, touching } from '../text';
import { CONNECTORS } from '../words';
import type { Lexicon } from './lexicon';

/** The English unit words a filler may stand before ("une vingtaine de kilomètres"). */
const UNIT_WORDS = new Set([
  'km',
  'kilometre',
  'kilometres',
  'miles',
  'mile',
  'hour',
  'hours',
  'minute',
  'minutes',
  'day',
  'days',
  'week',
  'weeks',
]);

interface Folded {
  words: Map<string, string>;
  notPlaces: Set<string>;
  fillers: Set<string>;
  elisions: Set<string>;
  endings: [string, string][];
}
const folded = new WeakMap<Lexicon, Folded>();

/** The lexicon with its words folded as tokens are (built once per lexicon). */
function foldedOf(lex: Lexicon): Folded {
  let f = folded.get(lex);
  if (!f) {
    f = {
      words: new Map(Object.entries(lex.words).map(([k, v]) => [fold(k), v])),
      notPlaces: new Set(lex.notPlaces.map(fold)),
      fillers: new Set((lex.fillers ?? []).map(fold)),
      elisions: new Set((lex.elisions ?? []).map(fold)),
      endings: lex.endings.map(([a, b]) => [fold(a), fold(b)]),
    };
    folded.set(lex, f);
  }
  return f;
}

/**
 * The forms a word or name may have in the dictionary, by the lexicon's endings ("москвы" →
 * "москва"; "평양역에서" → "평양"; "Ankara’dan" → "ankara"), at most two endings deep, the word
 * itself first.
 */
export function dictionaryForms(key: string, lex: Lexicon): string[] {
  const out = [key];
  // A suffix after an apostrophe, in any language ("Ankara’dan", "İstanbul’a").
  const stem = key.split("'")[0] ?? '';
  if (stem.length >= 3 && stem !== key) out.push(stem);
  const { endings } = foldedOf(lex);
  // A form that replaced an ending ("северной" → "северна") is a dictionary form, not a word to
  // strip again: "северн" would be no form of "северной" (only endings that add nothing chain,
  // "평양역에서" → "평양역" → "평양").
  const replaced = new Set<string>();
  for (let round = 0; round < 2; round++)
    for (const w of [...out]) {
      if (round > 0 && replaced.has(w)) continue;
      for (const [end, base] of endings)
        if (w.endsWith(end) && w.length - end.length >= 2) {
          const v = w.slice(0, w.length - end.length) + base;
          if (out.includes(v)) continue;
          out.push(v);
          if (base) replaced.add(v);
        }
    }
  return out;
}

/**
 * The forms a place name may have in the gazetteer: its dictionary forms, and each with a suffix
 * GeoNames writes in the language ("단둥" → "단둥 시").
 */
export function nameForms(key: string, lex: Lexicon): string[] {
  const forms = dictionaryForms(key, lex);
  const suffixes = (lex.placeSuffixes ?? []).map(fold);
  const written = [...forms, ...forms.flatMap((f) => suffixes.map((s) => `${f} ${s}`))];
  if (!lex.vowelVariants?.length) return written;
  const variants = written.flatMap((f) => vowelVariants(f, lex.vowelVariants ?? []));
  return [...written, ...variants.filter((v) => !written.includes(v))];
}

/** The first Hangul syllable, the first vowel letter (ㅏ), and the counts that compose them. */
const HANGUL = 0xac00;
const VOWEL_A = 0x314f;
const VOWELS = 21;
const FINALS = 28;

/**
 * A foreign name as Korean writes it one vowel otherwise ("텐진" and "톈진" for Tianjin, "스좌좡"
 * and "스자좡" for Shijiazhuang): each spelling with one syllable's vowel swapped by the lexicon's
 * pairs.
 */
export function vowelVariants(word: string, pairs: [string, string][]): string[] {
  const swap = new Map<number, number[]>();
  for (const [a, b] of pairs) {
    const [x, y] = [a.charCodeAt(0) - VOWEL_A, b.charCodeAt(0) - VOWEL_A];
    swap.set(x, [...(swap.get(x) ?? []), y]);
    swap.set(y, [...(swap.get(y) ?? []), x]);
  }
  const out: string[] = [];
  const chars = [...word];
  chars.forEach((c, i) => {
    const code = c.charCodeAt(0) - HANGUL;
    if (code < 0 || code >= 19 * VOWELS * FINALS) return;
    const vowel = Math.floor(code / FINALS) % VOWELS;
    for (const v of swap.get(vowel) ?? []) {
      const syllable = String.fromCharCode(code + (v - vowel) * FINALS + HANGUL);
      out.push([...chars.slice(0, i), syllable, ...chars.slice(i + 1)].join(''));
    }
  });
  return out;
}

/** The number as the rules read it ("1.240" → "1240" and "2,5" → "2.5" where "." groups). */
function numberKey(text: string, lex: Lexicon): string {
  if (lex.thousands === ',') return text;
  if (lex.thousands === '.' && /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text))
    return text.replace(/\./g, '').replace(',', '.');
  if (/^\d+,\d+$/.test(text)) return text.replace(',', '.');
  return text;
}

/**
 * The tokens read with the lexicon: each word's key becomes the English word it stands for,
 * numbers as the rules read them, elided articles split off ("d'Austerlitz"), fillers between a
 * number and its unit skipped, "13h10" a clock time, and words that are never places marked.
 * Token texts and offsets are untouched: quotes stay verbatim.
 */
export function readWith(t: Tokens, lex: Lexicon): Tokens {
  const f = foldedOf(lex);
  const src = t.tokens;
  const out: Token[] = [];
  const english = lex.code === 'en';
  for (let i = 0; i < src.length; i++) {
    const tok = src[i] as Token;
    if (tok.kind === 'number') {
      // "1 000 km", "1 240 Kilometer": digits grouped by a space are one number.
      const last = out[out.length - 1];
      if (
        last?.kind === 'number' &&
        /^\d{3}$/.test(tok.text) &&
        /^\d{1,3}( \d{3})*$/.test(last.text) &&
        t.text.slice(last.end, tok.start) === ' ' &&
        last.sentence === tok.sentence
      ) {
        const text = t.text.slice(last.start, tok.end);
        out[out.length - 1] = { ...last, text, key: text.replace(/ /g, ''), end: tok.end };
        continue;
      }
      out.push(english ? tok : { ...tok, key: numberKey(tok.key, lex) });
      continue;
    }
    if (tok.kind !== 'word' || english) {
      out.push(tok);
      continue;
    }
    // "d'Austerlitz": "d'" and "Austerlitz", two tokens.
    const el = /^([\p{L}]+)(['’])([\p{L}].*)$/u.exec(tok.text);
    if (el?.[1] && el[3] && f.elisions.has(fold(el[1]))) {
      const cut = el[1].length + 1;
      const head = tok.text.slice(0, cut);
      out.push({ ...tok, text: head, key: fold(head), end: tok.start + cut, kind: 'word' });
      const rest = el[3];
      // "l'indomani", "l'arrivée": the word after the article read with the lexicon too.
      const restKey = f.words.get(fold(rest)) ?? fold(rest);
      out.push({ ...tok, text: rest, key: restKey, start: tok.start + cut });
      continue;
    }
    const prev = src[i - 1];
    const next = src[i + 1];
    // "une vingtaine de kilomètres": the "de" is skipped.
    if (f.fillers.has(tok.key) && prev && next) {
      const prevKey = out[out.length - 1]?.key ?? '';
      const nextKey = f.words.get(next.key) ?? next.key;
      if (
        (prev.kind === 'number' ||
          /^(ten|fifteen|twenty|thirty|hundred|thousand)$/.test(prevKey)) &&
        UNIT_WORDS.has(nextKey)
      )
        continue;
    }
    const stop = f.notPlaces.has(tok.key);
    // A connector inside a name keeps its own key ("Gare de Lyon", "Frankfurt am Main").
    const inName = CONNECTORS.has(tok.key) && capitalised(prev) && capitalised(next);
    let key = inName ? tok.key : f.words.get(tok.key);
    // An inflected word ("минут"), a particle glued on ("km를" is "km"); names are left alone.
    if (key === undefined && !cased(tok))
      for (const form of dictionaryForms(tok.key, lex).slice(1)) {
        key = f.words.get(form) ?? (/^[a-z]+$/.test(form) ? form : undefined);
        if (key !== undefined) break;
      }
    out.push({
      ...tok,
      key: key ?? tok.key,
      ...(stop ? { stop: true } : {}),
      ...(lex.nounsCapitalised ? { noun: true } : {}),
    });
  }
  // "13h10", "20h52": a clock time, as "13:10".
  for (let i = 1; i + 1 < out.length; i++) {
    const h = out[i] as Token;
    if (
      h.text.toLowerCase() === 'h' &&
      out[i - 1]?.kind === 'number' &&
      /^\d\d$/.test(out[i + 1]?.text ?? '') &&
      touching(out[i - 1], h) &&
      touching(h, out[i + 1])
    )
      out[i] = { ...h, key: ':', kind: 'punct' };
  }
  return { text: t.text, tokens: out, sentences: resentence(t, out) };
}

/** The sentences' token ranges over the new tokens (their offsets are unchanged), in one pass. */
function resentence(t: Tokens, tokens: Token[]) {
  const sentences = t.sentences.map((s) => ({ ...s, from: -1, to: -1 }));
  tokens.forEach((x, k) => {
    const s = sentences[x.sentence];
    if (!s) return;
    if (s.from < 0) s.from = k;
    s.to = k + 1;
  });
  let last = 0;
  for (const s of sentences) {
    if (s.from < 0) {
      s.from = last;
      s.to = last;
    }
    last = s.to;
  }
  return sentences;
}
