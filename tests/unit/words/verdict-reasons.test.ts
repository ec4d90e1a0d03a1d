import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../../src/journey/claims';
import { verdictCounts } from '../../../src/journey/shown-verdict';
import { openStory } from '../../../src/journey/story-model';
import { claimWords } from '../../../src/words/claim-words';
import { countWords } from '../../../src/words/count-words';
import { happenedWords } from '../../../src/words/happened-words';
import { DEFAULT_STORY } from '../../../tools/site/story-dir';
import { readStory } from '../../../tools/story/read-story';
import { golden } from '../journey/golden';

/** A story's verdicts as the ledger gives them: as reported and as it happened, with the reasons. */
async function verdicts(dir: string, speedKmh: number) {
  const { data, problems } = await readStory(dir);
  expect(problems).toEqual([]);
  const { lookup, model } = openStory(data);
  const { view } = model.at({ speedKmh, mode: 'computed', units: 'km' });
  const counts = (hindsight: boolean) =>
    Object.fromEntries(
      verdictCounts(view.claims, data.articles, hindsight).map((a) => [
        a.article,
        a.counts.map((c) => countWords(c.count, c.verdict)).join(' · '),
      ]),
    );
  const rows = view.claims.map((r: ClaimResult) => {
    const then = happenedWords(
      r,
      'km',
      lookup.name,
      view.zones,
      data.outcomes,
      view.happened?.timeline ?? null,
    );
    return {
      id: r.claim.id,
      asReported: r.verdict,
      why: claimWords(r, 'km', lookup.name, view.zones).explanation,
      ...(r.happened ? { asItHappened: r.happened.verdict, whyThen: then.why } : {}),
    };
  });
  return { speedKmh, asReported: counts(false), asItHappened: counts(true), claims: rows };
}

describe('the default story’s verdicts, with their reasons', () => {
  it('as reported and as it happened', async () => {
    const v = await verdicts(DEFAULT_STORY, 50);
    await golden('verdict-reasons', 'kim-2023', v);
    const row = (id: string) => v.claims.find((c) => c.id === id);
    // No day or part of day holds as reported: the map measures none.
    const days = v.claims.filter((c) => c.why.startsWith('Taken in travel order'));
    expect(days.length).toBeGreaterThan(5);
    for (const d of days) expect(d.asReported, d.id).not.toBe('holds');
    // What happened settles the three border claims.
    for (const id of ['ft-arrived-russia', 'ft-crossed-border', 'live-in-russia']) {
      expect(row(id)?.asItHappened, id).toBe('holds');
      expect(row(id)?.whyThen, id).toContain('walking pace');
    }
    // "About 60km" does not hold, for a reason.
    const ft60 = row('ft-ussuriysk-vladivostok-distance');
    expect(ft60?.asReported).toBe('does not hold');
    expect(ft60?.why).toContain('77 km straight line');
    expect(ft60?.why).toContain('no route between those points is shorter');
    // "About 50 km/h" is refuted only beyond its rounding.
    const fifty = row('live-speed');
    expect(fifty?.asItHappened).toBe('refuted');
    expect(fifty?.whyThen).toContain('45–55 km/h');
  });
});

describe('a test story with no track beyond its first leg', () => {
  it('keeps its verdicts and reasons', async () => {
    const v = await verdicts('tests/fixtures/stories/przemysl-kyiv', 60);
    await golden('verdict-reasons', 'przemysl-kyiv', v);
    const duration = v.claims.find((c) => c.id === 'gazette-duration');
    expect(duration?.why).toContain('along its stops');
  });
});
