/**
 * A page's own stamp line ("Updated: Jan 22, 2020, 10:04 IST - Bengaluru", "Publié le 12/09/2023",
 * "Aktualisiert am 10.12.2017", "입력 2019.02.26"): the day the page was written or changed, and
 * the desk that wrote it, not a day or a place of the journey. A line of its own that opens with
 * a word the lexicons read as `updated`, `published`, `posted` or `modified` ("Last updated",
 * "First published" too), or with one after a separator ("June 28, 2023 | Updated 12:19 am
 * IST"), and a date or a time within three tokens after it ("Published reports said …" is prose).
 */
import { MONTHS, WEEKDAYS } from './figures/calendar';
import type { Tokens } from './text';

const STAMP = new Set(['updated', 'published', 'posted', 'modified']);
/** Keys a date may open with: the calendar's months and weekdays, "today", "yesterday". */
const DATE_WORDS = new Set([
  ...Object.keys(MONTHS),
  ...Object.keys(WEEKDAYS),
  'today',
  'yesterday',
]);
/** Longer than this, a line is prose that happens to open with one of those words. */
const MOST_TOKENS = 40;

/** Separators of a stamp line's parts ("June 28, 2023 12:19 am | Updated 12:19 am IST"). */
const SEPARATORS = new Set(['|', '·', '•', '-', '–', '—']);

/** Whether token k opens a stamp: a stamp word at the line's start or after a separator, a date or time next. */
function stampAt(t: Tokens, k: number, end: number): boolean {
  const key = t.tokens[k]?.key ?? '';
  if (!STAMP.has(key)) return false;
  const before = t.tokens[k - 1];
  const lead = before && (before.key === 'last' || before.key === 'first') ? k - 1 : k;
  const opens = t.tokens[lead]?.sentence !== t.tokens[lead - 1]?.sentence || lead === 0;
  if (!opens && !SEPARATORS.has(t.tokens[lead - 1]?.text ?? '')) return false;
  for (let j = k + 1; j < Math.min(end, k + 4); j++) {
    const tok = t.tokens[j];
    if (tok && (tok.kind === 'number' || DATE_WORDS.has(tok.key))) return true;
  }
  return false;
}

/** Whether token i stands in a stamp line. */
export function stampLine(t: Tokens, i: number): boolean {
  const s = t.sentences[t.tokens[i]?.sentence ?? -1];
  if (!s || s.to - s.from > MOST_TOKENS) return false;
  // The sentence opens its line: only blanks before it, back to a line break or the text's start.
  const before = t.text.slice(Math.max(0, s.start - 200), s.start);
  if (!/(^|\n)[ \t]*$/.test(before) || (s.start > 200 && !before.includes('\n'))) return false;
  for (let k = s.from; k < s.to; k++) if (stampAt(t, k, s.to)) return true;
  return false;
}
