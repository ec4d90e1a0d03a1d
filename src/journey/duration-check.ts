import type { Position } from 'geojson';
import type { Claim } from '../data/claims-schema';
import type { ClaimCheck, ClaimContext } from './claim-types';
import { straightKm } from './distance';
import { hoursAt } from './travel-time';
import { roundingOf, type Verdict, verdictFor } from './verdict';

type Checked = ClaimCheck & { verdict: Verdict };

/** The reported time in hours, from the claim's `h` and `min` figures (null when it has none). */
export function reportedHours(claim: Claim): number | null {
  let hours = 0;
  let any = false;
  for (const f of claim.reported.figures) {
    if (f.unit === 'h') hours += f.value;
    else if (f.unit === 'min') hours += f.value / 60;
    else continue;
    any = true;
  }
  return any ? hours : null;
}

/** The rounding of the reported time, in hours: that of its last figure ("10 hours": 5 h). */
function roundingHours(claim: Claim): number {
  const last = claim.reported.figures.filter((f) => f.unit === 'h' || f.unit === 'min').at(-1);
  if (!last) return 0;
  return last.unit === 'h' ? roundingOf(last.value) : roundingOf(last.value) / 60;
}

/**
 * How long the train takes between two places: by rail where there is track all the way, else
 * along the route's stops (the straight line between consecutive stops where there is no track),
 * else (places off the route) along the straight line between them, at each speed the articles
 * report (at the chosen speed when they report none). A reported time holds within 10% of the
 * span those speeds give, is loose within 25% (or within its own rounding) and does not hold
 * beyond; with no figure, the computed time stands alone.
 */
export function durationCheck(
  claim: Claim,
  a: Position,
  b: Position,
  ctx: ClaimContext,
  subject: string,
  ref: string,
): Checked {
  const rail = ctx.railway(subject, ref);
  const stops = rail ? null : ctx.alongStops(subject, ref);
  const km = rail ? rail.km : stops ? stops.km : straightKm(a, b);
  const basis: 'rail' | 'stops' | 'straight' = rail ? 'rail' : stops ? 'stops' : 'straight';
  const speeds =
    ctx.speeds.length > 0
      ? ctx.speeds.map((s) => ({ kmh: s.kmh, by: s.short }))
      : [{ kmh: ctx.speedKmh, by: 'chosen' }];
  const times = speeds.map((s) => ({ ...s, hours: hoursAt(km, s.kmh) }));
  const reported = reportedHours(claim);
  const base = { check: 'duration' as const, km, basis, reportedHours: reported, times };
  const at = { hours: hoursAt(km, ctx.speedKmh), speedKmh: ctx.speedKmh };
  if (reported === null) return { ...base, ...at, verdict: 'no figure' };
  const lo = Math.min(...times.map((t) => t.hours));
  const hi = Math.max(...times.map((t) => t.hours));
  const off = reported < lo ? (reported - lo) / lo : reported > hi ? (reported - hi) / hi : 0;
  const r = roundingHours(claim);
  const within = reported + r >= lo && reported - r <= hi;
  return { ...base, ...at, verdict: verdictFor(off, within) };
}
