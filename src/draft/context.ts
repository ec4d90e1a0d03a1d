import type { Figure } from './figures/figure';
import { TRAVEL_OF_DURATION } from './lexicon/rules';
import type { Tokens } from './text';

/** Words that make a day the day of a statement, not of the journey ("Peskov said on Tuesday"). */
const SPEECH = new Set([
  'said',
  'says',
  'told',
  'tells',
  'announced',
  'announces',
  'confirmed',
  'confirms',
  'reported',
  'reports',
  'asked',
  'added',
  'stated',
  'wrote',
  'tweeted',
  'posted',
  'declared',
  'warned',
  'insisted',
  'noted',
  'claimed',
  'denied',
  'speaking',
  'spoke',
  'briefing',
  'interview',
  'statement',
]);

/** "since" as each language writes it before a year ("depuis 2017", "seit 2015", "desde 2015"). */
const SINCE = new Set(['since', 'depuis', 'seit', 'desde', 'dal', 'dalla', 'с', 'со']);

/** A year the sentence of token `i` names that is not the year of publication, or null. */
export function otherYear(
  t: Tokens,
  i: number,
  published: string,
  dayFigures: Figure[],
): string | null {
  const s = t.sentences[t.tokens[i]?.sentence ?? 0];
  if (!s) return null;
  const year = published.slice(0, 4);
  for (let k = s.from; k < s.to; k++) {
    const tok = t.tokens[k];
    if (tok?.kind !== 'number' || !/^(19|20)\d\d$/.test(tok.text) || tok.text === year) continue;
    if (dayFigures.some((d) => d.from <= k && d.to > k)) continue;
    // "stopped since 2017, the night train is back on Thursday": the span up to this journey.
    const before = t.tokens[k - 1];
    if (before && (before.key === 'since' || SINCE.has(before.text.toLowerCase()))) continue;
    // "in 2019", "the 2019 summit", "since 2018": a year, not a count of something.
    const next = t.tokens[k + 1]?.key ?? '';
    if (
      /^(km|kilometres|kilometers|miles|mph|people|passengers|carriages|troops|tonnes|tons)$/.test(
        next,
      )
    )
      continue;
    return tok.text;
  }
  return null;
}

/** Whether the sentence of token `i` reports what someone said ("Reports … say Kim's train …"). */
export function reportedSpeech(t: Tokens, i: number): boolean {
  const s = t.sentences[t.tokens[i]?.sentence ?? 0];
  if (!s) return false;
  for (let k = s.from; k < s.to; k++) if (SPEECH.has(t.tokens[k]?.key ?? '')) return true;
  return false;
}

/** Whether the nearest verb-like word before a day, in its sentence, is a word of speech. */
export function statementDay(t: Tokens, f: Figure): boolean {
  const s = t.tokens[f.from]?.sentence;
  for (let k = f.from - 1; k >= 0 && k >= f.from - 8 && t.tokens[k]?.sentence === s; k--) {
    const w = t.tokens[k]?.key ?? '';
    if (SPEECH.has(w)) return true;
    if (/(ed|ing)$/.test(w) && w.length > 4 && !['panel', 'meeting', 'briefing'].includes(w))
      return false;
    if (
      [
        'left',
        'arrived',
        'crossed',
        'reached',
        'seen',
        'spotted',
        'held',
        'met',
        'is',
        'was',
        'were',
        'are',
        'be',
        'been',
      ].includes(w)
    )
      return false;
  }
  return false;
}

/** Whether the clause around a duration speaks of travel. */
export function travelDuration(t: Tokens, f: Figure): boolean {
  const s = t.tokens[f.from]?.sentence;
  for (let k = Math.max(0, f.from - 14); k < f.to + 12; k++) {
    const tok = t.tokens[k];
    if (tok && tok.sentence === s && TRAVEL_OF_DURATION.has(tok.key)) return true;
  }
  return false;
}

/** "four years since", "two months ago": a span of years or months, for the excluded list. */
export function yearSpans(t: Tokens): [number, number][] {
  const out: [number, number][] = [];
  t.tokens.forEach((tok, k) => {
    if (!/^(years?|months?|decades?)$/.test(tok.key)) return;
    const next = t.tokens[k + 1]?.key ?? '';
    if (/^(since|ago|after|before|later|earlier)$/.test(next))
      out.push([Math.max(0, k - 3), k + 2]);
  });
  return out;
}

/** "five days a week", "every two hours", "an hour per day": how often, not how long. */
export function frequency(t: Tokens, f: Figure): boolean {
  const k = (i: number) => t.tokens[i]?.key ?? '';
  if (
    ['a', 'per', 'each', 'every'].includes(k(f.to)) &&
    /^(week|day|month|year|hour)s?$/.test(k(f.to + 1))
  )
    return true;
  if (k(f.from - 1) === 'every') return true;
  // "a week" in "five days a week"
  return ['a', 'per'].includes(k(f.from)) && /^days?$/.test(k(f.from - 1));
}

/** Comparatives that make a figure a difference ("13 minutes faster", "20 Minuten schneller"). */
const COMPARATIVES = new Set([
  ...['faster', 'slower', 'quicker', 'shorter', 'longer', 'less', 'more', 'earlier', 'later'],
  ...['sooner', 'fewer', 'schneller', 'langsamer', 'kurzer', 'langer', 'weniger', 'mehr'],
  ...['moins', 'plus', 'menos', 'mas', 'meno', 'piu', 'быстрее', 'медленнее', 'меньше', 'больше'],
]);
/** The word after a comparative: "than", "que", "als", "di", "чем". */
const THAN = new Set(['than', 'que', 'als', 'di', 'del', 'della', 'чем']);

/**
 * A figure that is a difference between two others ("13 minutes faster than the old trip", "about
 * 80 minutes faster than a year ago", "20 Minuten schneller als"): a comparative right after it
 * and a "than" within a few words. "27 hours later they pulled up" has no "than" and stays.
 * Also "a day off": leave taken, not a time of the journey.
 */
export function difference(t: Tokens, f: Figure): boolean {
  const k = (i: number) => t.tokens[i]?.key ?? '';
  // "took a day off from his job": leave, not a time of the journey.
  if (k(f.to) === 'off') return true;
  for (let i = f.to; i <= f.to + 1; i++) {
    if (!COMPARATIVES.has(k(i))) continue;
    for (let j = i + 1; j <= i + 3; j++) if (THAN.has(k(j))) return true;
  }
  return false;
}
