import { fold } from '../text';
import { LEXICONS, type Lexicon } from './index';

/** What the draft made of an article's language. */
export interface Language {
  lexicon: Lexicon;
  /** Whether the text is in a language none of the lexicons reads (read as English then). */
  unknown: boolean;
  /** The script most of its letters are in, when the language is unknown ("Han", "Arabic"). */
  script: string | null;
}

const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Hangul',
  'Han',
  'Hiragana',
  'Katakana',
  'Arabic',
  'Hebrew',
  'Greek',
  'Thai',
  'Devanagari',
  'Georgian',
  'Armenian',
];
const scriptRe = new Map(SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')]));
const common = new Map(LEXICONS.map((l) => [l.code, new Set(l.common.map(fold))]));

/** The most frequent script of the first 20,000 letters of `text`. */
function mainScript(text: string): string | null {
  const counts = new Map<string, number>();
  let n = 0;
  for (const ch of text) {
    if (n >= 20_000) break;
    if (!/\p{L}/u.test(ch)) continue;
    n++;
    for (const [s, re] of scriptRe)
      if (re.test(ch)) {
        counts.set(s, (counts.get(s) ?? 0) + 1);
        break;
      }
  }
  let best: string | null = null;
  for (const [s, c] of counts) if (!best || c > (counts.get(best) ?? 0)) best = s;
  return best;
}

/**
 * The article's language: a script only one lexicon is written in (Cyrillic, Hangul), else the
 * Latin-script lexicon whose common words are most frequent among the first 5,000 words. Text in
 * another script, or Latin text none of them reads, is "unknown" and read with English words.
 */
export function detectLanguage(text: string): Language {
  const en = LEXICONS[0] as Lexicon;
  const script = mainScript(text);
  if (script && script !== 'Latin') {
    const own = LEXICONS.find((l) => l.script === script);
    return own ? { lexicon: own, unknown: false, script } : { lexicon: en, unknown: true, script };
  }
  const counts = new Map<string, number>();
  let words = 0;
  for (const m of text.matchAll(/[\p{L}']+/gu)) {
    if (++words > 5000) break;
    const w = fold(m[0]);
    for (const l of LEXICONS)
      if (common.get(l.code)?.has(w)) counts.set(l.code, (counts.get(l.code) ?? 0) + 1);
  }
  let best = en;
  for (const l of LEXICONS)
    if (!l.script && (counts.get(l.code) ?? 0) > (counts.get(best.code) ?? 0)) best = l;
  // Fewer than one common word in 25: not a language these lexicons know.
  const unknown = words >= 20 && (counts.get(best.code) ?? 0) * 25 < words;
  return { lexicon: unknown ? en : best, unknown, script: unknown ? script : null };
}
