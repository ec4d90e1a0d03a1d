import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/data/claims-schema';
import { draftStory } from '../../../src/draft/draft';
import type { Gazetteer } from '../../../src/draft/gazetteer';
import { loadGazetteer } from '../../../tools/draft/gazetteer';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteer();
});

/** The days of a made-up article's draft, as "place day". */
function days(text: string): string[] {
  const { files } = draftStory([{ file: 'a.txt', text }], g);
  const claims = (JSON.parse(files['claims.json'] ?? '') as { claims: Claim[] }).claims;
  return claims
    .filter((c) => c.kind === 'datetime')
    .map((c) => `${c.places.join(',')} ${c.reported.day}`);
}

describe('a one-day journey’s day at each of its stops', { timeout: 30_000 }, () => {
  it.each([
    [
      'en',
      'Published: 2024-03-05\n\nThe first direct train left Lyon at 7.10am yesterday. It called at Dijon on the way and reached Strasbourg at 11.40am.\n',
      ['lyon 2024-03-04', 'dijon 2024-03-04', 'strasbourg 2024-03-04'],
    ],
    [
      'es',
      'Published: 2022-10-08\n\nEl primer tren directo salió ayer de Sevilla a las 7.05 y llegó a Granada tras pasar por Antequera.\n',
      ['sevilla 2022-10-07', 'granada 2022-10-07'],
    ],
  ])('gives every stop of a %s report of one day that day', (_, text, must) => {
    const d = days(text);
    for (const m of must) expect(d).toContain(m);
  });

  it('gives no stop a day when the article names two days', () => {
    const d = days(
      'Published: 2024-03-06\n\nThe sleeper left Lyon on Monday evening, called at Dijon and reached Strasbourg on Tuesday morning.\n',
    );
    expect(d.some((x) => x.startsWith('dijon'))).toBe(false);
  });

  it('gives no day to a place named in a forecast, a statement or a dateline', () => {
    const d = days(
      'Published: 2024-03-05\n\nGENEVA – The first direct train left Lyon at 7.10am yesterday and reached Strasbourg at 11.40am. The operator said passengers loved Basel. A second train will run to Zurich in May.\n',
    );
    expect(d).toContain('strasbourg 2024-03-04');
    for (const p of ['geneva', 'basel', 'zurich'])
      expect(d.some((x) => x.startsWith(p))).toBe(false);
  });
});

describe('a dateline', { timeout: 30_000 }, () => {
  it('gives no day to the place the report was filed from', () => {
    const d = days(
      'Published: 2018-09-24\n\nSHANGHAI, Sept. 23 -- The first train left Nanjing at 6:44 a.m. Sunday and reached Hangzhou two hours later.\n',
    );
    expect(d.some((x) => x.startsWith('shanghai'))).toBe(false);
    expect(d).toContain('nanjing 2018-09-23');
  });
});

describe('one day per event', { timeout: 30_000 }, () => {
  it('keeps the day at the station, not again at its city', () => {
    const text =
      'Published: 2017-12-11\n\nDer erste ICE fuhr am Sonntag in Berlin ab. Der Zug fuhr am Sonntag um 6.30 Uhr am Berliner Hauptbahnhof ab und erreichte Leipzig um 7.40 Uhr.\n';
    const { files } = draftStory([{ file: 'a.txt', text }], g);
    const doc = JSON.parse(files['claims.json'] ?? '') as {
      claims: Claim[];
      excluded: { reason: string }[];
    };
    const at = doc.claims.filter((c) => c.kind === 'datetime').map((c) => c.places.join());
    expect(at).toContain('berliner-hauptbahnhof');
    expect(at).not.toContain('berlin');
    expect(doc.excluded.map((e) => e.reason)).toContain(
      'the same day as at Berliner Hauptbahnhof, which names the place (more precisely)',
    );
  });
});

describe('a day with no place beside the same day at a place', { timeout: 30_000 }, () => {
  it('is one claim, the placed one', () => {
    const text =
      'Published: 2024-03-05\n\nThe first direct train left Lyon at 7.10am yesterday and reached Strasbourg at 11.40am. It had crossed the plains of France yesterday morning.\n';
    const { files } = draftStory([{ file: 'a.txt', text }], g);
    const doc = JSON.parse(files['claims.json'] ?? '') as { claims: Claim[] };
    const days = doc.claims.filter((c) => c.kind === 'datetime');
    expect(days.some((c) => c.places.length > 0 && c.reported.day === '2024-03-04')).toBe(true);
    expect(days.filter((c) => c.places.length === 0)).toEqual([]);
  });
});
