/**
 * The edits the draft does not make itself, applied to its files: added places, moved markers,
 * the stops' order, claims' corrections.
 */

import type { Claim, Excluded } from '../data/claims-schema';
import type { Place } from '../data/schema';
import type { StoryManifest } from '../data/story-schema';
import { DAY_NAMES } from '../draft/figures/calendar';
import type { GazetteerEntry } from '../draft/gazetteer';
import { kindOf } from '../draft/places';
import { slug, unique } from '../draft/slug';
import { type Edits, geonamesId } from './edits';

type Feature = Omit<Place, 'properties'> & { properties: Place['properties'] };
interface ClaimsFile {
  name: 'claims';
  source: string;
  claims: Claim[];
  excluded: Excluded[];
}
type Collection = { type: 'FeatureCollection'; features: Feature[] } & Record<string, unknown>;

const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;

/** Great-circle km between two [lon, lat] points (to place an added stop where it fits best). */
function km(a: number[], b: number[]): number {
  const r = Math.PI / 180;
  const [x1 = 0, y1 = 0] = a;
  const [x2 = 0, y2 = 0] = b;
  const h =
    Math.sin(((y2 - y1) * r) / 2) ** 2 +
    Math.cos(y1 * r) * Math.cos(y2 * r) * Math.sin(((x2 - x1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Where a new stop lengthens the route least: its index in `stops`. */
function bestSlot(stops: number[][], at: number[]): number {
  let best = stops.length;
  let cost = stops.length ? km(stops[stops.length - 1] as number[], at) : 0;
  if (stops[0] && km(stops[0], at) < cost) [best, cost] = [0, km(stops[0], at)];
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1] as number[], stops[i] as number[]];
    const extra = km(a, at) + km(at, b) - km(a, b);
    if (extra < cost) [best, cost] = [i, extra];
  }
  return best;
}

function addedPlace(e: GazetteerEntry, id: string): Feature {
  return {
    type: 'Feature',
    properties: {
      id,
      name: e.name,
      names: {},
      kind: kindOf(e),
      country: e.country,
      coordSource: `GeoNames ${e.id} via ${e.source} (added by the editor)`,
      mentions: [],
    },
    geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
  } as Feature;
}

/**
 * The drafted folder with the edits the draft does not make itself: added places (as stops,
 * where they lengthen the route least), moved markers, the stops' order, and each claim's
 * correction (a rejected claim goes to `excluded`). REVIEW.md lists what was changed.
 */
export function applyEdits(files: Record<string, string>, e: Edits): Record<string, string> {
  const manifest = JSON.parse(files['story.json'] ?? '{}') as StoryManifest;
  const places = JSON.parse(files['places.geojson'] ?? '{}') as Collection;
  const claims = JSON.parse(files['claims.json'] ?? '{}') as ClaimsFile;
  const notes: string[] = [];
  const taken = new Set(places.features.map((f) => f.properties.id));
  const pos = new Map(places.features.map((f) => [f.properties.id, f.geometry.coordinates]));
  for (const entry of e.added) {
    if (places.features.some((f) => geonamesId(f.properties.coordSource) === entry.id)) continue;
    const f = addedPlace(entry, unique(slug(entry.name), taken));
    const id = f.properties.id;
    places.features.push(f);
    pos.set(id, f.geometry.coordinates);
    if (entry.timeZone) manifest.timeZones[id] = entry.timeZone;
    const slot = bestSlot(
      manifest.stops.map((s) => pos.get(s) ?? [0, 0]),
      f.geometry.coordinates,
    );
    manifest.stops.splice(slot, 0, id);
    notes.push(`Added ${entry.name} (${entry.country}, GeoNames ${entry.id}) as a stop.`);
  }
  for (const f of places.features) {
    const at = e.moved[f.properties.id];
    if (!at) continue;
    const was = f.geometry.coordinates.map((x) => x.toFixed(4)).join(', ');
    f.geometry.coordinates = [...at];
    f.properties.coordSource =
      `placed on the map by the editor (the draft had ${was}: ${f.properties.coordSource})`.slice(
        0,
        600,
      );
    notes.push(
      `Moved ${f.properties.name} to ${at[1].toFixed(4)}, ${at[0].toFixed(4)} (lat, lon).`,
    );
  }
  if (e.stops) {
    const known = e.stops.filter((s) => manifest.stops.includes(s));
    const order = [...known, ...manifest.stops.filter((s) => !known.includes(s))];
    if (order.join() !== manifest.stops.join())
      notes.push(`Stops put in order: ${order.join(' → ')}.`);
    manifest.stops = order;
  }
  manifest.frame = manifest.frame.filter((f) => taken.has(f));
  if (manifest.frame.length === 0)
    manifest.frame = [manifest.stops[0] ?? '', manifest.stops.at(-1) ?? ''];
  const all = places.features.map((f) => f.geometry.coordinates);
  const [w, s, east, n] = manifest.region;
  manifest.region = [
    Math.min(w, ...all.map((p) => Math.floor((p[0] ?? 0) - 1))),
    Math.min(s, ...all.map((p) => Math.floor((p[1] ?? 0) - 1))),
    Math.max(east, ...all.map((p) => Math.ceil((p[0] ?? 0) + 1))),
    Math.max(n, ...all.map((p) => Math.ceil((p[1] ?? 0) + 1))),
  ].map((x, i) =>
    Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, x)),
  ) as StoryManifest['region'];
  claims.claims = claims.claims.flatMap((c) => {
    const fix = e.claims[c.id];
    if (!fix) return [c];
    if (fix.rejected) {
      claims.excluded.push({
        article: c.article,
        quote: c.quote,
        reason: 'rejected by the editor',
      });
      notes.push(`Rejected the claim \`${c.id}\`.`);
      return [];
    }
    const out = structuredClone(c);
    if (fix.places) out.places = fix.places.filter((p) => taken.has(p)).slice(0, 2);
    if (fix.value !== undefined || fix.unit) {
      const first = out.reported.figures[0];
      const figure = {
        value: fix.value ?? first?.value ?? 1,
        unit: fix.unit ?? first?.unit ?? 'km',
      };
      out.reported.figures = [figure, ...out.reported.figures.slice(1)];
    }
    if (fix.day !== undefined) {
      out.reported.day = fix.day;
      out.reported.dayName = fix.day
        ? (DAY_NAMES[new Date(`${fix.day}T12:00:00Z`).getUTCDay()] ?? null)
        : null;
    }
    notes.push(`Corrected the claim \`${c.id}\`: ${JSON.stringify(fix)}.`);
    return [out];
  });
  for (const [from, entry] of Object.entries(e.chosen))
    notes.push(
      `Chose ${entry.name} (${entry.country}, GeoNames ${entry.id}) instead of GeoNames ${from}.`,
    );
  for (const id of e.rejected)
    notes.push(`Rejected the place GeoNames ${id}: the draft leaves it out.`);
  for (const id of e.confirmed) {
    const place = places.features.find((f) => f.properties.id === id);
    if (place) notes.push(`Confirmed the place ${place.properties.name} as drafted.`);
    else if (claims.claims.some((c) => c.id === id)) notes.push(`Confirmed the claim \`${id}\`.`);
  }
  const review = notes.length
    ? `${files['REVIEW.md'] ?? ''}\n## Corrections made in the studio (${notes.length})\n\n${notes.map((x) => `- ${x}`).join('\n')}\n`
    : (files['REVIEW.md'] ?? '');
  return {
    ...files,
    'story.json': json(manifest),
    'places.geojson': json(places),
    'claims.json': json(claims),
    'REVIEW.md': review,
  };
}
