import type { Anchor } from './anchors';
import { type ClaimSink, idsOf } from './claim-sink';
import { statementDay } from './context';
import { otherTrip, timetableNear } from './other-trips';
import { pairDay } from './pair';
import { stampLine } from './stamp';
import type { Tokens } from './text';

const HEDGES = /\b(probably|likely|possibly|reportedly|expected)\b/i;
const nothing = { qualifier: null, direction: null, day: null, dayName: null };

/** "GUANGZHOU, Sept. 23 (Xinhua) --": a place in capitals opening its sentence, then a comma. */
function dateline(t: Tokens, a: Anchor): boolean {
  const s = t.sentences[t.tokens[a.from]?.sentence ?? 0];
  const text = a.label;
  return (
    !!s &&
    a.from === s.from &&
    text.length > 2 &&
    text === text.toUpperCase() &&
    /\p{Lu}/u.test(text) &&
    t.tokens[a.to]?.text === ','
  );
}

/** The days of one article as datetime claims, at the place the sentence puts them. */
export function dayClaims(o: ClaimSink): void {
  const { t, anchors, figs } = o;
  for (const f of figs.days) {
    const year = o.past(f);
    if (year) {
      o.exclude(f.from, f.to, `about ${year}, not the journey the article reports`);
      continue;
    }
    if (statementDay(t, f)) {
      o.exclude(f.from, f.to, 'the day of a statement, not of the journey');
      continue;
    }
    if (stampLine(t, f.from)) {
      o.exclude(
        f.from,
        f.to,
        "the page's own stamp (updated, published), not a day of the journey",
      );
      continue;
    }
    if (timetableNear(t, f.from, f.to)) {
      o.exclude(f.from, f.to, 'a timetable, not the run the article reports');
      continue;
    }
    // "For the return journey, it will depart … at 3.40 pm": a day of another trip.
    const other = otherTrip(t, f);
    if (other) {
      o.exclude(f.from, f.to, other);
      continue;
    }
    const anchor = pairDay(t, anchors, f);
    if (!anchor) {
      o.exclude(f.from, f.to, 'no place named with this day');
      continue;
    }
    if (dateline(t, anchor)) {
      o.exclude(f.from, f.to, 'a dateline: where the report was filed, not a day of the journey');
      continue;
    }
    const [a, b] = [Math.min(f.from, anchor.from), Math.max(f.to, anchor.to)];
    const hedge = HEDGES.exec(t.text.slice(t.tokens[a]?.start ?? 0, t.tokens[b - 1]?.end ?? 0));
    const notes = [
      f.future
        ? 'Said of what was to come on the day of publication: a forecast, not a report.'
        : '',
      f.relative ? 'Read from the day named before it in the article.' : '',
      /night/i.test(o.text(f)) ? '“Night” is read as the evening (18–24 h local time).' : '',
    ].filter(Boolean);
    o.add(
      f,
      {
        kind: 'datetime',
        places: idsOf([anchor.place]),
        reported: {
          ...nothing,
          text: o.text(f),
          figures: [],
          qualifier: hedge ? (hedge[1] ?? '').toLowerCase() : null,
          day: f.day,
          dayName: f.dayName,
          partOfDay: f.partOfDay,
        },
        ...(f.future ? { forecast: true } : {}),
        note: notes.join(' '),
      },
      anchor,
      null,
      f.relative ? ['a relative day: check the day it counts from'] : [],
    );
  }
}
