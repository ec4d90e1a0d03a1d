import { type Token, touching } from './text';

/** A number found in the tokens: its value and the tokens [from, to) that spell it. */
export interface NumberSpan {
  value: number;
  from: number;
  to: number;
  /** Spelled in words ("two hundred"), not digits. */
  words: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6 };

/** Digits as printed: "1,200" (thousands), "1.5", "2,5" (a decimal comma). */
export function digitValue(s: string): number | null {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+\.\d+$/.test(s) || /^\d+$/.test(s)) return Number(s);
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.'));
  return null;
}

const isWord = (t: Token | undefined, ...w: string[]) => !!t && w.includes(t.key);

/**
 * The number that starts at token `i`, in digits ("1,200", "1.5 million") or words ("two
 * hundred", "twenty-five", "one and a half", "a hundred"), or null.
 */
export function numberAt(tokens: Token[], i: number): NumberSpan | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'number') {
    const v = digitValue(t.key);
    if (v === null) return null;
    let to = i + 1;
    let value = v;
    const next = tokens[to];
    if (next && !touching(t, next) && (next.key === 'million' || next.key === 'thousand')) {
      value *= SCALES[next.key] ?? 1;
      to++;
    }
    return withHalf(tokens, { value, from: i, to, words: false });
  }
  return wordsAt(tokens, i);
}

function wordsAt(tokens: Token[], i: number): NumberSpan | null {
  let k = i;
  let total = 0;
  let group = 0;
  let any = false;
  const first = tokens[k];
  // "a hundred", "a thousand"
  if (isWord(first, 'a', 'an') && tokens[k + 1] && SCALES[tokens[k + 1]?.key ?? '']) {
    group = 1;
    k++;
    any = true;
  }
  for (;;) {
    const w = tokens[k];
    if (w?.kind !== 'word') break;
    const key = w.key;
    if (UNITS[key] !== undefined) {
      group += UNITS[key] ?? 0;
      any = true;
      k++;
    } else if (TENS[key] !== undefined) {
      group += TENS[key] ?? 0;
      any = true;
      k++;
      // "twenty-five"
      const dash = tokens[k];
      const unit = tokens[k + 1];
      if (dash?.text === '-' && touching(w, dash) && touching(dash, unit) && unit)
        if (UNITS[unit.key] !== undefined && (UNITS[unit.key] ?? 0) < 10) {
          group += UNITS[unit.key] ?? 0;
          k += 2;
        }
    } else if (SCALES[key] !== undefined && any) {
      const scale = SCALES[key] ?? 1;
      if (scale === 100) group = (group || 1) * 100;
      else {
        total += (group || 1) * scale;
        group = 0;
      }
      k++;
      // "two hundred and fifty"
      if (
        isWord(tokens[k], 'and') &&
        (UNITS[tokens[k + 1]?.key ?? ''] ?? TENS[tokens[k + 1]?.key ?? '']) !== undefined
      )
        k++;
    } else break;
  }
  if (!any) return null;
  return withHalf(tokens, { value: total + group, from: i, to: k, words: true });
}

/** "one and a half", "2 and a half". */
function withHalf(tokens: Token[], n: NumberSpan): NumberSpan {
  const [a, b, c] = [tokens[n.to], tokens[n.to + 1], tokens[n.to + 2]];
  if (isWord(a, 'and') && isWord(b, 'a') && isWord(c, 'half'))
    return { ...n, value: n.value + 0.5, to: n.to + 3 };
  return n;
}
