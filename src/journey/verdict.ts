/**
 * How far a reported figure may stray from the computed one and still be called what: the UI
 * prints these thresholds beside the verdicts.
 */
export const THRESHOLDS = { holds: 0.1, loose: 0.25 } as const;
/** Directions: within one point of the 16-point compass holds, within two is loose. */
export const DIRECTION_THRESHOLDS = { holds: 22.5, loose: 45 } as const;

export type Verdict =
  | 'holds'
  | 'loose'
  | 'does not hold'
  | 'impossible'
  | 'no figure'
  | 'not checked';

/**
 * No route on Earth is shorter than the straight line (the geodesic). A reported distance more
 * than the `holds` margin below it cannot be any route's length, however rounded: impossible.
 */
export function belowStraightLine(reportedKm: number, straightKm: number): boolean {
  return reportedKm < straightKm * (1 - THRESHOLDS.holds);
}

export function verdictFor(relativeDifference: number): Verdict {
  const d = Math.abs(relativeDifference);
  if (d <= THRESHOLDS.holds) return 'holds';
  if (d <= THRESHOLDS.loose) return 'loose';
  return 'does not hold';
}

export function directionVerdict(degreesOff: number): Verdict {
  if (degreesOff <= DIRECTION_THRESHOLDS.holds) return 'holds';
  if (degreesOff <= DIRECTION_THRESHOLDS.loose) return 'loose';
  return 'does not hold';
}
