/**
 * Story folders as untrusted input: each case is a copy of the made-up amur-test story with one
 * thing wrong, read as story:check and the build read it. Each gives exactly the expected lines
 * (one cause, one problem), the model still opens, and nothing outside the folder is read or
 * quoted: a file beside the copy holds a marker that must never show.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/data/problem';
import { openStory } from '../../../src/journey/story-model';
import { noteLines, problemReport, readStory } from '../../../tools/story/read-story';

const AMUR = 'tests/fixtures/stories/amur-test';
const HOSTILE = 'tests/fixtures/hostile';
const SECRET = 'OUTSIDE-THE-STORY-7f3a';
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A copy of the test story in `<temp>/story`, with a file holding the marker beside it. */
function story(): string {
  const parent = mkdtempSync(join(tmpdir(), 'hostile-'));
  temps.push(parent);
  writeFileSync(join(parent, 'secret.txt'), `${SECRET}\n`);
  const places = JSON.parse(readFileSync(join(AMUR, 'places.geojson'), 'utf8'));
  places.features[0].properties.name = SECRET;
  writeFileSync(join(parent, 'secret.geojson'), JSON.stringify(places));
  const dir = join(parent, 'story');
  cpSync(AMUR, dir, { recursive: true });
  return dir;
}
// biome-ignore lint/suspicious/noExplicitAny: the cases edit JSON of any shape, on purpose
type Json = Record<string, any>;
const edit = (dir: string, file: string, change: (d: Json) => void) => {
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  change(data);
  writeFileSync(join(dir, file), JSON.stringify(data, null, 2));
};
const article = (file: string) => (d: Json) => {
  d.articles[0].file = file;
};

interface Case {
  name: string;
  setup: (dir: string) => void;
  /** The problems' lines, all of them, in order. */
  problems: string[];
  /** A note expected besides (not a failure). */
  note?: string;
}

const TEXT = 'story.json: field "articles.0.file": the article\'s text:';
const CASES: Case[] = [
  {
    name: 'an article file ../../../etc/passwd',
    setup: (d) => edit(d, 'story.json', article('../../../etc/passwd')),
    problems: [
      `${TEXT} "../../../etc/passwd" climbs out with "..": expected a file inside the folder`,
    ],
  },
  {
    name: 'an article file beside the folder (../secret.txt)',
    setup: (d) => edit(d, 'story.json', article('../secret.txt')),
    problems: [`${TEXT} "../secret.txt" climbs out with "..": expected a file inside the folder`],
  },
  {
    name: 'an absolute article file /etc/passwd',
    setup: (d) => edit(d, 'story.json', article('/etc/passwd')),
    problems: [
      `${TEXT} "/etc/passwd" is an absolute path: expected a file inside the story folder`,
    ],
  },
  {
    name: 'an article file /dev/zero',
    setup: (d) => edit(d, 'story.json', article('/dev/zero')),
    problems: [`${TEXT} "/dev/zero" is an absolute path: expected a file inside the story folder`],
  },
  {
    name: 'article.txt a link to /dev/zero',
    setup: (d) => {
      rmSync(join(d, 'article.txt'));
      symlinkSync('/dev/zero', join(d, 'article.txt'));
    },
    problems: [
      `${TEXT} "article.txt" is a link to a place outside the story folder: expected a file inside it`,
    ],
  },
  {
    name: 'article.txt a named pipe (reading it would wait for ever)',
    setup: (d) => {
      rmSync(join(d, 'article.txt'));
      expect(spawnSync('mkfifo', [join(d, 'article.txt')]).status).toBe(0);
    },
    problems: [
      `${TEXT} "article.txt" is not a regular file (a device, pipe or socket): expected a file`,
    ],
  },
  {
    name: 'an article file "."',
    setup: (d) => edit(d, 'story.json', article('.')),
    problems: [`${TEXT} "." is the folder itself`],
  },
  {
    name: 'an article file that is a folder',
    setup: (d) => {
      mkdirSync(join(d, 'texts'));
      edit(d, 'story.json', article('texts'));
    },
    problems: [`${TEXT} "texts" is a folder: expected a file`],
  },
  {
    name: 'an article over 1 MB',
    setup: (d) => writeFileSync(join(d, 'article.txt'), 'The train left. '.repeat(70_000)),
    problems: [`${TEXT} "article.txt" is over 1.0 MB: expected at most 1.0 MB`],
  },
  {
    name: 'places.geojson a link leading out of the folder',
    setup: (d) => {
      rmSync(join(d, 'places.geojson'));
      symlinkSync('../secret.geojson', join(d, 'places.geojson'));
    },
    problems: [
      'places.geojson: "places.geojson" is a link to a place outside the story folder: expected a file inside it',
    ],
  },
  {
    name: 'a non-UTF-8 byte in a name',
    setup: (d) => copyFileSync(join(HOSTILE, 'non-utf8-places.geojson'), join(d, 'places.geojson')),
    problems: [
      'places.geojson: "places.geojson" is not UTF-8 text (byte 318, line 11): save it as UTF-8',
    ],
  },
  {
    name: 'a byte-order mark before story.json',
    setup: (d) =>
      writeFileSync(join(d, 'story.json'), `\ufeff${readFileSync(join(d, 'story.json'), 'utf8')}`),
    problems: [],
  },
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

describe('hostile story folders', { timeout: 60_000 }, () => {
  it.each(CASES)('$name', async (c) => {
    const dir = story();
    c.setup(dir);
    const r = await readStory(dir);
    const report = `${problemReport(dir, r)}\n${noteLines(r.notes).join('\n')}`;
    expect(r.problems.map(formatProblem)).toEqual(c.problems);
    expect(report).not.toContain(SECRET);
    expect(report).not.toContain('root:');
    if (c.note) expect(r.notes.map(formatProblem)).toContain(c.note);
    // Whatever was wrong, the rest opens: the model computes what it can.
    if (!r.failed.includes('story.json')) {
      const { model } = openStory(r.data);
      const { view } = model.at({ speedKmh: 50, mode: 'computed', units: 'km' });
      expect(view.legs.length).toBeGreaterThan(0);
    }
  });
});
