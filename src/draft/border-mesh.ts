import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BorderLines } from './borders';
import type { CountryInfo } from './gazetteer';

/**
 * Shared borders from a countries topology (world-atlas's, ids ISO 3166 numeric): the arcs two
 * countries have in common, for the draft's border crossings. The CLI reads the topology from
 * its package (tools/draft/gazetteer.ts), the studio from its index; both mesh it here.
 */
export function topologyBorders(
  topology: () => Topology,
  countries: CountryInfo[],
  source: string,
): BorderLines {
  const numeric = new Map(countries.map((c) => [c.alpha2, c.numeric]));
  return (a, b) => {
    const [na, nb] = [numeric.get(a), numeric.get(b)];
    if (!na || !nb) return null;
    const t = topology();
    const object = t.objects.countries;
    if (!object) return null;
    const m = mesh(t, object as GeometryCollection, (x, y) => {
      const ids = [String(x.id), String(y.id)];
      return x !== y && ids.includes(na) && ids.includes(nb);
    });
    return m.coordinates.length ? { lines: m.coordinates, source } : null;
  };
}
