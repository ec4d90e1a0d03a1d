import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { ClaimResult } from '../journey/claims';
import type { Choices } from './choices';
import { formatDistance } from './format';
import { reportedText } from './reported-text';
import { shownVerdict } from './shown-verdict';
/**
 * One straight line (and a label point at its middle) per pair of places the articles give a
 * distance for, labelled with the articles' figures (Reported) or this map's (Computed), and the
 * verdict of each article's figure in words ("98 km (Live page): loose"). The figures and
 * verdicts come from the claim results (as reported, or as what happened settles them);
 * nothing is measured here.
 */
export function claimLines(
  results: ClaimResult[],
  position: (place: string) => Position | undefined,
  c: Pick<Choices, 'mode' | 'units' | 'hindsight'>,
  articleShort: (id: string) => string,
): FeatureCollection<Geometry> {
  const { mode, units } = c;
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
    const verdicts = rs.map((r) => shownVerdict(r, c.hindsight === true));
    const figures =
      mode === 'reported'
        ? reportedFigures(rs, verdicts, units, articleShort)
        : `${formatDistance(first.straightKm, units)} straight · ${first.rail ? `${formatDistance(first.rail.km, units)} rail` : 'no rail'} (${rs.map((r, i) => `${articleShort(r.claim.article)}: ${verdicts[i]}`).join(' · ')})`;
    const properties = { id: key, label: figures, mode };
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

/** How a figure was read, where one figure is judged as two kinds of distance. */
const READ_AS: Record<string, string> = {
  'straight-distance': 'as the crow flies',
  'rail-distance': 'by rail',
  'road-distance': 'by road',
  'unstated-distance': 'either way',
};

/**
 * Each article's figure once, with its verdict: "98 km (Live page): loose"; a figure judged two
 * ways names each ("2438 mi (MN): does not hold as the crow flies, consistent by rail").
 */
function reportedFigures(
  rs: ClaimResult[],
  verdicts: string[],
  units: Choices['units'],
  articleShort: (id: string) => string,
): string {
  const groups = new Map<string, { kind: string; verdict: string }[]>();
  rs.forEach((r, i) => {
    const key = `${reportedText(r.claim, units).replace(/^(about|around) /, '')} (${articleShort(r.claim.article)})`;
    groups.set(key, [
      ...(groups.get(key) ?? []),
      { kind: r.claim.kind, verdict: verdicts[i] ?? '' },
    ]);
  });
  return [...groups]
    .map(([figure, vs]) => {
      const distinct = [...new Set(vs.map((v) => v.verdict))];
      if (distinct.length === 1) return `${figure}: ${distinct[0]}`;
      return `${figure}: ${vs.map((v) => `${v.verdict} ${READ_AS[v.kind] ?? v.kind}`).join(', ')}`;
    })
    .join(' · ');
}
