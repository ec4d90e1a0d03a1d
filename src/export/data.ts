import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoData } from '../data/load';
import type { ClaimResult } from '../journey/claims';
import type { JourneyView } from '../journey/model';

/** Figures a claim row carries in the exports: the reported text and the computed numbers. */
function computed(r: ClaimResult): Record<string, string | number | null> {
  switch (r.check) {
    case 'distance':
      return { straight_km: r.straightKm, rail_km: r.rail?.km ?? null, closest: r.closest };
    case 'direction':
      return { bearing_deg: r.bearing, compass: r.compass, degrees_off: r.degreesOff };
    case 'circuitous':
      return { straight_km: r.straightKm, rail_km: r.railKm, ratio: r.ratio };
    case 'duration':
      return { rail_km: r.railKm, hours: r.hours, speed_kmh: r.speedKmh };
    case 'speed':
      return {
        reported_kmh: r.reportedKmh,
        required_kmh: r.requiredKmh,
        binding: `${r.demand.from}--${r.demand.to}`,
      };
    case 'timeline':
      return {
        window_start: r.event.possible ? new Date(r.event.start).toISOString() : null,
        window_end: r.event.possible ? new Date(r.event.end).toISOString() : null,
        required_kmh: r.demand?.kmh ?? null,
        binding: r.demand ? `${r.demand.from}--${r.demand.to}` : null,
        window_max_h: r.demand?.hours ?? null,
        hours: r.hours,
        speed_kmh: r.speedKmh,
        impossible: r.impossible,
        forecast: r.forecast !== null ? 'yes' : 'no',
      };
    case 'none':
      return { reason: r.reason };
  }
}

/** Places, the rail route and the claims with their computed figures, as one FeatureCollection. */
export function exportGeoJSON(
  data: GeoData,
  view: JourneyView,
  position: (id: string) => number[] | undefined,
): FeatureCollection {
  const features: Feature<Geometry | null>[] = [
    ...data.places.map((p) => ({
      type: 'Feature' as const,
      properties: { type: 'place', ...p.properties },
      geometry: p.geometry,
    })),
    ...data.rail.map((l) => ({
      type: 'Feature' as const,
      properties: { type: 'rail-leg', ...l.properties },
      geometry: l.geometry,
    })),
    // The journey between its stops, with the one railway figure the page shows for each leg.
    ...view.legs.map((l, i) => ({
      type: 'Feature' as const,
      properties: {
        type: 'journey-leg',
        id: `${l.from}--${l.to}`,
        railway_km: l.km,
        measured_km: l.rail.km,
        straight_km: l.straightKm,
        hours: view.legHours[i] ?? null,
        speed_kmh: view.speedKmh,
      },
      geometry: null,
    })),
    ...view.claims.map((r) => {
      const [a, b] = r.claim.places.map(position);
      const geometry: Geometry | null =
        a && b
          ? { type: 'LineString', coordinates: [b, a] }
          : a
            ? { type: 'Point', coordinates: a }
            : null;
      return {
        type: 'Feature' as const,
        properties: {
          type: 'claim',
          id: r.claim.id,
          article: r.claim.article,
          quote: r.claim.quote,
          kind: r.claim.kind,
          places: r.claim.places,
          reported: r.claim.reported.text,
          verdict: r.verdict,
          ...computed(r),
        },
        geometry,
      };
    }),
  ];
  return {
    type: 'FeatureCollection',
    features: features as Feature[],
    // Provenance travels with the data (OSM-derived geometry stays under ODbL).
    ...{
      attribution:
        '© OpenStreetMap contributors (ODbL); Made with Natural Earth; quotes from the two articles named per claim',
      speed_kmh: view.speedKmh,
      route_railway_km: view.whole.km,
      route_measured_km: view.whole.measuredKm,
      least_kmh: view.timeline.least?.kmh ?? null,
    },
  } as FeatureCollection;
}

/** A CSV cell: quoted, and never read as a formula by a spreadsheet. */
export function csvCell(v: unknown): string {
  let s =
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** One row per place, rail leg and claim, with the same columns for all. */
export function exportCSV(collection: FeatureCollection): string {
  const rows = collection.features.map((f) => {
    const p = { ...(f.properties ?? {}) } as Record<string, unknown>;
    const g = f.geometry;
    if (g?.type === 'Point') {
      p.lon = g.coordinates[0];
      p.lat = g.coordinates[1];
    }
    return p;
  });
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return `${[columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\r\n')}\r\n`;
}
