import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { formatProblem } from '../../../src/data/problem';
import { openStory } from '../../../src/journey/story-model';
import { noteLines, problemReport, readStory } from '../../../tools/story/read-story';

const AMUR = 'tests/fixtures/stories/amur-test';
export const HOSTILE = 'tests/fixtures/hostile';
export const SECRET = 'OUTSIDE-THE-STORY-7f3a';
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A copy of the test story in `<temp>/story`, with a file holding the marker beside it. */
export function story(): string {
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
export const edit = (dir: string, file: string, change: (d: Json) => void) => {
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  change(data);
  writeFileSync(join(dir, file), JSON.stringify(data, null, 2));
};
export const article = (file: string) => (d: Json) => {
  d.articles[0].file = file;
};

export interface Case {
  name: string;
  setup: (dir: string) => void;
  /** The problems' lines, all of them, in order. */
  problems: string[];
  /** A note expected besides (not a failure). */
  note?: string;
}

export const TEXT = 'story.json: field "articles.0.file": the article\'s text:';
/** Reads the edited copy as story:check and the build do, and holds it to the case. */
export async function runCase(c: Case): Promise<void> {
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
}
