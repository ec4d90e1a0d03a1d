/**
 * How exact the world rail network is (docs/network.md, measured against the railway's published
 * figures): Natural Earth's 1:10m track cuts corners, so a figure measured on it is short, by 1–5%
 * on long lines and up to about 15% on short winding stretches.
 */
export const NETWORK = {
  /** The `routed.network` a leg on it carries. */
  id: 'natural-earth-10m',
  name: 'Natural Earth track',
  credit: 'Natural Earth 1:10m railroads (public domain), routed by story:route',
  license: 'public domain (Natural Earth)',
  /** How short a long figure usually is: the true length is up to this much longer. */
  usualShort: [0.01, 0.05] as const,
  /** How short a short winding stretch can be (Ussuriysk–Vladivostok: 95 km for 112). */
  worstShort: 0.15,
  /** How far a stop may lie from the track before the leg stays a great circle. */
  snapKm: 10,
} as const;

/** A figure's piece measured on the network, as its source. */
export const NETWORK_PIECE =
  'measured on Natural Earth track (routed by story:route; usually 1–5% short)';

/** "Natural Earth track, usually 1–5% short". */
export const networkAccuracyWords = (): string =>
  `${NETWORK.name}, usually ${NETWORK.usualShort[0] * 100}–${NETWORK.usualShort[1] * 100}% short`;

/**
 * The lengths a figure measured partly on the network may stand for: from the figure itself to
 * the figure with its network part lengthened by the usual error (the true track is longer).
 */
export function networkBand(km: number, networkKm: number): [number, number] {
  const short = NETWORK.usualShort[1];
  return [km, km + networkKm * (1 / (1 - short) - 1)];
}

/**
 * How far a reported figure is from a band of lengths, relative to the band's nearer end: 0
 * inside it. A figure the network's own error could explain is not wrong by that difference.
 */
export function bandDiffRel(reportedKm: number, [lo, hi]: [number, number]): number {
  if (reportedKm < lo) return (reportedKm - lo) / lo;
  if (reportedKm > hi) return (reportedKm - hi) / hi;
  return 0;
}

/** Whether a leg is drawn as track: surveyed, or routed on the world rail network. */
export const drawnAsTrack = (p: {
  accuracy?: unknown;
  routed?: unknown;
  track?: unknown;
}): boolean =>
  p.accuracy === 'surveyed' || (p.routed !== undefined && p.routed !== null && p.track !== false);
