import type { Position } from 'geojson';
import type { Place, Station } from './schema';

export interface Lookup {
  /** The place with this id, else the station: places carry the articles' names and quotes. */
  get: (id: string) => Place | Station | undefined;
  name: (id: string) => string;
  position: (id: string) => Position | undefined;
}

/** The one lookup of places and stations by id. */
export function createLookup(places: Place[], stations: Station[]): Lookup {
  const byId = new Map<string, Place | Station>();
  for (const s of stations) byId.set(s.properties.id, s);
  for (const p of places) byId.set(p.properties.id, p);
  return {
    get: (id) => byId.get(id),
    name: (id) => byId.get(id)?.properties.name ?? id,
    position: (id) => byId.get(id)?.geometry.coordinates,
  };
}
