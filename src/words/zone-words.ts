import { utcOffsetHours } from '../journey/zones';

/**
 * A zone named for a reader at the moment `t`: "Vladivostok time" where the zone's own city is a
 * place on the route (`route`: the route's place names), else its offset, "UTC+9": never a city
 * the journey does not pass ("Yakutsk time" for a cosmodrome 1,000 km from Yakutsk).
 */
export function zoneWords(tz: string | undefined, t: number, route: readonly string[]): string {
  if (!tz) return 'UTC';
  const city = (tz.split('/').at(-1) ?? '').replace(/_/g, ' ');
  const own = route.find((n) => n === city || n.startsWith(`${city},`) || n.startsWith(`${city} `));
  if (city && own) return `${city} time`;
  const o = utcOffsetHours(t, tz);
  const h = Math.trunc(Math.abs(o));
  const m = Math.round((Math.abs(o) - h) * 60);
  return `UTC${o < 0 ? '−' : '+'}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}
