import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { legKm, routeStory } from './route-story.ts';
import { guessModes } from './travel-words.ts';

interface DraftPlace {
  properties: { id: string; name: string; names: Record<string, string> };
}

/**
 * The last step of story:draft: the draft's stops routed on the world rail network as
 * story:route does, a leg the articles seem to say was not by train left off the rail (as the
 * mode they name) and listed for review, and what was done added to REVIEW.md.
 */
export function routeDraft(
  out: string,
  articles: readonly { file: string; text: string }[],
): string[] {
  const stops = (JSON.parse(readFileSync(join(out, 'story.json'), 'utf8')) as { stops: string[] })
    .stops;
  const places = (
    JSON.parse(readFileSync(join(out, 'places.geojson'), 'utf8')) as { features: DraftPlace[] }
  ).features;
  const named = stops.map((id) => {
    const p = places.find((f) => f.properties.id === id)?.properties;
    return { id, names: p ? [p.name, ...Object.values(p.names)] : [], name: p?.name ?? id };
  });
  const guesses = guessModes(articles, named);
  const report = routeStory(out, new Map(guesses.map((g) => [`${g.from}--${g.to}`, g.mode])));
  const name = (id: string) => named.find((s) => s.id === id)?.name ?? id;
  const lines = report.legs
    .filter((l) => l.outcome !== 'kept')
    .map((l) => {
      const p = l.leg.properties;
      const what =
        l.outcome === 'track'
          ? `about ${legKm(l.leg).toFixed(0)} km on Natural Earth track (snapped ${p.routed?.snapKm.join(' / ')} km; usually 1–5% short)`
          : `${p.line}: the great circle`;
      return `- ${name(p.from)} → ${name(p.to)}: ${what}.`;
    });
  const review = [
    '',
    `## Route on the world rail network (${lines.length})`,
    '',
    'Routed by `npm run story:route` (docs/network.md) through the stops in their order. Where a finer trace exists, put it in rail.geojson: a leg you draw is kept as it is.',
    '',
    ...lines,
  ];
  if (guesses.length > 0)
    review.push(
      '',
      `## Legs perhaps not by train (${guesses.length})`,
      '',
      ...guesses.map(
        (g) =>
          `- ${name(g.from)} → ${name(g.to)}, ${g.article}: “${g.quote}” — written as \`"mode": "${g.mode}"\` (off the rail). If it was by train, set \`"mode": "rail"\` in rail.geojson and run \`npm run story:route\` again.`,
      ),
    );
  appendFileSync(join(out, 'REVIEW.md'), `${review.join('\n')}\n`);
  return report.lines;
}
