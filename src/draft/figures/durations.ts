import { numberAt } from '../numbers';
import type { Token, Tokens } from '../text';
import { type MeasureFigure, qualifierBefore, tidy, type Unit } from './figure';
import { type RawMeasure, rawMeasures } from './measure';
import { unitAfter } from './units';

const key = (t: Token | undefined) => t?.key ?? '';

/** "an hour", "a day", "half an hour", "an hour and a half" as raw measures (value 1 or 0.5). */
function articleMeasures(tokens: Token[]): RawMeasure[] {
  const out: RawMeasure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const half = key(tokens[i]) === 'half' && ['a', 'an'].includes(key(tokens[i + 1]));
    const at = half ? i + 1 : i;
    if (!['a', 'an'].includes(key(tokens[at]))) continue;
    const unit = unitAfter(tokens, at + 1);
    if (unit?.family !== 'duration' || unit.adjective) continue;
    if (!['hour', 'day', 'week', 'minute'].includes(key(tokens[unit.to - 1]))) continue;
    const q = qualifierBefore(tokens, i);
    out.push({
      from: q.from,
      to: unit.to,
      numberFrom: i,
      value: half ? 0.5 : 1,
      unit,
      words: true,
      qualifier: q.text,
    });
  }
  return out;
}

/** "and a half" after a unit ("two and a half hours" is the number's own). */
function andAHalf(tokens: Token[], to: number): number {
  return ['and', 'a', 'half'].every((w, k) => key(tokens[to + k]) === w) ? to + 3 : to;
}

const JOINS = new Set(['and', 'y', 'et', 'und', 'e', 'и']);

/** Past a "," and an "and" between two parts of one duration ("three hours, 38 minutes"). */
function joined(tokens: Token[], to: number): number {
  let at = key(tokens[to]) === ',' ? to + 1 : to;
  if (JOINS.has(key(tokens[at]))) at++;
  return at;
}

/**
 * "an hour and 20 minutes", "two hours 15 minutes", "the three-hour, 47-minute ride", "27 hours,
 * 25 minutes and seven seconds": the minutes (and seconds) that follow the hours, in minutes.
 */
function minutesAfter(tokens: Token[], to: number): { value: number; to: number } | null {
  const n = numberAt(tokens, joined(tokens, to));
  if (!n) return null;
  const unit = unitAfter(tokens, n.to);
  if (unit?.unit !== 'min' || unit.factor !== 1) return null;
  const s = numberAt(tokens, joined(tokens, unit.to));
  const sec = s && /^seconds?$/.test(key(tokens[s.to])) ? s : null;
  return sec
    ? { value: n.value + sec.value / 60, to: sec.to + 1 }
    : { value: n.value, to: unit.to };
}

/**
 * Every duration in the article, in the story format's `h` and `min`: "a six-hour ride", "just
 * over 30 hours", "the 90-minute hop", "two and a half hours", "an hour and 20 minutes", "three
 * days" (as 72 h, with a note). Years and months are not journey durations ("four years since").
 */
export function durations(t: Tokens): MeasureFigure[] {
  const all = [...rawMeasures(t.tokens, 'duration'), ...articleMeasures(t.tokens)].sort(
    (a, b) => a.from - b.from,
  );
  const out: MeasureFigure[] = [];
  let last = -1;
  for (const m of all) {
    if (m.from < last) continue;
    let to = m.to;
    let value = m.value * m.unit.factor;
    let unit: Unit = m.unit.unit;
    let note: string | undefined;
    if (!m.unit.adjective) {
      const halfTo = andAHalf(t.tokens, to);
      if (halfTo > to) {
        value += 0.5 * m.unit.factor;
        to = halfTo;
      }
    }
    const mins = unit === 'h' && m.unit.factor === 1 ? minutesAfter(t.tokens, to) : null;
    if (mins) {
      value = value * 60 + mins.value;
      unit = 'min';
      to = mins.to;
    }
    if (m.unit.factor > 1)
      note = `${m.value} ${m.unit.factor === 24 ? 'day' : 'week'}${m.value === 1 ? '' : 's'} read as ${tidy(value)} h.`;
    if (m.upper !== undefined)
      note = `A range, ${m.value} to ${m.upper}: read as its lower figure.${note ? ` ${note}` : ''}`;
    last = to;
    out.push({
      family: 'duration',
      start: t.tokens[m.from]?.start ?? 0,
      end: t.tokens[to - 1]?.end ?? 0,
      from: m.from,
      to,
      figures: [{ value: tidy(value), unit }],
      qualifier: m.qualifier,
      words: m.words,
      ...(note ? { note } : {}),
    });
  }
  return out;
}
