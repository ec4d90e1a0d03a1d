import { formatDistance, formatSpeed, type Units } from '../journey/format';
import type { KeptSchedule, MissedTime } from '../journey/kept-schedule';
import type { PropagatedWindow } from '../journey/timeline';
import { localTime, type Zones } from './time-words';

const HOUR = 3_600_000;
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * The schedule that keeps the reported times, in words: the latest reported time a speed cannot
 * keep and why, before Play; and, while the train waits at a place, until when and why.
 */
export function scheduleWords(name: (id: string) => string, zones: Zones, first: string) {
  /** "This speed cannot keep every reported time: …", or null when it keeps them all. */
  const missed = (s: KeptSchedule, units: Units, chosen: boolean): string | null => {
    const m: MissedTime | null = s.missed;
    if (!m) return null;
    const from = m.since.place ?? first;
    const at = (t: number, place: string, end = false) => localTime(t, zones[place], end);
    const start = m.since.wait
      ? `from ${name(from)}, where the articles have it no earlier than ${at(m.since.t, from)}`
      : `from ${name(from)}, leaving ${at(m.since.t, from)}${chosen ? ' (the chosen departure)' : ' (the earliest the reported days allow)'}`;
    const run = `${formatDistance(m.km - m.since.km, units)} at ${formatSpeed(s.speedKmh, units)} take ${WHOLE.format((m.reach - m.since.t) / HOUR)} h`;
    const need = Number.isFinite(m.needKmh)
      ? `; keeping it needs at least ${formatSpeed(Math.ceil(m.needKmh), units)}`
      : '; no speed keeps it';
    const later = m.since.wait ? '' : chosen ? ', or an earlier departure' : '';
    return `This speed cannot keep every reported time: the train reaches ${name(m.place)} on ${at(m.reach, m.place)}, after the latest the articles allow there (${at(m.end, m.place, true)}). The ${run} ${start}${need}${later}.`;
  };

  /** While the train waits for a reported time: "Held at … until …", else null. */
  const held = (s: KeptSchedule, events: PropagatedWindow[], t: number): string | null => {
    for (const w of s.waits) {
      const e = events.find((x) => x.place === w.place);
      if (!e || t >= e.start || t < e.start - w.hours * HOUR) continue;
      return `Within what the reported days allow: held at ${name(w.place)} until ${at0(e.start, w.place)}, the earliest the articles have the train there.`;
    }
    return null;
  };
  const at0 = (t: number, place: string) => localTime(t, zones[place]);

  return { missed, held };
}

/**
 * A departure among the clock's choices: "Sun 10 Sep 21:00 (keeps every reported time at this
 * speed)" for the replay's opening one, "(the earliest the reported days allow)" for the first.
 */
export function departureLabel(
  when: string,
  o: { opening: boolean; earliest: boolean; keeps: boolean },
): string {
  const notes = [
    o.opening && o.keeps ? 'keeps every reported time at this speed' : '',
    o.earliest ? 'the earliest the reported days allow' : '',
  ].filter(Boolean);
  return notes.length > 0 ? `${when} (${notes.join('; ')})` : when;
}
