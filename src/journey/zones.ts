/**
 * Local time in IANA time zones with `Intl`, no hand-kept offsets. Pure: no DOM.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday. */
  weekday: number;
}

/** The wall-clock time in a zone at an instant (ms since the epoch). */
export function localParts(t: number, tz: string): LocalParts {
  const p: Record<string, number> = {};
  for (const { type, value } of formatter(tz).formatToParts(new Date(t)))
    if (type !== 'literal') p[type] = Number(value);
  const year = p.year ?? 0;
  const month = p.month ?? 1;
  const day = p.day ?? 1;
  return {
    year,
    month,
    day,
    hour: p.hour ?? 0,
    minute: p.minute ?? 0,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

/** The zone's offset from UTC at an instant, in hours ("Europe/Paris" in July: 2). */
export function utcOffsetHours(t: number, tz: string): number {
  const p = localParts(t, tz);
  const seconds = new Date(t).getUTCSeconds();
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, seconds);
  return (wall - (t - new Date(t).getUTCMilliseconds())) / 3_600_000;
}

/** The instant a wall-clock time in a zone names: `hour` may be 24 (the end of the day). */
export function zonedTime(day: string, hour: number, tz: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour);
  // Two passes settle the offset on either side of a change of offset.
  let t = wall - utcOffsetHours(wall, tz) * 3_600_000;
  t = wall - utcOffsetHours(t, tz) * 3_600_000;
  return t;
}

/** "Paris time" from "Europe/Paris". */
export function zoneName(tz: string): string {
  return `${(tz.split('/').at(-1) ?? tz).replace(/_/g, ' ')} time`;
}
