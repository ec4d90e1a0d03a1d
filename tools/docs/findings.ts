/**
 * The README's "What the map finds", made from a story by the page's own code: each article's
 * verdicts counted, as reported and as it happened, every claim that does not hold as reported
 * in the ledger's words, and the least speed the reported days demand. The README test compares
 * the page with what this makes (`npm run docs:readme` rewrites it).
 */

import { verdictCounts } from '../../src/journey/shown-verdict.ts';
import { openStory } from '../../src/journey/story-model.ts';
import type { Verdict } from '../../src/journey/verdict.ts';
import { claimWords } from '../../src/words/claim-words.ts';
import { countWords } from '../../src/words/count-words.ts';
import { demandWords } from '../../src/words/time-words.ts';
import { readStory } from '../story/read-story.ts';

/** The verdicts worth a line of their own: a figure that does not stand as the article gives it. */
const NOTED: readonly Verdict[] = ['impossible', 'refuted', 'does not hold', 'loose'];

export async function findings(dir: string): Promise<string> {
  const { data } = await readStory(dir);
  const { lookup, model } = openStory(data);
  const speed = model.base.presets[0]?.kmh ?? 50;
  const { view } = model.at({ speedKmh: speed, mode: 'computed', units: 'km' });
  const outlet = (id: string) => data.articles.find((a) => a.id === id)?.short ?? id;
  const lines: string[] = [];
  const hindsight = data.outcomes.length > 0;
  const counts = (h: boolean) =>
    new Map(
      verdictCounts(view.claims, data.articles, h).map((c) => [
        c.article,
        c.counts.map((n) => countWords(n.count, n.verdict)).join(' · '),
      ]),
    );
  const [reported, happened] = [counts(false), counts(true)];
  for (const a of data.articles)
    lines.push(
      `- ${a.outlet}: ${reported.get(a.id) ?? 'no claim'} as reported${hindsight ? `; ${happened.get(a.id) ?? 'no claim'} as it happened` : ''}.`,
    );
  for (const r of view.claims) {
    const shown = r.happened?.verdict ?? r.verdict;
    if (!NOTED.includes(r.verdict) && !NOTED.includes(shown)) continue;
    const w = claimWords(r, 'km', lookup.name, view.zones);
    const after = shown === r.verdict ? '' : ` (as it happened: **${shown}**)`;
    lines.push(
      `- ${outlet(r.claim.article)}, “${r.claim.quote}”: reported ${w.reported}; computed ${w.computed}${w.difference === '—' ? '' : ` (${w.difference})`}: **${r.verdict}**${after}.`,
    );
  }
  if (view.timeline.least)
    lines.push(
      `- The reported days, in travel order, demand at least ${demandWords(view.timeline.least, 'km', lookup.name, view.zones)}.`,
    );
  return `${lines.join('\n')}\n`;
}

export const FINDINGS_START =
  '<!-- findings: made by npm run docs:readme from the default story -->';
export const FINDINGS_END = '<!-- end of findings -->';

/** The README with its findings replaced by what the code gives. */
export async function withFindings(readme: string, dir: string): Promise<string> {
  const a = readme.indexOf(FINDINGS_START);
  const b = readme.indexOf(FINDINGS_END);
  if (a < 0 || b < a) throw new Error(`README.md has no "${FINDINGS_START}" … "${FINDINGS_END}"`);
  return `${readme.slice(0, a + FINDINGS_START.length)}\n${await findings(dir)}${readme.slice(b)}`;
}
