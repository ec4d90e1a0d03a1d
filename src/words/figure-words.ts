import { formatDistance, type Units } from '../journey/format';
import { NETWORK, networkAccuracyWords } from '../journey/network-accuracy';
import type { FigureMakeup } from '../journey/route-figures';

/**
 * What a railway figure is made of, in words: "the railway’s published figures", "published
 * figures and measured track", "… including 24 km measured on an approximate chain".
 */
export function makeupWords(m: FigureMakeup, units: Units): string {
  const parts: string[] = [];
  if (m.published > 0) parts.push('the railway’s published figures');
  if (m.measured > 0)
    parts.push(`${formatDistance(m.measured, units)} measured along mapped track`);
  if (m.approximate > 0)
    parts.push(
      `${formatDistance(m.approximate, units)} measured on an approximate line (straight lines between stations)`,
    );
  if (m.network > 0)
    parts.push(`${formatDistance(m.network, units)} measured on ${networkAccuracyWords()}`);
  if (m.none > 0)
    parts.push(
      `${formatDistance(m.none, units)} with no track data (the straight line between the stops stands in)`,
    );
  if (parts.length === 0) return 'no distance';
  return parts.length === 1
    ? (parts[0] as string)
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Short form for a table cell: "railway figure", "railway + measured", "includes approx.". */
export function makeupShort(m: FigureMakeup): string {
  if (m.none > 0) return m.none >= total(m) ? 'no track data' : 'part with no track data';
  if (m.approximate > 0) return 'includes approx. part';
  if (m.network > 0)
    return m.network >= total(m) ? 'Natural Earth track' : 'includes Natural Earth track';
  if (m.published > 0 && m.measured > 0) return 'railway figure + measured';
  return m.published > 0 ? 'railway figure' : 'measured';
}

const total = (m: FigureMakeup) => m.published + m.measured + m.approximate + m.network + m.none;

/** Whether a figure needs track the story does not have (any of it). */
export const lacksTrack = (m: FigureMakeup): boolean => m.none > 0;

/**
 * A figure that needs the track, in words: the number where the track is known, "no track data"
 * where none of it is, and the number with what it lacks where part of it is.
 */
export function trackFigure(
  km: number,
  m: FigureMakeup,
  units: Units,
  format: (km: number) => string = (x) => formatDistance(x, units),
): string {
  if (m.none <= 0) return m.network > 0 ? `about ${format(km)}` : format(km);
  if (m.none >= total(m)) return 'no track data';
  return `${format(km)} (${formatDistance(m.none, units)} without track data)`;
}

/**
 * A rail figure as a sentence's part: "about 655 km by rail (Natural Earth track, usually 1–5%
 * short)" where the world network measured any of it, "655 km by rail (part approx.)" where an
 * approximate chain did, else "655 km by rail".
 */
export function railFigureWords(km: number, m: FigureMakeup, d: (km: number) => string): string {
  if (m.network > 0) return `about ${d(km)} by rail (${networkAccuracyWords()})`;
  return `${d(km)} by rail${m.approximate > 0 ? ' (part approx.)' : ''}`;
}

/** The legend's line for track routed on the world rail network: what it is, where it comes from. */
export const NETWORK_LEGEND = `${NETWORK.name}: the route along Natural Earth’s 1:10m railroads (public domain) through the places the story names, usually 1–5% shorter than the railway’s figure`;
