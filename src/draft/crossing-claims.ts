import { crossings } from './borders';
import type { DraftClaim } from './claims';
import type { Gazetteer } from './gazetteer';
import { borderPlace, type DraftPlace } from './places';

/** A claim set at a border crossing, and the words that put it there. */
export interface Placed {
  claim: DraftClaim;
  place: string;
  why: string;
}

/**
 * Claims the text sets at "the border" or at a country it enters ("arrived in Russia on
 * Tuesday", "Kim is now in Russia") are set at the crossing between the stops either side of
 * that border, derived from the borders dataset. Returns the crossings used and the claims moved.
 */
export function placeCrossings(
  claims: DraftClaim[],
  stops: DraftPlace[],
  g: Gazetteer,
): { borders: DraftPlace[]; placed: Placed[] } {
  const waiting = claims.filter(
    (c) =>
      c.claim.places.length === 0 &&
      c.subject &&
      ((c.subject.kind === 'site' && c.subject.detail === 'border') ||
        (c.subject.kind === 'country' && c.claim.kind === 'datetime')),
  );
  if (waiting.length === 0) return { borders: [], placed: [] };
  const found = crossings(
    stops.map((p) => ({
      country: p.entry.country,
      at: [p.entry.lon, p.entry.lat],
      name: p.name,
    })),
    g.border,
  );
  const name = (a: string) => g.countries.find((c) => c.alpha2 === a)?.names[0] ?? a;
  const zoneAfter = (to: string) => stops.find((p) => p.entry.country === to)?.zone ?? '';
  const borders = new Map<string, DraftPlace>();
  const placed: Placed[] = [];
  for (const c of waiting) {
    const s = c.subject;
    if (!s) continue;
    const fits = found.filter((x) =>
      s.kind === 'country'
        ? x.to === s.detail
        : (s.countries ?? []).every((k) => k === x.from || k === x.to),
    );
    const x = fits.length === 1 ? fits[0] : undefined;
    if (!x) continue;
    const place = borderPlace(x, name, zoneAfter(x.to));
    if (!borders.has(place.id)) borders.set(place.id, place);
    c.claim.places = [place.id];
    placed.push({
      claim: c,
      place: place.id,
      why:
        s.kind === 'country'
          ? `“${s.label}” read as the crossing into ${name(x.to)}`
          : `“${s.label}” read as the ${name(x.from)}–${name(x.to)} border`,
    });
  }
  return { borders: [...borders.values()], placed };
}
