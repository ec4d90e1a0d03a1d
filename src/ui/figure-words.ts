import { formatDistance, type Units } from '../journey/format';
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
  if (parts.length === 0) return 'no distance';
  return parts.length === 1
    ? (parts[0] as string)
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Short form for a table cell: "railway figure", "railway + measured", "includes approx.". */
export function makeupShort(m: FigureMakeup): string {
  if (m.approximate > 0) return 'includes approx. part';
  if (m.published > 0 && m.measured > 0) return 'railway figure + measured';
  return m.published > 0 ? 'railway figure' : 'measured';
}
