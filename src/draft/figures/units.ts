import { type Token, touching } from '../text';
import type { Unit } from './figure';

export type UnitFamily = 'distance' | 'speed' | 'duration';

export interface UnitSpan {
  unit: Unit;
  family: UnitFamily;
  /** Hours per unit for days and weeks, which the story format gives in hours. */
  factor: number;
  /** One past the unit's last token. */
  to: number;
  /** Written as a hyphenated adjective ("a six-hour ride", "a 1,200-kilometre line"). */
  adjective: boolean;
}

const DISTANCE: Record<string, Unit> = {
  km: 'km',
  kms: 'km',
  kilometre: 'km',
  kilometres: 'km',
  kilometer: 'km',
  kilometers: 'km',
  mile: 'mi',
  miles: 'mi',
};
const SPEED_WORDS: Record<string, Unit> = {
  mph: 'mph',
  kph: 'km/h',
  kmh: 'km/h',
  kmph: 'km/h',
};
const DURATION: Record<string, [Unit, number]> = {
  hour: ['h', 1],
  hours: ['h', 1],
  hr: ['h', 1],
  hrs: ['h', 1],
  minute: ['min', 1],
  minutes: ['min', 1],
  min: ['min', 1],
  mins: ['min', 1],
  day: ['h', 24],
  days: ['h', 24],
  week: ['h', 168],
  weeks: ['h', 168],
};

const key = (t: Token | undefined) => t?.key ?? '';

/**
 * The unit that follows a number ending at token `k - 1`: "98km", "98 km", "1,200-kilometre",
 * "59km/h", "50 kilometres per hour", "80 mph", "six-hour", "90 minutes". Null for anything
 * else ("20-carriage", "66", "2019").
 */
export function unitAfter(tokens: Token[], k: number): UnitSpan | null {
  const num = tokens[k - 1];
  let i = k;
  let adjective = false;
  const dash = tokens[i];
  if (dash?.text === '-' && touching(num, dash) && touching(dash, tokens[i + 1])) {
    adjective = true;
    i++;
  }
  const w = tokens[i];
  if (w?.kind !== 'word') return null;
  // A bare "h" or "m" is a unit only when written against the number, or, for "h", when minutes
  // follow ("3 h 8 min").
  if (w.key === 'h' && !touching(tokens[i - 1], w) && !minutesNext(tokens, i + 1)) return null;
  const speed = SPEED_WORDS[w.key];
  if (speed) return { unit: speed, family: 'speed', factor: 1, to: i + 1, adjective };
  const dist = DISTANCE[w.key];
  if (dist) {
    const per = perHour(tokens, i + 1);
    if (per > 0)
      return {
        unit: dist === 'km' ? 'km/h' : 'mph',
        family: 'speed',
        factor: 1,
        to: per,
        adjective,
      };
    return { unit: dist, family: 'distance', factor: 1, to: i + 1, adjective };
  }
  const dur = DURATION[w.key] ?? (w.key === 'h' ? (['h', 1] as [Unit, number]) : undefined);
  if (dur) return { unit: dur[0], family: 'duration', factor: dur[1], to: i + 1, adjective };
  return null;
}

/** "8 min" at `i`: a number, then minutes. */
const minutesNext = (tokens: Token[], i: number) =>
  tokens[i]?.kind === 'number' && /^min(s|utes?)?$/.test(key(tokens[i + 1]));

/**
 * Words for "per" before an hour word, as the lexicons read them: "per hour", "an hour",
 * "kilómetros por hora" (through), "kilomètres à l'heure" (to), "километров в час" (in).
 */
const PER = new Set(['per', 'an', 'a', 'through', 'to', 'in']);
const HOUR = new Set(['hour', 'hr', 'h']);

/** "/h", "/hr", " / ч", " per hour", " an hour", " por hora" after a distance unit: one past it, or 0. */
function perHour(tokens: Token[], i: number): number {
  const a = tokens[i];
  const b = tokens[i + 1];
  // "km/h" and the spaced "км / ч" alike.
  if (a?.text === '/' && HOUR.has(key(b))) return i + 2;
  if (PER.has(key(a)) && HOUR.has(key(b))) return i + 2;
  // "à l'heure": an elided article between.
  if (PER.has(key(a)) && key(b).endsWith("'") && HOUR.has(key(tokens[i + 2]))) return i + 3;
  return 0;
}
