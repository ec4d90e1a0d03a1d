import type { Claim } from './claims-schema';
import type { Outcome } from './outcomes-schema';
import type { Article, Place, RailLeg, Station } from './schema';
import type { StoryManifest } from './story-schema';
import type { Problem } from './validate';

interface StoryParts {
  manifest: StoryManifest;
  places: Place[];
  stations: Station[];
  rail: RailLeg[];
  claims: Claim[];
  outcomes?: Outcome[];
}

/** ", as does 1 more claim", ", as do 3 more claims", or nothing. */
const more = (n: number, what: string) =>
  n < 1 ? '' : n === 1 ? `, as does 1 more ${what}` : `, as do ${n} more ${what}s`;

const quoted = (ids: Iterable<string>) =>
  [...ids]
    .slice(0, 12)
    .map((x) => `"${x}"`)
    .join(', ');

/**
 * What no single file's schema can see: the manifest's ids against the places, stations and
 * rail legs, and each claim's places, article, time zone and part of day. Each problem names the
 * file, the feature and the field, as the loader does.
 */
/** What the model cannot compute, by index: left out of the story by the loader (leaveOut). */
export interface Unusable {
  claims: Set<number>;
  outcomes: Set<number>;
  stops: Set<number>;
  frame: Set<number>;
  chainChecks: Set<number>;
}

export function crossCheck(
  s: StoryParts,
  invalid: ReadonlySet<string> = new Set(),
): { problems: Problem[]; skipped: Problem[]; unusable: Unusable } {
  const problems: Problem[] = [];
  const skipped: Problem[] = [];
  const unusable: Unusable = {
    claims: new Set(),
    outcomes: new Set(),
    stops: new Set(),
    frame: new Set(),
    chainChecks: new Set(),
  };
  // A place or station whose own feature is broken is reported once, where it is broken; what
  // refers to it is skipped, not reported again.
  const known = new Set([...s.places, ...s.stations].map((f) => f.properties.id));
  const refersToInvalid = (message: string) => {
    const id = /\(given "([^"]+)"/.exec(message)?.[1];
    return id !== undefined && invalid.has(id) ? id : null;
  };
  const nodes = new Set(s.rail.flatMap((l) => [l.properties.from, l.properties.to]));
  const articles = new Set(s.manifest.articles.map((a) => a.id));
  const need = (
    ok: boolean,
    file: string,
    field: string,
    message: string,
    feature?: number,
    featureId?: string,
  ) => {
    if (ok) return;
    const broken = refersToInvalid(message);
    if (broken)
      skipped.push({
        file,
        field,
        feature,
        featureId,
        message: `skipped: place "${broken}" is invalid`,
      });
    else problems.push({ file, field, message, feature, featureId });
  };
  // A stop is a rail node or any place: where no leg joins two stops, the route is the great
  // circle between them (journey/route-legs.ts).
  for (const [i, id] of s.manifest.stops.entries()) {
    if (!(nodes.has(id) || known.has(id))) unusable.stops.add(i);
    need(
      nodes.has(id) || known.has(id),
      'story.json',
      `stops.${i}`,
      `expected a place, station or rail node id (given "${id}"; known: ${quoted(new Set([...known, ...nodes]))})`,
    );
  }
  // A rail leg's ends are places or stations: a typo there is the rail file's, not the stops'.
  for (const l of s.rail)
    for (const end of ['from', 'to'] as const)
      if (!known.has(l.properties[end]))
        problems.push({
          file: 'rail.geojson',
          field: `properties.${end}`,
          message: `rail leg "${l.properties.id}": expected a place or station id (given "${l.properties[end]}")`,
        });
  for (const [i, id] of s.manifest.frame.entries()) {
    if (!known.has(id)) unusable.frame.add(i);
    need(
      known.has(id),
      'story.json',
      `frame.${i}`,
      `expected a place or station id (given "${id}")`,
    );
  }
  for (const [i, pair] of s.manifest.chainChecks.entries())
    for (const [k, id] of pair.entries()) {
      if (!nodes.has(id)) unusable.chainChecks.add(i);
      need(
        nodes.has(id),
        'story.json',
        `chainChecks.${i}.${k}`,
        `expected a rail node (given "${id}")`,
      );
    }
  for (const id of Object.keys(s.manifest.timeZones))
    need(
      known.has(id),
      'story.json',
      `timeZones.${id}`,
      `expected a place or station id (given "${id}")`,
    );
  s.claims.forEach((c, i) => {
    const at = (field: string, message: string) => {
      unusable.claims.add(i);
      need(
        false,
        'claims.json',
        `claims.${i}.${field}`,
        `${message}: the claim is left out`,
        i,
        c.id,
      );
    };
    // One cause, one problem: the first claim naming an unknown article says how many do.
    if (!articles.has(c.article)) {
      const n = s.claims.filter((x) => x.article === c.article).length;
      const first = s.claims.findIndex((x) => x.article === c.article) === i;
      if (first)
        at(
          'article',
          `expected an article of story.json: ${quoted(articles)} (given "${c.article}"${more(n - 1, 'claim')})`,
        );
      else unusable.claims.add(i);
    }
    c.places.forEach((p, k) => {
      if (!known.has(p)) at(`places.${k}`, `expected a place or station id (given "${p}")`);
    });
    const place = c.places[0];
    if (c.reported.day && place && !s.manifest.timeZones[place] && !invalid.has(place))
      at(
        'places.0',
        `a dated claim needs the place's time zone in story.json timeZones (none for "${place}")`,
      );
    const part = c.reported.partOfDay;
    if (part && !s.manifest.partsOfDay[part])
      at('reported.partOfDay', `"${part}" has no hours in story.json partsOfDay`);
  });
  (s.outcomes ?? []).forEach((o, i) => {
    const at = (message: string) => {
      unusable.outcomes.add(i);
      need(false, 'outcomes.json', `outcomes.${i}.place`, `${message}: left out`, i, o.id);
    };
    if (!known.has(o.place)) at(`expected a place or station id (given "${o.place}")`);
    else if (!s.manifest.timeZones[o.place])
      at(`an outcome needs its place's time zone in story.json timeZones (none for "${o.place}")`);
  });
  return { problems, skipped, unusable };
}

/**
 * The story less what the model cannot compute (a dated claim with no time zone, a stop that is
 * nothing): each was named as a problem or skipped; the rest still shows.
 */
export function leaveOut<T extends StoryParts>(s: T, u: Unusable): T {
  const keep = <X>(list: X[], drop: Set<number>) => list.filter((_, i) => !drop.has(i));
  return {
    ...s,
    claims: keep(s.claims, u.claims),
    outcomes: s.outcomes && keep(s.outcomes, u.outcomes),
    manifest: {
      ...s.manifest,
      stops: keep(s.manifest.stops, u.stops),
      frame: keep(s.manifest.frame, u.frame),
      chainChecks: keep(s.manifest.chainChecks, u.chainChecks),
    },
  };
}

/** Drops (and reports) quotes that name an article articles.json does not have. */
export function checkMentions(places: Place[], articles: Article[], file: string): Problem[] {
  const ids = new Set(articles.map((a) => a.id));
  const problems: Problem[] = [];
  // One cause, one problem: each unknown article once, at its first mention, with the count.
  const count = new Map<string, number>();
  for (const p of places)
    for (const m of p.properties.mentions)
      if (!ids.has(m.article)) count.set(m.article, (count.get(m.article) ?? 0) + 1);
  const told = new Set<string>();
  places.forEach((p, i) => {
    p.properties.mentions = p.properties.mentions.filter((m, k) => {
      if (ids.has(m.article)) return true;
      if (told.has(m.article)) return false;
      told.add(m.article);
      const n = count.get(m.article) ?? 1;
      problems.push({
        file,
        feature: i,
        featureId: p.properties.id,
        field: `properties.mentions.${k}.article`,
        message: `expected one of ${[...ids].map((x) => `"${x}"`).join(', ')} (given "${m.article}"${more(n - 1, 'mention')}): left out`,
      });
      return false;
    });
  });
  return problems;
}
