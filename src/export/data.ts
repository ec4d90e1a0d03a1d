import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoData } from '../data/load';
import type { ClaimResult } from '../journey/claims';
import type { JourneyView } from '../journey/model';
import { creditsFor, plainCredits } from '../map/attribution';
import { theArticles } from '../words/count-words';

const iso = (t: number | undefined | null) =>
  t === undefined || t === null || !Number.isFinite(t) ? null : new Date(t).toISOString();

/** Figures a claim row carries in the exports: the reported text and the computed numbers. */
function computed(r: ClaimResult): Record<string, string | number | null> {
  switch (r.check) {
    case 'distance':
      return {
        basis: r.basis,
        rounding_km: r.rounding,
        straight_km: r.straightKm,
        rail_km: r.rail?.km ?? null,
        closest: r.closest,
      };
    case 'direction':
      return {
        bearing_deg: r.bearing,
        compass: r.compass,
        compass_points: r.points,
        sector: r.sector,
        sectors_off: r.sectorsOff,
      };
    case 'circuitous':
      return { straight_km: r.straightKm, rail_km: r.railKm, ratio: r.ratio };
    case 'duration':
      return {
        [`${r.basis}_km`]: r.km,
        reported_h: r.reportedHours,
        hours: r.hours,
        speed_kmh: r.speedKmh,
        hours_at_reported: r.times.map((t) => `${t.kmh} km/h (${t.by}): ${t.hours}`).join('; '),
      };
    case 'speed':
      return {
        reported_kmh: r.reportedKmh,
        rounding_kmh: r.rounding,
        least_kmh: r.bounds.least?.kmh ?? null,
        greatest_kmh: r.bounds.greatest?.kmh ?? null,
        binding: r.bounds.least ? `${r.bounds.least.from}--${r.bounds.least.to}` : null,
        disagrees_with: r.disagrees.map((d) => d.claim).join(' ') || null,
      };
    case 'elapsed':
      return { since: r.since, until: r.until, years: r.years };
    case 'first-since':
      return { since: r.last, first_since: r.event, days_before: r.daysBefore };
    case 'timeline':
      return {
        window_start: r.event.possible ? iso(r.event.start) : null,
        window_end: r.event.possible ? iso(r.event.end) : null,
        required_kmh: r.demand?.kmh ?? null,
        binding: r.demand ? `${r.demand.from}--${r.demand.to}` : null,
        window_max_h: r.demand?.hours ?? null,
        hours: r.hours,
        speed_kmh: r.speedKmh,
        impossible: r.impossible,
        too_fast: r.tooFast ? 'yes' : 'no',
        forecast: r.forecast !== null ? 'yes' : 'no',
      };
    case 'none':
      return { reason: r.reason };
  }
}

/** What happened, where the outcomes settle a claim: its verdict and the figures behind it. */
function happened(r: ClaimResult): Record<string, string | number | null> {
  const h = r.happened;
  if (!h) return {};
  if (h.by === 'speed')
    return {
      happened_verdict: h.verdict,
      happened_least_kmh: h.least.kmh,
      happened_greatest_kmh: h.greatest?.kmh ?? null,
      happened_binding: `${h.least.from}--${h.least.to}`,
    };
  return {
    happened_verdict: h.verdict,
    happened_start: iso(h.start),
    happened_end: iso(h.end),
    happened_outcomes: h.outcomes.join(' '),
  };
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
    // What happened next, each fact at its place with its source.
    ...data.outcomes.map((o) => ({
      type: 'Feature' as const,
      properties: {
        type: 'outcome',
        id: o.id,
        place: o.place,
        what: o.what,
        from: o.from ?? null,
        to: o.to ?? null,
        source_outlet: o.source.outlet,
        source_title: o.source.title,
        source_url: o.source.url,
        source_published: o.source.published,
        source_quote: o.source.quote,
      },
      geometry: position(o.place)
        ? { type: 'Point' as const, coordinates: position(o.place) as number[] }
        : null,
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
          ...happened(r),
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
      // The sources the story's files name (OSM-derived geometry stays under ODbL), as the map credits them.
      attribution: [
        ...plainCredits(creditsFor(data.provenance).slice(1)).split(' · '),
        quotesCredit(data),
      ].join('; '),
      speed_kmh: view.speedKmh,
      route_railway_km: view.whole.km,
      route_measured_km: view.whole.measuredKm,
      least_kmh: view.timeline.least?.kmh ?? null,
    },
  } as FeatureCollection;
}

/**
 * Where the words come from, from the story's own files: "quotes from the two articles named per
 * claim; what happened next from KCNA (via Shanghai Daily), TASS".
 */
export function quotesCredit(data: Pick<GeoData, 'articles' | 'outcomes'>): string {
  const articles = `quotes from ${theArticles(data.articles.length)} named per claim`;
  const outlets = [...new Set(data.outcomes.map((o) => o.source.outlet))];
  return outlets.length > 0
    ? `${articles}; what happened next from ${outlets.join('; ')}`
    : articles;
}

/** A CSV cell: quoted, and never read as a formula by a spreadsheet. */
export function csvCell(v: unknown): string {
  let s =
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}
