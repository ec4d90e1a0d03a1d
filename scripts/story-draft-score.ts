/**
 * Recall and precision of story:draft, as tables for docs/story-draft.md.
 * Usage: npm run story:draft:score   (the seed articles are read from ../shared/articles)
 */
import { existsSync } from 'node:fs';
import { type ArticleScore, fixtureScores, seedScores } from './lib/draft-eval.ts';
import { addScores, precision, recall, type Score } from './lib/draft-score.ts';
import { loadGazetteer } from './lib/gazetteer.ts';

const SHARED = '../shared/articles';
const pct = (x: number) => `${Math.round(x * 100)}%`;
const row = (name: string, s: Score) =>
  `| ${name} | ${s.places.found}/${s.places.expected} (${pct(recall(s.places))}) | ${pct(precision(s.places))} | ${s.claims.found}/${s.claims.expected} (${pct(recall(s.claims))}) | ${s.claims.right}/${s.claims.drafted} (${pct(precision(s.claims))}) | ${s.quotes.verbatim}/${s.quotes.total} |`;

function table(title: string, scores: ArticleScore[]): string {
  return [
    `${title}`,
    '',
    '| article | places found | places precision | claims found | claims precision | quotes verbatim |',
    '|---|---|---|---|---|---|',
    ...scores.map((s) => row(`\`${s.article}\``, s.score)),
    row('**all**', addScores(scores.map((s) => s.score))),
  ].join('\n');
}

const g = loadGazetteer();
const fixtures = fixtureScores(g);
console.log(
  table(
    'Fixtures (each article drafted alone, against tests/fixtures/story-draft/expected.json):',
    fixtures,
  ),
);
if (existsSync(SHARED)) {
  const seed = seedScores(g, SHARED);
  console.log(
    `\n${table('Seed articles (drafted together, against geo/stories/kim-2023):', seed)}`,
  );
  console.log(`\n${table('All articles:', [...seed, ...fixtures])}`);
} else console.log(`\n(no ${SHARED}: the seed articles are not scored)`);
