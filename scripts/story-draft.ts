/**
 * Drafts a story folder from news articles, offline.
 * Usage: npm run story:draft -- --out <folder> [--force] [--published YYYY-MM-DD]
 *        [--outlet NAME] [--title TEXT] <article.txt> [[--outlet …] <article.txt> …]
 * (each flag applies to the articles after it and fills what their header lacks)
 *
 * Places come from GeoNames (the gazetteer packages), figures from the text; what the draft
 * cannot decide is listed in REVIEW.md. The draft's stops are then routed on the world rail
 * network as story:route does (tools/network/draft-route.ts). Bad input gets one line and exit
 * status 1.
 */
import { performance } from 'node:perf_hooks';
import { draftStory } from '../src/draft/draft.ts';
import { parseDraftArgs } from '../tools/draft/draft-args.ts';
import { checkOut, readArticle, writeDraft } from '../tools/draft/draft-io.ts';
import { loadGazetteer } from '../tools/draft/gazetteer.ts';
import { routeDraft } from '../tools/network/draft-route.ts';

const fail = (message: string): never => {
  console.error(`story:draft: ${message}`);
  process.exit(1);
};

try {
  const start = performance.now();
  const args = parseDraftArgs(process.argv.slice(2));
  if ('help' in args) {
    console.log(args.help);
    process.exit(0);
  }
  checkOut(args.out, args.force);
  const inputs = args.files.map((f) => ({
    ...readArticle(f.path),
    published: f.published,
    outlet: f.outlet,
    title: f.title,
  }));
  const draft = draftStory(inputs, loadGazetteer());
  writeDraft(args.out, draft.files, args.force);
  const route = routeDraft(args.out, inputs);
  const { places, claims, excluded, review } = draft.counts;
  const s = ((performance.now() - start) / 1000).toFixed(2);
  console.log(
    `story:draft: wrote ${args.out}: ${places} places, ${claims} claims, ${excluded} statements left out, ${review} items in REVIEW.md (${s} s)`,
  );
  for (const line of route) console.log(`story:route: ${line.trim()}`);
  console.log(`Next: read ${args.out}/REVIEW.md, then npm run story:check ${args.out}`);
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
