import { analyze } from './analyze';
import type { ArticleInput } from './article';
import type { DraftClaim } from './claims';
import { placeCrossings } from './crossing-claims';
import { oneDayPerEvent, spreadDay } from './day-spread';
import { FAMILY_OF } from './families';
import type { Gazetteer } from './gazetteer';
import { draftManifest } from './manifest';
import { placeFeature } from './places';
import { sentenceQuote } from './quote';
import { chooseStops } from './rank';
import { reviewList } from './review';
import { slug, unique } from './slug';
import { orderStops } from './stops';

export type { ArticleInput } from './article';
export { FAMILY_OF as FAMILY } from './families';

/** The story folder as file name → contents, and the counts the CLI reports. */
export interface Draft {
  files: Record<string, string>;
  counts: { places: number; claims: number; excluded: number; review: number };
}

const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;

/**
 * Drafts a story folder from news articles: places from the gazetteer, every checkable figure as
 * a claim with a verbatim quote, no rail, and REVIEW.md for what it could not decide. The same
 * articles and gazetteer give the same bytes.
 */
export function draftStory(inputs: ArticleInput[], g: Gazetteer): Draft {
  const a = analyze(inputs, g);
  const { kept, unsure } = chooseStops(a);
  if (kept.length < 2)
    throw new Error(
      `found ${kept.length === 0 ? 'no place' : `one place only (${kept[0]?.name})`} in the text; a story needs two: nothing written`,
    );
  for (const r of unsure) a.journey.add(r.place.id);
  const first = orderStops(kept, a.claims, a.travel, a.journey);
  const { borders, placed } = placeCrossings(a.claims, first, g);
  kept.push(...borders);
  for (const b of borders) a.journey.add(b.id);
  const stops = borders.length ? orderStops(kept, a.claims, a.travel, a.journey) : first;
  // "The 170-kilometre trip took just over six hours": the journey's first stop to its last.
  const ends = [stops[0]?.id, stops[stops.length - 1]?.id];
  for (const c of a.claims)
    if (c.whole && c.claim.places.length === 0 && ends[0] && ends[1] && ends[0] !== ends[1]) {
      c.claim.places = [ends[0], ends[1]];
      c.review.push(`read as the whole journey, ${ends[0]} to ${ends[1]}: check it`);
    }
  spreadDay(a.claims, a.articles, kept, a.journey);
  const events = oneDayPerEvent(a.claims, kept);
  a.claims.splice(0, a.claims.length, ...events.kept);
  for (const d of events.dropped)
    a.excluded.push({
      article: d.claim.claim.article,
      quote: d.claim.claim.quote,
      reason: `the same day as at ${d.at}, which names the place (more precisely)`,
    });
  const taken = new Set<string>();
  const claimIds = new Map<object, string>();
  const claims = a.claims.map((c: DraftClaim) => {
    const parts = [c.claim.article, ...c.claim.places, FAMILY_OF[c.claim.kind]];
    let base = parts.join('-');
    if (base.length > 38)
      base = [c.claim.article, c.claim.places[0], FAMILY_OF[c.claim.kind]]
        .filter(Boolean)
        .join('-');
    const id = unique(slug(base, 38), taken);
    claimIds.set(c, id);
    return { ...c.claim, id };
  });
  const features = kept.map((p) => {
    const quotes: { article: string; quote: string }[] = [];
    const add = (article: number, token: number) => {
      const x = a.articles[article];
      const quote = x ? sentenceQuote(x.tokens, token) : null;
      if (x && quote && !quotes.some((m) => m.article === x.meta.id && m.quote === quote))
        quotes.push({ article: x.meta.id, quote });
    };
    for (const m of p.mentions) add(m.article, m.mention.from);
    for (const d of a.descriptions) if (d.place === p.id) add(d.article, d.d.from);
    for (const x of placed)
      if (x.place === p.id)
        add(
          a.articles.findIndex((y) => y.meta.id === x.claim.claim.article),
          x.claim.at,
        );
    return placeFeature(p, quotes);
  });
  const regionName = (c: string, code: string) =>
    g.regions.find((r) => r.country === c && r.code === code)?.name ?? null;
  const files = a.articles.map((x) => x.meta.file).join(', ');
  const manifest = draftManifest({
    articles: a.articles.map((x) => x.meta),
    places: kept,
    stops,
    claims: a.claims,
    countries: new Map(g.countries.map((c) => [c.alpha2, c])),
    source: `drafted by npm run story:draft from ${files} (see REVIEW.md); places: ${g.credit}`,
  });
  const review = reviewList(a, {
    title: manifest.title,
    stops,
    kept,
    claimIds,
    regionName,
    placed,
    unsure,
  });
  const head = (name: string, source: string, license: string) => ({
    type: 'FeatureCollection',
    name,
    source,
    license,
  });
  const out: Record<string, string> = {
    'story.json': json(manifest),
    'places.geojson': json({
      ...head(
        'places',
        `coordinates: ${g.credit}; quotes: ${files}`,
        'CC BY 4.0 (GeoNames, geonames.org)',
      ),
      features,
    }),
    'claims.json': json({
      name: 'claims',
      source: `drafted by npm run story:draft from ${files} (quotes verbatim)`,
      claims,
      excluded: a.excluded,
    }),
    'published.json': json({
      name: 'published',
      source: 'drafted by npm run story:draft: no published figures',
      stretches: [],
    }),
    'rail.geojson': json({
      ...head('rail', 'drafted by npm run story:draft: no track data', 'no data'),
      features: [],
    }),
    'stations.geojson': json({
      ...head('stations', 'drafted by npm run story:draft: no stations', 'no data'),
      features: [],
    }),
    'REVIEW.md': review,
  };
  inputs.forEach((input, i) => {
    const file = a.articles[i]?.meta.file;
    if (file) out[file] = input.text;
  });
  return {
    files: out,
    counts: {
      places: features.length,
      claims: claims.length,
      excluded: a.excluded.length,
      review: review.split('\n').filter((l) => l.startsWith('- ')).length,
    },
  };
}
