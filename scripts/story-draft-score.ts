/**
 * Recall and precision of story:draft, as the tables of docs/story-draft.md.
 * Usage: npm run story:draft:score   (the seed articles are read from ../shared/articles)
 */
import { existsSync } from 'node:fs';
import { loadGazetteer } from '../tools/draft/gazetteer.ts';
import {
  type ArticleScore,
  fixtureScores,
  otherScores,
  seedScores,
} from '../tools/draft-eval/draft-eval.ts';
import { addScores, precision, recall, type Score } from '../tools/draft-eval/draft-score.ts';

const SHARED = '../shared/articles';
const pct = (x: number) => `${Math.round(x * 100)}%`;
const row = (name: string, s: Score) =>
  `| ${name} | ${s.places.found}/${s.places.expected} (${pct(recall(s.places))}) | ${s.places.right}/${s.places.drafted} (${pct(precision(s.places))}) | ${s.claims.found}/${s.claims.expected} (${pct(recall(s.claims))}) | ${s.claims.right}/${s.claims.drafted} (${pct(precision(s.claims))}) | ${s.quotes.verbatim}/${s.quotes.total} |`;

function table(title: string, scores: ArticleScore[]): string {
  return [
    title,
    '',
    '| article | places found | places right | claims found | claims right | quotes verbatim |',
    '|---|---|---|---|---|---|',
    ...scores.map((s) => row(`\`${s.article}\``, s.score)),
    row('**all**', addScores(scores.map((s) => s.score))),
  ].join('\n');
}

const g = loadGazetteer();
const fixtures = fixtureScores(g);
const others = otherScores(g);
const seed = existsSync(SHARED) ? seedScores(g, SHARED) : [];
console.log(
  table(
    'Fixtures (each drafted alone, against tests/fixtures/story-draft/expected.json):',
    fixtures,
  ),
);
console.log(
  `\n${table("The repository's other hand-made test stories (written before the draft):", others)}`,
);
if (seed.length)
  console.log(
    `\n${table('Seed articles (drafted together, against geo/stories/kim-2023):', seed)}`,
  );
else console.log(`\n(no ${SHARED}: the seed articles are not scored)`);
console.log(`\n${table('All articles:', [...seed, ...fixtures, ...others])}`);
