import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/data/claims-schema';
import type { Place } from '../../../src/data/schema';
import { draftStory } from '../../../src/draft/draft';
import type { Gazetteer } from '../../../src/draft/gazetteer';
import { loadGazetteer } from '../../../tools/draft/gazetteer';

const ARTICLES = 'tests/fixtures/articles';
let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteer();
});

function draft(path: string) {
  const text = readFileSync(join(ARTICLES, path), 'utf8');
  const { files } = draftStory([{ file: 'article.txt', text }], g);
  const places = (JSON.parse(files['places.geojson'] ?? '') as { features: Place[] }).features;
  const doc = JSON.parse(files['claims.json'] ?? '') as {
    claims: Claim[];
    excluded: { quote: string; reason: string }[];
  };
  const said = doc.claims.map((c) =>
    [c.kind, ...c.reported.figures.map((f) => `${f.value} ${f.unit}`), c.reported.day ?? '']
      .filter(Boolean)
      .join(' '),
  );
  return { text, files, places, claims: doc.claims, excluded: doc.excluded, said };
}

/** Each made-up article: the places it must give, the claims it must and must not make. */
const CASES: [string, string[], string[], string[]][] = [
  [
    'en/sleeper-cut.txt',
    ['lisbon', 'chamartin-station'],
    [
      'datetime 2024-05-09',
      'datetime 2024-05-10',
      'duration 6 min',
      'duration 666 min',
      'speed 56 mph',
      'unstated-distance 625 km',
    ],
    ['duration 13 h', 'speed 90 km/h', 'speed 110 km/h'],
  ],
  [
    // Hours and minutes with a comma are one figure; "N minutes faster than" is a difference.
    'en/express-times.txt',
    ['milwaukee', 'chicago'],
    ['duration 292 min'],
    [
      // The return journey is another trip than the one the article reports.
      'duration 305 min',
      'duration 25 min',
      'duration 40 min',
      'duration 4 h',
      'duration 52 min',
      'duration 5 h',
      'duration 24 h',
    ],
  ],
  [
    'de/ice-nacht.txt',
    ['munchner-hauptbahnhof', 'berlin'],
    ['datetime 2023-12-10', 'unstated-distance 1240 km', 'duration 2.5 h', 'duration 20 min'],
    ['unstated-distance 1.24 km'],
  ],
  [
    'fr/train-nuit.txt',
    ['paris', 'nice'],
    [
      'datetime 2021-05-20',
      'unstated-distance 1000 km',
      'duration 11 h',
      'unstated-distance 20 km',
    ],
    ['unstated-distance 0 km', 'duration 20 h', 'duration 9 h'],
  ],
  [
    'es/ave.txt',
    ['madrid', 'valencia'],
    ['datetime 2010-12-18', 'duration 260 min', 'unstated-distance 391 km'],
    ['duration 8.45 h'],
  ],
  [
    'it/frecciarossa.txt',
    ['milano', 'parigi', 'torino'],
    ['datetime 2021-12-18', 'duration 7 h', 'unstated-distance 800 km'],
    [],
  ],
  [
    'pt/comboio.txt',
    ['lisboa', 'porto'],
    ['datetime 2022-03-04', 'duration 170 min', 'unstated-distance 337 km', 'speed 120 km/h'],
    [],
  ],
  [
    'ru/poezd.txt',
    ['moscow', 'st-petersburg'],
    ['datetime 2019-12-23', 'duration 510 min', 'unstated-distance 650 km', 'speed 80 km/h'],
    [],
  ],
  [
    'ko/yeolcha.txt',
    ['pyongyang-station', 'shenyang'],
    ['duration 3940 min', 'unstated-distance 700 km'],
    [],
  ],
];

describe('drafts of made-up articles in every language', { timeout: 60_000 }, () => {
  it.each(CASES)('%s', (path, places, must, mustNot) => {
    const d = draft(path);
    const ids = d.places.map((p) => p.properties.id);
    for (const p of places) expect(ids).toContain(p);
    for (const c of must) expect(d.said).toContain(c);
    for (const c of mustNot) expect(d.said).not.toContain(c);
    // Every quote verbatim.
    for (const c of d.claims) expect(d.text).toContain(c.quote);
    for (const p of d.places)
      for (const m of p.properties.mentions) expect(d.text).toContain(m.quote);
  });

  it('makes one claim of a figure said twice, the one with its places', () => {
    const d = draft('en/express-times.txt');
    const km = d.claims.filter((c) => c.reported.figures.some((f) => f.value === 140));
    expect(km).toHaveLength(1);
    expect(km[0]?.places).toEqual(['milwaukee', 'chicago']);
    expect(d.excluded).toContainEqual(
      expect.objectContaining({ reason: 'the return journey, another trip' }),
    );
  });

  it('makes no claim from a sentence the excerpt cuts off, nor from another year’s trip', () => {
    const d = draft('en/sleeper-cut.txt');
    expect(d.excluded.map((e) => e.reason)).toContain('the article is cut off in this sentence');
    expect(d.excluded.some((e) => e.quote.startsWith('In 2012'))).toBe(true);
  });

  it('places a station at its city’s coordinates and says so', () => {
    const d = draft('de/ice-nacht.txt');
    const station = d.places.find((p) => p.properties.id === 'munchner-hauptbahnhof');
    expect(station?.properties.kind).toBe('station');
    expect(station?.properties.coordSource).toMatch(/^at the coordinates of Munich/);
    expect(d.files['REVIEW.md']).toContain(
      'Münchner Hauptbahnhof placed at the coordinates of Munich',
    );
  });

  it('names a language it has no lexicon for, and still writes the places and numbers', () => {
    const text =
      'Published: 2024-01-02\n\nTren dün sabah Ankara’dan hareket etti ve akşam İstanbul’a vardı. Yolculuk yaklaşık 450 km sürdü ve yolcular bu sefer için memnun kaldı.\n';
    const { files } = draftStory([{ file: 'tr.txt', text }], g);
    expect(files['REVIEW.md']).toContain('written in a language the draft has no lexicon for');
    const ids = (JSON.parse(files['places.geojson'] ?? '').features as Place[]).map(
      (p) => p.properties.id,
    );
    // No words of travel to rank them by: the first two named are stops, the other context.
    expect(ids).toContain('ankara');
    expect(files['REVIEW.md']).toMatch(/Istanbul/);
    expect(files['claims.json']).toContain('"value": 450');
  });

  it('names the language it read in REVIEW.md', () => {
    expect(draft('ru/poezd.txt').files['REVIEW.md']).toContain('read as Russian');
  });
});

describe('places on the journey are a ranking', { timeout: 60_000 }, () => {
  const story = (body: string) =>
    draftStory([{ file: 'a.txt', text: `Published: 2024-01-02\n\n${body}\n` }], g);

  it('keeps two places named with no word of travel, as unsure stops', () => {
    const d = story('Officials in Warsaw and in Kyiv praised the new timetable.');
    const places = JSON.parse(d.files['places.geojson'] ?? '').features as Place[];
    expect(places.map((p) => p.properties.id).sort()).toEqual(['kyiv', 'warsaw']);
    expect(d.files['REVIEW.md']).toContain('Stops kept on rank alone');
  });

  it('keeps the places a word of travel names as sure stops', () => {
    const d = story('The train left Warsaw and reached Kyiv the next morning.');
    expect(d.files['REVIEW.md']).not.toContain('Stops kept on rank alone');
  });

  it('refuses a text that names one place only, in one line', () => {
    expect(() => story('Officials in Warsaw praised the new timetable.')).toThrow(
      /^found one place only \(Warsaw\) in the text; a story needs two: nothing written$/,
    );
  });
});
