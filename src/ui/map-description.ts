/**
 * The map's text alternative, and which places the articles name.
 */
import type { Place } from '../data/schema';
import type { StoryManifest } from '../data/story-schema';
import { formatDistance, type Units } from '../journey/format';
import type { JourneyBase } from '../journey/model';
import { lacksTrack, makeupWords } from '../words/figure-words';
import { h } from './dom';

const list = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');

/**
 * Whether the articles name a place, not only speak of it: its name (without a bracketed
 * remark), or one of its local names, appears in a quote of the story. "A bridge that spans
 * the river" speaks of the Friendship Bridge without naming it.
 */
export function namedInQuotes(place: Place, quotes: readonly string[]): boolean {
  const { name, names } = place.properties;
  const forms = [name, name.replace(/\s*\(.*\)\s*$/, ''), ...Object.values(names ?? {})]
    .map((n) => n.trim().toLocaleLowerCase())
    .filter((n) => n.length > 0);
  return quotes.some((q) => {
    const text = q.toLocaleLowerCase();
    return forms.some((f) => text.includes(f));
  });
}

/**
 * The map's text alternative: what it shows, in a sentence or three, for screen readers (the
 * map region points at it with aria-describedby). The tables in the panel carry the figures.
 */
export function renderMapDescription(
  places: Place[],
  journey: Pick<JourneyBase, 'whole' | 'route'> | null,
  manifest: Pick<StoryManifest, 'text'>,
  units: Units,
): HTMLElement {
  const quotes = places.flatMap((p) => p.properties.mentions.map((m) => m.quote));
  const mentioned = places.filter((p) => p.properties.mentions.length > 0);
  const named = mentioned.filter((p) => namedInQuotes(p, quotes)).map((p) => p.properties.name);
  const unnamedMentioned = mentioned
    .filter((p) => !namedInQuotes(p, quotes))
    .map((p) => p.properties.name);
  const unnamed = places
    .filter((p) => p.properties.mentions.length === 0)
    .map((p) => p.properties.name);
  const first = journey?.route.stops[0];
  const last = journey?.route.stops.at(-1);
  const nameOf = (id: string | undefined) =>
    places.find((p) => p.properties.id === id)?.properties.name ?? id ?? '';
  const routeText =
    journey && first && last && journey.route.legs.length > 0
      ? ` It draws the rail route from ${nameOf(first)} to ${nameOf(last)}: ${lacksTrack(journey.route.whole.makeup) ? 'by rail: no track data for all of it' : `${formatDistance(journey.whole.km, units)} by rail`} (${makeupWords(journey.route.whole.makeup, units)}), against ${formatDistance(journey.whole.straightKm ?? 0, units)} in a straight line; solid where it follows mapped track, dashed where it is approximate.`
      : '';
  const spokenOf =
    unnamedMentioned.length > 0
      ? ` They speak of ${list(unnamedMentioned)} without naming ${unnamedMentioned.length > 1 ? 'them' : 'it'}.`
      : '';
  const unnamedText =
    unnamed.length > 0
      ? ` ${list(unnamed)} ${unnamed.length > 1 ? 'are' : 'is'} on the route but not named in the articles.`
      : '';
  return h(
    'p',
    { id: 'map-description', class: 'visually-hidden' },
    `${manifest.text.region} showing ${places.length} places. The articles name ${named.length} of them${named.length > 0 ? `: ${list(named)}` : ''}.${spokenOf}${unnamedText}${routeText} Dashed red lines join the places the articles give distances for. Every figure on the map is also in the panel’s tables.`,
  );
}
