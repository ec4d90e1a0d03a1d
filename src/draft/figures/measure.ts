import { numberAt } from '../numbers';
import { type Token, touching } from '../text';
import { type MeasureFigure, qualifierBefore, tidy } from './figure';
import { type UnitFamily, type UnitSpan, unitAfter } from './units';

/** A number with its unit, before the family's own rules look at it. */
export interface RawMeasure {
  from: number;
  to: number;
  numberFrom: number;
  value: number;
  unit: UnitSpan;
  words: boolean;
  qualifier: string | null;
  /** The upper figure of a range ("20 to 24 hours"), whose lower one is `value`. */
  upper?: number;
}

/** Words between the two figures of a range: "20 to 24 hours", "between 90 and 110 km/h". */
const RANGE = new Set(['to', '-', '–', 'and', 'or']);
/** Words before a clock time that "horas", "hours" may follow ("a las 08.40 horas"). */
const CLOCK_BEFORE = new Set(['at', 'las', 'la', 'alle', 'um', 'vers', 'к']);

/** "20 to 24 hours": the range's upper number and its unit, when `n` is its lower number. */
function rangeAt(tokens: Token[], n: { from: number; to: number; value: number }) {
  const w = tokens[n.to]?.key ?? '';
  if (!RANGE.has(w)) return null;
  if (w === 'and' && tokens[n.from - 1]?.key !== 'between') return null;
  const m = numberAt(tokens, n.to + 1);
  if (!m || m.value <= n.value) return null;
  const unit = unitAfter(tokens, m.to);
  return unit ? { upper: m.value, unit } : null;
}

/** Articles of clock times before a whole hour ("a las 10 horas", "alle 10", "às 10 horas"). */
const CLOCK_ARTICLE = new Set(['las', 'alle']);

/**
 * "a las 08.40 horas", "a las 13:30 horas", "às 10 horas": a clock time with the word for hours
 * after it, not a duration.
 */
function clockHours(tokens: Token[], i: number, unit: UnitSpan): boolean {
  if (unit.family !== 'duration') return false;
  const text = tokens[i]?.text ?? '';
  const before = tokens[i - 1];
  // "13:30 horas" read as "13", ":", "30": the number after the colon is the clock's minutes.
  const hour = tokens[i - 2];
  if (
    /^[.:]$/.test(before?.text ?? '') &&
    /^\d{1,2}$/.test(hour?.text ?? '') &&
    touching(hour, before) &&
    touching(before, tokens[i])
  )
    return true;
  if (/^\d{1,2}[.:]\d\d$/.test(text) && CLOCK_BEFORE.has(before?.key ?? '')) return true;
  const article = CLOCK_ARTICLE.has(before?.key ?? '') || before?.text.toLowerCase() === 'às';
  return article && /^\d{1,2}$/.test(text) && Number(text) <= 24;
}

/** Every number followed by a unit of `family` in `tokens`, in order, none overlapping. */
export function rawMeasures(tokens: Token[], family: UnitFamily): RawMeasure[] {
  const out: RawMeasure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = numberAt(tokens, i);
    if (!n) continue;
    const range = rangeAt(tokens, n);
    const unit = range?.unit ?? unitAfter(tokens, n.to);
    if (!unit) {
      i = n.to - 1;
      continue;
    }
    if (unit.family === family && !clockHours(tokens, i, unit)) {
      const q = qualifierBefore(tokens, i);
      out.push({
        from: q.from,
        to: unit.to,
        numberFrom: i,
        value: n.value,
        unit,
        words: n.words,
        qualifier: q.text,
        ...(range ? { upper: range.upper } : {}),
      });
    }
    i = unit.to - 1;
  }
  return out;
}

/**
 * The same figure in a second unit right after the first: "98km (61 miles)", "61 miles
 * (98km)", "50 km/h, or 31 mph". Returns it and one past its last token (the closing bracket).
 */
export function secondFigure(
  tokens: Token[],
  first: RawMeasure,
  family: UnitFamily,
): { value: number; unit: UnitSpan; to: number } | null {
  let i = first.to;
  const open = tokens[i];
  let bracket = false;
  if (open?.text === '(') {
    bracket = true;
    i++;
  } else if (open?.text === ',' && tokens[i + 1]?.key === 'or') i += 2;
  else if (open?.key === 'or') i++;
  else return null;
  // "(about 61 miles)": up to two hedge words before the number.
  let n = numberAt(tokens, i);
  for (let skip = 1; !n && skip <= 2; skip++)
    if (qualifierBefore(tokens, i + skip).from === i) n = numberAt(tokens, i + skip);
  if (!n) return null;
  const unit = unitAfter(tokens, n.to);
  if (!unit || unit.family !== family || unit.unit === first.unit.unit) return null;
  let to = unit.to;
  if (bracket) {
    if (tokens[to]?.text !== ')') return null;
    to++;
  }
  return { value: n.value, unit, to };
}

/** The figures of a raw measure and its second unit, as the story format writes them. */
export function toFigure(
  tokens: Token[],
  m: RawMeasure,
  family: UnitFamily,
): Omit<MeasureFigure, 'kind' | 'note'> {
  const second = secondFigure(tokens, m, family);
  const figures = [{ value: tidy(m.value * m.unit.factor), unit: m.unit.unit }];
  if (second)
    figures.push({ value: tidy(second.value * second.unit.factor), unit: second.unit.unit });
  const to = second ? second.to : m.to;
  return {
    family,
    start: tokens[m.from]?.start ?? 0,
    end: tokens[to - 1]?.end ?? 0,
    from: m.from,
    to,
    figures,
    qualifier: m.qualifier,
    words: m.words,
  };
}

/** The figures of `family`, each with its second unit, none counted twice ("98km (61 miles)"). */
export function measureFigures(
  tokens: Token[],
  family: UnitFamily,
): Omit<MeasureFigure, 'kind' | 'note'>[] {
  const out: Omit<MeasureFigure, 'kind' | 'note'>[] = [];
  let last = 0;
  for (const m of rawMeasures(tokens, family)) {
    if (m.from < last) continue;
    const f = toFigure(tokens, m, family);
    out.push(f);
    last = f.to;
  }
  return out;
}
