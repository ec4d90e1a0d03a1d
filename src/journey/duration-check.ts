import type { Position } from 'geojson';
import type { Claim } from '../data/claims-schema';
import type { ClaimCheck, ClaimContext } from './claim-types';
import { straightKm } from './distance';
import { hoursAt } from './travel-time';
import { type Verdict, verdictFor } from './verdict';

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

/**
 * How long the train takes between two places: by rail where there is track, else along the
 * straight line, at each speed the articles report (at the chosen speed when they report none).
 * A reported time holds within 10% of the span those speeds give, is loose within 25% and does
 * not hold beyond; with no figure, the computed time stands alone.
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
  const km = rail ? rail.km : straightKm(a, b);
  const basis: 'rail' | 'straight' = rail ? 'rail' : 'straight';
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
  return { ...base, ...at, verdict: verdictFor(off) };
}
