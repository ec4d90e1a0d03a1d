/**
 * The one vocabulary of verdicts, in the page, the exports and story:check (docs/verdicts.md
 * gives the rule behind each):
 * - holds, loose, does not hold: a figure against the one this map computes, within a margin;
 * - impossible: no route, speed or moment could make it true;
 * - consistent: what is known bounds it but cannot settle it;
 * - refuted: what happened after the articles contradicts it;
 * - no figure: nothing to set it against (the reason says why).
 */
export const VERDICTS = [
  'holds',
  'loose',
  'does not hold',
  'impossible',
  'consistent',
  'refuted',
  'no figure',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * How far a straight-line or unstated figure may stray from the computed one and still be called
 * what: the UI prints these thresholds beside the verdicts.
 */
export const THRESHOLDS = { holds: 0.1, loose: 0.25 } as const;

/**
 * What a distance figure is, by the claim's kind: a straight line, the length of a track or a
 * road (never shorter than the straight line), or not said (it may be either).
 */
export type DistanceBasis = 'straight' | 'track' | 'unstated';

/**
 * No route on Earth is shorter than the straight line (the geodesic). A figure is below it when
 * even the top of its own rounding is: a track or road figure at any margin, a straight-line or
 * unstated figure (which may be rounded further) by more than the `holds` margin.
 */
export function belowStraightLine(
  reportedKm: number,
  straightKm: number,
  basis: DistanceBasis,
  rounding = roundingOf(reportedKm),
): boolean {
  const top = reportedKm + rounding;
  return basis === 'track' ? top < straightKm : top < straightKm * (1 - THRESHOLDS.holds);
}

/**
 * A figure against a measure, by their relative difference: holds within the `holds` margin,
 * loose within the `loose` one, does not hold beyond; but never worse than loose when the
 * measure lies within the figure's own rounding (`within`).
 */
export function verdictFor(relativeDifference: number, within = false): Verdict {
  const d = Math.abs(relativeDifference);
  if (d <= THRESHOLDS.holds) return 'holds';
  if (d <= THRESHOLDS.loose || within) return 'loose';
  return 'does not hold';
}

/**
 * How far a printed figure may be from the value it rounds: half a unit of its last significant
 * digit (50 → 5, 59 → 0.5, 900 → 50, 2.5 → 0.05). "About 50" covers 45 to 55.
 */
export function roundingOf(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  let unit = 1;
  const v = Math.abs(value);
  // Whole numbers: the place of the last non-zero digit; fractions: of the last decimal.
  if (Number.isInteger(v)) {
    let n = v;
    while (n % 10 === 0) {
      n /= 10;
      unit *= 10;
    }
  } else {
    const decimals = String(v).split('.')[1]?.length ?? 0;
    unit = 10 ** -decimals;
  }
  return unit / 2;
}

/** The values a printed figure stands for: from half a unit of its last digit below to above. */
export function bandOf(value: number, rounding = roundingOf(value)): [number, number] {
  return [value - rounding, value + rounding];
}

/** Whether a measure lies within a printed figure's own rounding ("about 50" and 53: yes). */
export function withinRounding(
  value: number,
  measure: number,
  rounding = roundingOf(value),
): boolean {
  return Math.abs(measure - value) <= rounding + 1e-9;
}

/** The verdicts worst first: the order the page counts them in. */
export const BY_SEVERITY: readonly Verdict[] = [
  'refuted',
  'impossible',
  'does not hold',
  'loose',
  'consistent',
  'holds',
  'no figure',
];

/** Counts of each verdict, worst first, leaving out those with none. */
export function countVerdicts(verdicts: Verdict[]): { verdict: Verdict; count: number }[] {
  return BY_SEVERITY.map((v) => ({
    verdict: v,
    count: verdicts.filter((x) => x === v).length,
  })).filter((c) => c.count > 0);
}
