import { copyFileSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { type Case, edit, HOSTILE, runCase } from './story-copy';

const CASES: Case[] = [
  {
    name: 'a coordinate 1e999',
    setup: (d) => copyFileSync(join(HOSTILE, 'infinite-places.geojson'), join(d, 'places.geojson')),
    problems: [
      'places.geojson: feature 0 ("khabarovsk") field "geometry.coordinates.0": not a finite number (a figure such as 1e999 is too large to hold)',
    ],
  },
  {
    name: 'a dated place with no time zone',
    setup: (d) =>
      edit(d, 'story.json', (m) => {
        delete m.timeZones.khabarovsk;
      }),
    problems: [
      `claims.json: feature 2 ("gazette-left") field "claims.2.places.0": a dated claim needs the place's time zone in story.json timeZones (none for "khabarovsk"): the claim is left out`,
    ],
  },
  {
    name: 'two claims with one id',
    setup: (d) =>
      edit(d, 'claims.json', (c) => {
        c.claims[1].id = c.claims[0].id;
      }),
    problems: [
      'claims.json: feature 1 ("gazette-distance") field "claims.1.id": duplicate id (given "gazette-distance"): the claim is left out',
    ],
  },
  {
    name: 'two articles with one id',
    setup: (d) =>
      edit(d, 'story.json', (m) => {
        m.articles.push({ ...m.articles[0], title: 'Another' });
      }),
    problems: ['story.json: field "articles.1.id": duplicate id "gazette" (given "gazette")'],
  },
  {
    name: 'two outcomes with one id',
    setup: (d) =>
      writeFileSync(
        join(d, 'outcomes.json'),
        JSON.stringify({
          name: 'outcomes',
          source: 'made up for the tests',
          outcomes: [1, 2].map((k) => ({
            id: 'seen',
            place: 'khabarovsk',
            from: `2024-03-04T0${k}:00:00+10:00`,
            what: 'seen at the station',
            source: {
              outlet: 'The Test Gazette',
              title: 'A note',
              url: 'https://example.org/note',
              published: '2024-03-05',
              quote: 'seen at the station',
            },
            note: '',
          })),
        }),
      ),
    problems: ['outcomes.json: field "outcomes.1.id": duplicate id "seen" (given "seen")'],
  },
  {
    name: 'a region with south above north',
    setup: (d) =>
      edit(d, 'story.json', (m) => {
        m.region = [131, 50, 137, 47];
      }),
    problems: ['story.json: field "region.1": expected south below north (47) (given 50)'],
  },
  {
    name: 'a region crossing the 180° meridian',
    setup: (d) =>
      edit(d, 'story.json', (m) => {
        m.region = [170, 47, -170, 50];
      }),
    problems: [
      'story.json: field "region.0": expected west less than east (-170): a region may not cross the 180° meridian (given 170)',
    ],
  },
  {
    name: 'an empty articles list (no cascade through the mentions)',
    setup: (d) =>
      edit(d, 'story.json', (m) => {
        m.articles = [];
      }),
    problems: ['story.json: field "articles": expected at least one article (given [])'],
  },
  {
    name: 'a broken article id (no cascade through the mentions)',
    setup: (d) =>
      edit(d, 'story.json', (m) => {
        m.articles[0].id = 'Gazette!';
      }),
    problems: [
      'story.json: field "articles.0.id": expected an id of lower-case letters, digits and "-" (given "Gazette!")',
    ],
  },
  {
    name: 'an article id renamed (one problem per file, not one per quote)',
    setup: (d) =>
      edit(d, 'story.json', (m) => {
        m.articles[0].id = 'courier';
      }),
    problems: [
      'places.geojson: feature 0 ("khabarovsk") field "properties.mentions.0.article": expected one of "courier" (given "gazette", as does 1 more mention): left out',
      'claims.json: feature 0 ("gazette-distance") field "claims.0.article": expected an article of story.json: "courier" (given "gazette", as do 4 more claims): the claim is left out',
    ],
  },
  {
    name: 'a rail leg from an unknown node (blamed on rail.geojson)',
    setup: (d) =>
      edit(d, 'rail.geojson', (r) => {
        r.features[0].properties.from = 'khabarovskk';
      }),
    problems: [
      'rail.geojson: field "properties.from": rail leg "khabarovsk--birobidzhan": expected a place or station id (given "khabarovskk")',
    ],
  },
  {
    name: 'a self-intersecting polygon in the story’s own basemap',
    setup: (d) => cpSync(join(HOSTILE, 'bowtie-basemap'), join(d, 'basemap'), { recursive: true }),
    problems: [],
    note: 'land.geojson: 1 ring cross or touch themselves (first: feature 0 ("Bowtie") near [131.00, 47.00]): drawn as filled areas, no figure is computed from them',
  },
];

describe('hostile story folders: their data', { timeout: 60_000 }, () => {
  it.each(CASES)('$name', runCase);
});
