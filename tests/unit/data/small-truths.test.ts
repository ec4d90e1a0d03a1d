import { describe, expect, it } from 'vitest';
import { readByName } from '../../default-story';

/** The small truths of the default story, each fixed in its files (issue: the fact-check at a glance). */
const claims = readByName('claims.json') as {
  claims: {
    id: string;
    kind: string;
    quote: string;
    places: string[];
    reported: { day: string | null };
    since?: { day: string; source: { url: string; quote: string } };
  }[];
  excluded: { quote: string; reason: string }[];
};
const manifest = readByName('story.json') as { partsOfDay: Record<string, [number, number]> };
const claim = (quote: string) => claims.claims.find((c) => c.quote === quote);
const excluded = (quote: string) =>
  claims.excluded.find((c) => c.quote.startsWith(quote) || quote.startsWith(c.quote));

describe('the default story’s small truths', () => {
  it('“four years since” and “more than four years after” are checked from the story’s dates', () => {
    for (const q of [
      'It’s four years since Kim travelled overseas',
      'Kim’s visit to Russia comes more than four years after he held his first summit with Putin in Vladivostok.',
    ]) {
      const c = claim(q);
      expect(c?.kind, q).toBe('elapsed');
      expect(c?.since?.day).toBe('2019-04-25');
      expect(c?.since?.source.url).toMatch(/^https:\/\/www\.dw\.com\//);
      expect(excluded(q)).toBeUndefined();
    }
  });

  it('the carriages are left out because the map has no carriage data', () => {
    const e = excluded(
      'Kim’s luxurious green and yellow train has at least 20 bulletproof carriages',
    );
    expect(e?.reason).toMatch(/no data on the train’s carriages/);
  });

  it('the FT caption of the send-off on Sunday is a claim at Pyongyang', () => {
    const c = claim('Kim being given a send-off before his departure from Pyongyang on Sunday');
    expect(c?.kind).toBe('datetime');
    expect(c?.places).toEqual(['pyongyang']);
    expect(c?.reported.day).toBe('2023-09-10');
  });

  it('the Rossiya-24 footage of the bridge is left out, with its reason', () => {
    const e = excluded(
      'Russian state TV channel Rossiya-24 showed footage of a Russian railways locomotive pulling Kim’s green railway carriages over a bridge',
    );
    expect(e?.reason).toMatch(/no day, time or figure/);
  });

  it('“morning” takes in the small hours, as the story says', () => {
    expect(manifest.partsOfDay.morning).toEqual([0, 12]);
  });
});
