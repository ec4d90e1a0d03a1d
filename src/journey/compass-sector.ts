import { COMPASS, type CompassPoint } from '../data/compass';
import type { Verdict } from './verdict';

/**
 * The compass an article used, from the point it names: "north" and "north-west" are points of
 * the 8-point compass (sectors 45° wide), "north-north-west" only of the 16-point one (22.5°).
 */
export function compassOf(point: CompassPoint): 8 | 16 {
  return COMPASS.indexOf(point) % 2 === 0 ? 8 : 16;
}

/** The point of an n-point compass whose sector a bearing lies in (its sector is centred on it). */
export function sectorPoint(bearing: number, points: 8 | 16): CompassPoint {
  const width = 360 / points;
  const i = Math.floor(((((bearing + width / 2) % 360) + 360) % 360) / width) % points;
  return COMPASS[(i * 16) / points] as CompassPoint;
}

/** How many sectors of an n-point compass lie between two of its points (0 to n / 2). */
function sectorsApart(a: CompassPoint, b: CompassPoint, points: 8 | 16): number {
  const step = 16 / points;
  const d = Math.abs(COMPASS.indexOf(a) - COMPASS.indexOf(b)) / step;
  return Math.min(d, points - d);
}

export interface DirectionJudgement {
  /** The compass the article used, and the point on it whose sector the bearing lies in. */
  points: 8 | 16;
  sector: CompassPoint;
  /** Sectors between the article's point and the bearing's (0: the same sector). */
  sectorsOff: number;
  verdict: Verdict;
}

/**
 * A direction holds when the bearing lies in the sector of the point the article used, on the
 * compass it used; it is loose in the next sector either side, and does not hold beyond.
 */
export function judgeDirection(bearing: number, claimed: CompassPoint): DirectionJudgement {
  const points = compassOf(claimed);
  const sector = sectorPoint(bearing, points);
  const sectorsOff = sectorsApart(sector, claimed, points);
  const verdict: Verdict =
    sectorsOff === 0 ? 'holds' : sectorsOff === 1 ? 'loose' : 'does not hold';
  return { points, sector, sectorsOff, verdict };
}
