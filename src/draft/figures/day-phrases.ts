import { fold, type Token, touching } from '../text';
import { addDays, MONTHS, monthDay, PART_WORDS, WEEKDAYS, weekdayDate } from './calendar';
import type { PartOfDay } from './figure';

const key = (t: Token | undefined) => t?.key ?? '';
const RELATIVE_UNITS = new Set(['day', 'morning', 'afternoon', 'evening', 'night']);

/** A day phrase: where it ends, how to date it, and the part of day it names. */
export interface Match {
  to: number;
  day: (base: string, published: string, future: boolean) => string;
  part: PartOfDay | null;
  /** Read from the day last named in the article, not from the publication date. */
  relative: boolean;
  /** A clock time alone ("at 6 am"), on the day named last, and its hour. */
  clock?: boolean;
  hour?: number;
}

export const partOf = (w: string): PartOfDay | null => PART_WORDS[w] ?? null;

/** "the next day", "that evening", "the following morning", "two days later", "today" … */
export function relativeAt(tokens: Token[], i: number): Match | null {
  const [a, b, c] = [key(tokens[i]), key(tokens[i + 1]), key(tokens[i + 2])];
  const unitPart = (w: string) => (w === 'day' ? null : partOf(w));
  // "Kim is now in Russia": the day of publication.
  if (a === 'now' && ['is', 'are', 'has', 'have'].includes(key(tokens[i - 1])))
    return { to: i + 1, day: (_, p) => p, part: null, relative: false };
  // "shortly before midnight", "after midnight": the end of the day named last, or the next.
  if (a === 'midnight') {
    const after = key(tokens[i - 1]) === 'after';
    return {
      to: i + 1,
      day: (base) => (after ? addDays(base, 1) : base),
      part: after ? 'night' : 'evening',
      relative: true,
    };
  }
  if (a === 'today') return { to: i + 1, day: (_, p) => p, part: null, relative: false };
  if (a === 'tonight') return { to: i + 1, day: (_, p) => p, part: 'evening', relative: false };
  if (a === 'yesterday') {
    const part = partOf(b);
    return { to: i + (part ? 2 : 1), day: (_, p) => addDays(p, -1), part, relative: false };
  }
  if (a === 'tomorrow') {
    const part = partOf(b);
    return { to: i + (part ? 2 : 1), day: (_, p) => addDays(p, 1), part, relative: false };
  }
  if (a === 'this' && ['morning', 'afternoon', 'evening'].includes(b))
    return { to: i + 2, day: (_, p) => p, part: partOf(b), relative: false };
  if (a === 'last' && b === 'night')
    return { to: i + 2, day: (_, p) => addDays(p, -1), part: 'evening', relative: false };
  if (a === 'that' && RELATIVE_UNITS.has(b))
    return { to: i + 2, day: (base) => base, part: unitPart(b), relative: true };
  if (a === 'the' && ['next', 'following'].includes(b) && RELATIVE_UNITS.has(c))
    return { to: i + 3, day: (base) => addDays(base, 1), part: unitPart(c), relative: true };
  if (a === 'the' && b === 'previous' && RELATIVE_UNITS.has(c))
    return { to: i + 3, day: (base) => addDays(base, -1), part: unitPart(c), relative: true };
  // "le lendemain", "l'indomani": one word for "the next day" (lexicon key "next-day").
  if (a === 'next-day')
    return { to: i + 1, day: (base) => addDays(base, 1), part: null, relative: true };
  if (a === 'the' && b === 'same' && c === 'day')
    return { to: i + 3, day: (base) => base, part: null, relative: true };
  if (a === 'the' && b === 'day' && (c === 'after' || c === 'before'))
    return {
      to: i + 3,
      day: (base) => addDays(base, c === 'after' ? 1 : -1),
      part: null,
      relative: true,
    };
  if ((a === 'a' || a === 'one') && b === 'day' && c === 'later')
    return { to: i + 3, day: (base) => addDays(base, 1), part: null, relative: true };
  const n = { two: 2, three: 3, four: 4, five: 5 }[a] ?? (/^[2-9]$/.test(a) ? Number(a) : 0);
  if (n && b === 'days' && c === 'later')
    return { to: i + 3, day: (base) => addDays(base, n), part: null, relative: true };
  return null;
}

/** "Tuesday", "Tuesday morning", "Tuesday's", "next Friday", "12 September", "September 12, 2023". */
export function absoluteAt(tokens: Token[], i: number): Match | null {
  let k = i;
  let shift = 0;
  if (key(tokens[k]) === 'next' || key(tokens[k]) === 'last') {
    if (WEEKDAYS[key(tokens[k + 1])] === undefined) return null;
    shift = key(tokens[k]) === 'next' ? 7 : -7;
    k++;
  }
  const wdTok = tokens[k];
  const wd = named(wdTok) ? WEEKDAYS[key(wdTok)] : undefined;
  // "early one Sunday morning last month", "on a Tuesday": some Sunday, no day to resolve.
  if (wd !== undefined && shift === 0 && ['one', 'a'].includes(key(tokens[k - 1]))) return null;
  if (wd !== undefined) {
    k++;
    if (tokens[k]?.text === '’s' || tokens[k]?.text === "'s") k++;
    const date = dateAt(tokens, tokens[k]?.text === ',' ? k + 1 : k);
    if (date)
      return { ...date, part: partAfter(tokens, date.to).part, to: partAfter(tokens, date.to).to };
    const p = partAfter(tokens, k);
    const same = shift;
    return {
      to: p.to,
      day: (_, pub, future) => weekdayDate(pub, wd, future || same > 0, same),
      part: p.part,
      relative: false,
    };
  }
  const date = dateAt(tokens, i);
  if (!date) return null;
  const p = partAfter(tokens, date.to);
  return { ...date, part: p.part, to: p.to };
}

/** "morning", "night" after a day, or nothing. */
function partAfter(tokens: Token[], k: number): { part: PartOfDay | null; to: number } {
  const part = partOf(key(tokens[k]));
  return part && key(tokens[k]) !== 'tonight' ? { part, to: k + 1 } : { part: null, to: k };
}

/**
 * A weekday's or a month's name as a name: capitalised in English ("May" the month, not "may"),
 * or a word the article's lexicon read as one ("jeudi", "декабря").
 */
const named = (t: Token | undefined): boolean =>
  !!t && (/^\p{Lu}/u.test(t.text) || t.key !== fold(t.text));

/** "12 September [2023]", "the 12th of September", "September 12[th][, 2023]", "10. Dezember". */
function dateAt(tokens: Token[], i: number): Omit<Match, 'part'> | null {
  let k = key(tokens[i]) === 'the' ? i + 1 : i;
  const ord = (t: Token | undefined) =>
    t?.kind === 'number' && /^\d{1,2}$/.test(t.text) ? Number(t.text) : 0;
  const suffix = (j: number) =>
    ['st', 'nd', 'rd', 'th'].includes(key(tokens[j])) && touching(tokens[j - 1], tokens[j])
      ? j + 1
      : j;
  let day = ord(tokens[k]);
  let month = 0;
  if (day) {
    k = suffix(k + 1);
    if (key(tokens[k]) === '.' && touching(tokens[k - 1], tokens[k])) k++;
    if (['of', 'from'].includes(key(tokens[k])) && MONTHS[key(tokens[k + 1])]) k++;
    month = MONTHS[key(tokens[k])] ?? 0;
    if (!month || !named(tokens[k])) return null;
    k++;
  } else {
    month = MONTHS[key(tokens[k])] ?? 0;
    if (!month || !named(tokens[k]) || tokens[k]?.text === 'may' || tokens[k]?.text === 'May')
      return null;
    k++;
    if (key(tokens[k]) === '.') k++;
    day = ord(tokens[k]);
    if (!day) return null;
    k = suffix(k + 1);
  }
  let year: number | undefined;
  const yAt = key(tokens[k]) === ',' ? k + 1 : k;
  const y = tokens[yAt];
  if (y?.kind === 'number' && /^(19|20)\d\d$/.test(y.text)) {
    year = Number(y.text);
    k = yAt + 1;
  }
  // "September 7 last year", "7 septembre de l'année dernière" (read as "last year").
  const last = key(tokens[k]) === 'last' && key(tokens[k + 1]) === 'year';
  if (last && year === undefined) k += 2;
  const m = month;
  const d = day;
  return {
    to: k,
    day: (_, pub) =>
      monthDay(pub, m, d, last && year === undefined ? Number(pub.slice(0, 4)) - 1 : year) ?? pub,
    relative: false,
  };
}
