import type { Place } from '../data/schema';
import type { RailDistance } from '../journey/rail';
import { h } from './dom';
import { formatDistance, type Units } from './format';

/**
 * The map's text alternative: what it shows, in a sentence or three, for screen readers (the
 * map region points at it with aria-describedby). The tables in the panel carry the figures.
 */
export function renderMapDescription(
  places: Place[],
  route: RailDistance | null,
  straightKm: number | null,
  units: Units,
): HTMLElement {
  const names = places.map((p) => p.properties.name);
  const list =
    names.length > 1
      ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
      : (names[0] ?? 'no places');
  const routeText = route
    ? ` It draws the rail route from Pyongyang to the Vostochny Cosmodrome, ${formatDistance(route.km, units)} along the track (${formatDistance(straightKm ?? 0, units)} in a straight line): solid where it follows mapped track, dashed where it is approximate.`
    : '';
  return h(
    'p',
    { id: 'map-description', class: 'visually-hidden' },
    `A map of north-east Asia from North Korea to the Russian Far East, showing the ${places.length} places the two articles name: ${list}.${routeText} Dashed red lines join the places the articles give distances for. Every figure on the map is also in the panel’s tables.`,
  );
}
