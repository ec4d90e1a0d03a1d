/**
 * The article as tokens and sentences, every one of them an offset pair into the original text:
 * nothing downstream rebuilds a string, it slices the text it was given.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** The token's text exactly as in the article. */
  text: string;
  /** Folded for matching: lower case, no accents (see `fold`). */
  key: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** A word the article's language says is never a place name ("Der", "Sonntag"). */
  stop?: boolean;
  /** A capitalised word in a language that capitalises every noun ("Hafenstadt"). */
  noun?: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of its first token and one past its last. */
  from: number;
  to: number;
}

export interface Tokens {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

const SPECIAL: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  '’': "'",
  ʼ: "'",
  '‘': "'",
  '–': '-',
  '‐': '-',
};

/** Lower case without accents or special letters, so "São Paulo" and "SAO PAULO" meet. */
export function fold(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a plain-ASCII fast path
  if (/^[\u0000-\u007f]*$/.test(s)) return s.toLowerCase();
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // Hangul syllables decompose into letters, not marks: composed again.
      .normalize('NFC')
      .toLowerCase()
      .replace(/[łøđðßæœıþ’ʼ‘–‐]/g, (c) => SPECIAL[c] ?? c)
  );
}

const TOKEN = /(\d+(?:[.,∙·]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\S)/gu;

/** Words that end a sentence only in appearance. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'prof',
  'rev',
  'no',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'approx',
  'u',
  's',
  'a',
  'p',
  'm',
]);

/**
 * The longest sentence, in tokens: a run-on sentence is cut at a clause mark past `SOFT_SENTENCE`
 * tokens and anywhere at `HARD_SENTENCE`, so that every rule reading a sentence stays linear in
 * the article's length whatever its sentences. News sentences are far shorter.
 */
export const SOFT_SENTENCE = 120;
export const HARD_SENTENCE = 240;

/** Splits `text[from..to)` into tokens and sentences. Possessive "’s" is a token of its own. */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const body = text.slice(from, to);
  let sentenceStart = -1;
  let sentenceFrom = 0;
  const close = (end: number) => {
    if (sentenceStart < 0) return;
    sentences.push({ start: sentenceStart, end, from: sentenceFrom, to: tokens.length });
    sentenceStart = -1;
  };
  const push = (t: string, start: number, kind: TokenKind) => {
    if (sentenceStart < 0) {
      sentenceStart = start;
      sentenceFrom = tokens.length;
    }
    tokens.push({ text: t, key: fold(t), kind, start, end: start + t.length, sentence: 0 });
  };
  for (const m of body.matchAll(TOKEN)) {
    const start = from + (m.index ?? 0);
    const prev = tokens[tokens.length - 1];
    // A blank line or a line break ends a sentence: headlines and captions have no full stop.
    if (prev && /\n/.test(text.slice(prev.end, start))) close(prev.end);
    if (m[1]) {
      push(m[1], start, 'number');
      // "575∙6 km": a raised dot is a decimal point.
      const n = tokens[tokens.length - 1];
      if (n && /[∙·]/.test(n.text)) n.key = n.text.replace(/[∙·]/g, '.');
    } else if (m[2]) {
      const w = m[2];
      const pos = /^(.+)(['’]s)$/u.exec(w);
      if (pos?.[1] && pos[2]) {
        push(pos[1], start, 'word');
        push(pos[2], start + pos[1].length, 'punct');
      } else push(w, start, 'word');
    } else push(m[3] ?? '', start, 'punct');
    const last = tokens[tokens.length - 1];
    if (last && /^[.!?]$/.test(last.text) && endsSentence(text, tokens, to)) close(last.end);
    else if (last && sentenceStart >= 0) {
      const n = tokens.length - sentenceFrom;
      if (n >= HARD_SENTENCE || (n >= SOFT_SENTENCE && clauseMark(last))) close(last.end);
    }
  }
  const last = tokens[tokens.length - 1];
  if (last) close(last.end);
  sentences.forEach((s, i) => {
    for (let k = s.from; k < s.to; k++) {
      const t = tokens[k];
      if (t) t.sentence = i;
    }
  });
  return { text, tokens, sentences };
}

/** Whether the full stop just pushed ends a sentence: a space then a capital, a quote or the end. */
function endsSentence(text: string, tokens: Token[], to: number): boolean {
  const dot = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  if (!dot) return false;
  const rest = text.slice(dot.end, Math.min(to, dot.end + 4));
  if (rest === '' || /^\s*\n/.test(rest) || /^\s*$/.test(rest)) return true;
  const abbreviated =
    dot.text === '.' &&
    before?.kind === 'word' &&
    before.end === dot.start &&
    before.text.length <= 5 &&
    ABBREVIATIONS.has(before.key);
  if (abbreviated) return false;
  return /^["”’)]*\s+["“‘(]*[\p{Lu}\p{N}]/u.test(rest) || /^["”’]+$/.test(rest);
}

/** The tokens of one sentence. */
export function sentenceTokens(t: Tokens, i: number): Token[] {
  const s = t.sentences[i];
  return s ? t.tokens.slice(s.from, s.to) : [];
}

/** Whether a word starts with a capital letter (scripts without case count as capitalised). */
export function capitalised(tok: Token | undefined): boolean {
  if (tok?.kind !== 'word') return false;
  const c = tok.text[0] ?? '';
  return c !== c.toLowerCase() || c === c.toUpperCase();
}

/** Whether a word starts with a capital letter in a script that has capitals ("Paris", not "평양"). */
export function cased(tok: Token | undefined): boolean {
  if (tok?.kind !== 'word') return false;
  const c = tok.text[0] ?? '';
  return c !== c.toLowerCase();
}

/** Whether two tokens touch (no space between them). */
export const touching = (a: Token | undefined, b: Token | undefined): boolean =>
  !!a && !!b && a.end === b.start;

const CLAUSE_MARKS = new Set([',', ';', ':', '–', '—', '(', ')', '"', '“', '”']);
const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though']);

/** Whether token `k` separates clauses (a comma, a dash, "but"…). */
export const clauseMark = (tok: Token | undefined): boolean =>
  !!tok && (CLAUSE_MARKS.has(tok.text) || (tok.kind === 'word' && CLAUSE_WORDS.has(tok.key)));

/** The clause around tokens [from, to): token indices [start, end) within the sentence. */
export function clauseAround(t: Tokens, from: number, to = from + 1): [number, number] {
  const s = t.sentences[t.tokens[from]?.sentence ?? 0];
  if (!s) return [from, to];
  let a = from;
  while (a > s.from && !clauseMark(t.tokens[a - 1])) a--;
  let b = to;
  while (b < s.to && !clauseMark(t.tokens[b])) b++;
  return [a, b];
}
