import type { DayName, PartOfDay } from './figure';

export const DAY_NAMES: DayName[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

export const WEEKDAYS: Record<string, number> = Object.fromEntries(
  DAY_NAMES.flatMap((d, i) => [
    [d.toLowerCase(), i],
    [d.slice(0, 3).toLowerCase(), i],
  ]),
);
WEEKDAYS.tues = 2;
WEEKDAYS.thurs = 4;
// "Sun" and "Sat" are too often something else; "Wed" too.
delete WEEKDAYS.sun;
delete WEEKDAYS.sat;
delete WEEKDAYS.wed;
delete WEEKDAYS.mon;

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Words for a part of the day, and the part the story format files them under. */
export const PART_WORDS: Record<string, PartOfDay> = {
  morning: 'morning',
  dawn: 'morning',
  daybreak: 'morning',
  sunrise: 'morning',
  afternoon: 'afternoon',
  midday: 'afternoon',
  noon: 'afternoon',
  lunchtime: 'afternoon',
  evening: 'evening',
  dusk: 'evening',
  sunset: 'evening',
  nightfall: 'evening',
  night: 'evening',
  tonight: 'evening',
};

/** The hours each part of day names, local time: what the draft writes into `partsOfDay`. */
export const PART_HOURS: Record<PartOfDay, [number, number]> = {
  night: [0, 6],
  morning: [6, 12],
  afternoon: [12, 18],
  evening: [18, 24],
};

/** The part of day an hour of the clock falls in. */
export const partOfHour = (h: number): PartOfDay =>
  h < 6 ? 'night' : h < 12 ? 'morning' : h < 18 ? 'afternoon' : 'evening';

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** `iso` plus `n` days. */
export const addDays = (iso: string, n: number): string =>
  new Date(ms(iso) + n * 86_400_000).toISOString().slice(0, 10);

/** The weekday of a date, 0 = Sunday. */
export const weekday = (iso: string): number => new Date(ms(iso)).getUTCDay();

/** The day name of a date. */
export const dayName = (iso: string): DayName => DAY_NAMES[weekday(iso)] ?? 'Sunday';

/**
 * The date a weekday names, seen from `published`: that day itself when it is the same weekday,
 * else the one before (a report) or after (`future`: what is to come); `shift` ±7 for "next" and
 * "last".
 */
export function weekdayDate(published: string, wd: number, future: boolean, shift = 0): string {
  const p = weekday(published);
  let diff = wd - p;
  if (diff !== 0) {
    if (future && diff < 0) diff += 7;
    if (!future && diff > 0) diff -= 7;
  }
  return addDays(published, diff + shift);
}

/** A date from a day and a month in the published year, or null if no such day. */
export function monthDay(
  published: string,
  month: number,
  day: number,
  year?: number,
): string | null {
  const y = year ?? Number(published.slice(0, 4));
  const iso = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}
