import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { ClaimResult } from '../journey/claims';
import type { Mode } from './choices';
import { formatDistance, type Units } from './format';
import { reportedText } from './reported-text';

/**
 * One straight line (and a label point at its middle) per pair of places the articles give a distance for, labelled with the
 * articles' figures (Reported) or this map's (Computed). The figures come from the claim
 * results; nothing is measured here.
 */
export function claimLines(
  results: ClaimResult[],
  position: (place: string) => Position | undefined,
  mode: Mode,
  units: Units,
  articleShort: (id: string) => string,
): FeatureCollection<Geometry> {
  const pairs = new Map<string, Extract<ClaimResult, { check: 'distance' }>[]>();
  for (const r of results) {
    if (r.check !== 'distance') continue;
    const key = [...r.claim.places].sort().join('--');
    pairs.set(key, [...(pairs.get(key) ?? []), r]);
  }
  const features: FeatureCollection<Geometry>['features'] = [];
  for (const [key, rs] of pairs) {
    const first = rs[0];
    const [a, b] = first?.claim.places ?? [];
    const pa = a ? position(a) : undefined;
    const pb = b ? position(b) : undefined;
    if (!first || !pa || !pb) continue;
    const label =
      mode === 'reported'
        ? rs
            .map(
              (r) =>
                `${reportedText(r.claim, units).replace(/^(about|around) /, '')} (${articleShort(r.claim.article)})`,
            )
            .join(' · ')
        : `${formatDistance(first.straightKm, units)} straight · ${first.rail ? `${formatDistance(first.rail.km, units)} rail` : 'no rail'}`;
    const properties = { id: key, label, mode };
    features.push({
      type: 'Feature',
      properties,
      geometry: { type: 'LineString', coordinates: [pb, pa] },
    });
    // The label sits at the middle of the line, level, so it shows even where the line is short.
    const middle = [((pa[0] ?? 0) + (pb[0] ?? 0)) / 2, ((pa[1] ?? 0) + (pb[1] ?? 0)) / 2];
    features.push({
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: middle },
    });
  }
  return { type: 'FeatureCollection', features };
}
