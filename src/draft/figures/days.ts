import type { Token, Tokens } from '../text';
import { addDays, dayName, PART_HOURS, partOfHour } from './calendar';
import { absoluteAt, type Match, partOf, relativeAt } from './day-phrases';
import type { DayFigure, PartOfDay } from './figure';

const key = (t: Token | undefined) => t?.key ?? '';
const SAID = new Set([
  'said',
  'says',
  'told',
  'announced',
  'confirmed',
  'reported',
  'added',
  'stated',
]);
const FUTURE = new Set([
  'will',
  'would',
  "'ll",
  'shall',
  'expected',
  'could',
  'may',
  'might',
  'should',
  'upcoming',
  'expect',
  'expects',
  'hopes',
  'intends',
]);
/** Words that speak of the future only before "to": "set to", "due to", "going to". */
const FUTURE_TO = new Set([
  'set',
  'due',
  'going',
  'plan',
  'plans',
  'planned',
  'planning',
  'scheduled',
]);
/** A clock time in the same clause after or before the day ("at 10pm", "6.30 a.m."), as a part. */
function clockPart(tokens: Token[], from: number, to: number): PartOfDay | null {
  const lo = Math.max(0, from - 6);
  const hi = Math.min(tokens.length, to + 6);
  const sentence = tokens[from]?.sentence;
  for (let i = lo; i < hi; i++) {
    const t = tokens[i];
    if (t?.kind !== 'number' || t.sentence !== sentence) continue;
    const m = /^(\d{1,2})(?:[.:](\d\d))?$/.exec(t.text);
    if (!m) continue;
    const h = Number(m[1]);
    const next = key(tokens[i + 1]);
    const pm = next === 'pm' || (next === 'p' && key(tokens[i + 2]) === '.');
    const am = next === 'am' || (next === 'a' && key(tokens[i + 2]) === '.');
    if ((pm || am) && h >= 1 && h <= 12) return partOfHour((h % 12) + (pm ? 12 : 0));
    if (tokens[i + 1]?.text === ':' && /^\d\d$/.test(tokens[i + 2]?.text ?? '') && h < 24)
      return partOfHour(h);
    if (m[2] && h < 24 && tokens[i - 1]?.key === 'at') return partOfHour(h);
  }
  return null;
}

/** Qualifiers before the day that say which part of it: "before dawn", "in the early hours of". */
function partBefore(tokens: Token[], i: number): { part: PartOfDay | null; from: number } {
  const w = (k: number) => key(tokens[i - k]);
  if (w(1) === 'dawn' && w(2) === 'before') return { part: 'night', from: i - 2 };
  if ((w(1) === 'before' || w(1) === 'after' || w(1) === 'by') && w(0) === 'midnight')
    return { part: null, from: /^(shortly|just|soon|well)$/.test(w(2)) ? i - 2 : i - 1 };
  if (w(1) === 'of' && w(2) === 'hours' && w(3) === 'early' && w(4) === 'the')
    return { part: 'night', from: i - (w(5) === 'in' ? 5 : 4) };
  if (w(1) === 'of' && partOf(w(2)) && w(3) === 'the') return { part: partOf(w(2)), from: i - 3 };
  if (w(1) === 'on' && (w(2) === 'early' || w(2) === 'late')) return { part: null, from: i - 2 };
  if (w(1) === 'on' || w(1) === 'by' || w(1) === 'until') return { part: null, from: i - 1 };
  if (w(1) === 'early' || w(1) === 'late' || w(1) === 'later') return { part: null, from: i - 1 };
  return { part: null, from: i };
}

/** Whether the sentence speaks of what is to come, before token `i`. */
function futureBefore(tokens: Token[], i: number): boolean {
  const s = tokens[i]?.sentence;
  for (let k = i - 1; k >= 0 && tokens[k]?.sentence === s; k--) {
    const w = key(tokens[k]);
    if (FUTURE.has(w) || (FUTURE_TO.has(w) && key(tokens[k + 1]) === 'to')) return true;
  }
  return false;
}

/** Whether token `i` stands inside a quotation its paragraph opens before it. */
function quoted(t: Tokens, i: number): boolean {
  const tok = t.tokens[i];
  if (!tok) return false;
  const before = t.text.slice(t.text.lastIndexOf('\n', tok.start) + 1, tok.start);
  // A closing single quote is one no letter follows ("Kim’s" is an apostrophe, "today’" is not).
  const closer = Math.max(
    before.lastIndexOf('”'),
    before.lastIndexOf('»'),
    before.search(/’(?!\p{L})[^’]*$/u),
  );
  const opener = Math.max(...['“', '‘', '«', '„'].map((q) => before.lastIndexOf(q)));
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  return opener > closer || straight;
}

/**
 * Every day the article names, resolved against `published` (YYYY-MM-DD): "on Tuesday morning",
 * "early on Friday", "that evening", "before dawn the next day", "12 September". Relative days
 * ("the next day") count from the day named last. Years alone ("the 2019 summit") are no day.
 */
export function days(t: Tokens, published: string): DayFigure[] {
  const out: DayFigure[] = [];
  const { tokens } = t;
  // The day named last counts "the next day"; the clock runs on from the last time told.
  let base = published;
  let now = published;
  let hour: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const m = relativeAt(tokens, i) ?? absoluteAt(tokens, i) ?? clockAt(tokens, i);
    if (!m) continue;
    // "who said that ‘today’s opening …’": the day of the words quoted, not one to count from.
    if (key(tokens[i]) === 'today' && quoted(t, i)) continue;
    // "instead of the scheduled 9.55 am", "was scheduled to reach at 10.10 am": the timetable's
    // time, not what happened; it neither makes a day nor moves the clock on.
    if (m.clock && timetabled(tokens, i)) {
      i = m.to - 1;
      continue;
    }
    const hedged = /^(shortly|just|soon|well)$/.test(key(tokens[i - 1]));
    const before = m.clock ? { part: null, from: hedged ? i - 1 : i } : partBefore(tokens, i);
    const future = futureBefore(tokens, i);
    const part = before.part ?? m.part ?? clockPart(tokens, before.from, m.to);
    // A time told after a later one has crossed midnight: "left at 10.40pm … shortly after 1am".
    const at = m.hour ?? (part ? PART_HOURS[part][0] : null);
    // A report tells of days up to its publication: a time past midnight that would land after it
    // is another time of the same day ("started at 10.55 pm … reached at 1.59 pm"), unless the
    // sentence looks ahead ("will arrive at 7 am").
    // Only from the afternoon on: "arrived at 09.34 … the 06.11 the other way" is another train
    // of the same morning, not a night gone by.
    const crossed: boolean =
      !!m.clock &&
      m.hour !== undefined &&
      hour !== null &&
      hour >= 12 &&
      m.hour < hour &&
      (addDays(now, 1) <= published || future);
    const day: string = m.clock
      ? crossed
        ? addDays(now, 1)
        : now
      : m.day(base, published, future);
    const first = tokens[before.from];
    const last = tokens[m.to - 1];
    out.push({
      family: 'day',
      start: first?.start ?? 0,
      end: last?.end ?? 0,
      from: before.from,
      to: m.to,
      day,
      dayName: dayName(day),
      partOfDay: part,
      relative: m.relative,
      ...(m.clock ? { clock: true } : {}),
      // What the sentence puts ahead, or a day after publication ("tomorrow").
      future: future || day > published,
    });
    // "the operator said on Monday": the day of a statement is no day to count the next from.
    if (!SAID.has(key(tokens[before.from - 1]))) {
      hour = day === now ? Math.max(hour ?? 0, at ?? 0) : at;
      now = day;
      if (!m.clock) base = day;
    }
    i = m.to - 1;
  }
  // A clock time beside a day ("at 9.15pm on Thursday") is that day's part, not a day of its own.
  return out.filter(
    (d, k) =>
      !d.clock ||
      !out.some(
        (o, j) =>
          j !== k &&
          !o.clock &&
          tokens[o.from]?.sentence === tokens[d.from]?.sentence &&
          (Math.abs(o.from - d.to) <= 3 || Math.abs(d.from - o.to) <= 3),
      ),
  );
}

const TIMETABLE = new Set([
  ...['scheduled', 'instead', 'planned', 'timetabled', 'due', 'expected'],
  ...['prevu', 'prevue', 'previsto', 'prevista', 'programado', 'programada'],
]);

/** A clock time the words just before make the timetable's ("scheduled to reach at"). */
function timetabled(tokens: Token[], i: number): boolean {
  // "was scheduled to commence its journey from New Delhi station at 4.55 pm": up to eight
  // words back, in the same sentence.
  const s = tokens[i]?.sentence;
  for (let k = Math.max(0, i - 8); k < i; k++)
    if (tokens[k]?.sentence === s && TIMETABLE.has(key(tokens[k]))) return true;
  return false;
}

/**
 * "at 6 am", "by 10.30pm", "at 22:00": a time of the day named last (or of the day of
 * publication), as its part of day.
 */
function clockAt(tokens: Token[], i: number): Match | null {
  if (!['at', 'by', 'around', 'about', 'until', 'before', 'after'].includes(key(tokens[i])))
    return null;
  const n = tokens[i + 1];
  const m = n?.kind === 'number' ? /^(\d{1,2})(?:[.:](\d\d))?$/.exec(n.text) : null;
  if (!m) return null;
  const h = Number(m[1]);
  const w = key(tokens[i + 2]);
  const dotted =
    (w === 'a' || w === 'p') && key(tokens[i + 3]) === '.' && key(tokens[i + 4]) === 'm';
  let hour: number | null = null;
  let to = i + 2;
  if ((w === 'am' || w === 'pm' || dotted) && h >= 1 && h <= 12) {
    hour = (h % 12) + (w === 'pm' || w === 'p' ? 12 : 0);
    to = dotted ? (key(tokens[i + 5]) === '.' ? i + 6 : i + 5) : i + 3;
  } else if (tokens[i + 2]?.text === ':' && /^\d\d$/.test(tokens[i + 3]?.text ?? '') && h < 24) {
    hour = h;
    to = i + 4;
  } else if (m[2] && h < 24) hour = h;
  if (hour === null) return null;
  return { to, day: (base) => base, part: partOfHour(hour), relative: true, clock: true, hour };
}
