import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStory } from '../../../src/journey/story-model';
import { DEFAULT_STORY } from '../../../tools/site/story-dir';
import { story } from '../journey/fixtures-data';

const check = (dir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-check.ts', dir], {
    encoding: 'utf8',
  });

/** The line of a plain-text table that starts with an id, cut into its cells. */
const row = (out: string, id: string) =>
  out
    .split('\n')
    .find((l) => l.startsWith(`${id} `))
    ?.split(/\s{2,}/);

describe('story:check prints the verdicts the page shows', { timeout: 60_000 }, () => {
  const r = check(DEFAULT_STORY);
  const { model } = openStory(story);
  const speed = model.base.presets[0]?.kmh ?? 50;
  const { view } = model.at({ speedKmh: speed, mode: 'computed', units: 'km' });

  it('each claim on a line of its own: its id first, the verdict last', () => {
    expect(r.status, r.stderr).toBe(0);
    for (const c of view.claims)
      expect(row(r.stdout, c.claim.id)?.at(-1), c.claim.id).toBe(c.verdict);
  });

  it('counts each article’s verdicts, and says what happened next with its sources', () => {
    expect(r.stdout).toMatch(/Verdicts as reported:\n {2}Live page: .*2 consistent/);
    const after = r.stdout.slice(r.stdout.indexOf('As it happened'));
    const speedRow = row(after, 'live-speed');
    expect(speedRow?.at(-2)).toBe('consistent');
    expect(speedRow?.at(-1)).toBe('refuted');
    // "About 50" covers 45–55: refuted only because what happened demands more than 55.
    expect(speedRow?.[1]).toMatch(/^at least 55\.4 km\/h on average/);
    expect(after).toContain('https://tass.com/politics/1674463/amp');
    expect(after).toContain('https://pledgetimes.com/kim-jong-un-arrived-in-russia/');
  });

  it('no day holds as reported; the three border claims hold as it happened; 60 km does not hold', () => {
    const before = r.stdout.slice(0, r.stdout.indexOf('As it happened'));
    const after = r.stdout.slice(r.stdout.indexOf('As it happened'));
    const days = story.claims.filter((c) => c.kind === 'datetime' && c.reported.day);
    expect(days.length).toBeGreaterThan(5);
    for (const c of days) expect(row(before, c.id)?.at(-1), c.id).not.toBe('holds');
    for (const id of ['ft-arrived-russia', 'ft-crossed-border', 'live-in-russia'])
      expect(row(after, id)?.at(-1), id).toBe('holds');
    expect(row(before, 'ft-ussuriysk-vladivostok-distance')?.at(-1)).toBe('does not hold');
  });

  it('a rail figure of 75 km where the straight line is 77 km reads impossible', () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    cpSync(DEFAULT_STORY, dir, { recursive: true });
    const file = join(dir, 'claims.json');
    const claims = JSON.parse(readFileSync(file, 'utf8'));
    const base = claims.claims.find(
      (c: { id: string }) => c.id === 'ft-ussuriysk-vladivostok-distance',
    );
    claims.claims.push({
      ...base,
      id: 'rail-75',
      kind: 'rail-distance',
      reported: { ...base.reported, figures: [{ value: 75, unit: 'km' }], text: 'about 75km' },
    });
    writeFileSync(file, JSON.stringify(claims));
    // The copy keeps the story's quote seals: its articles' text stays outside, as the story's.
    const out = check(dir);
    expect(out.status, out.stdout).toBe(0);
    const line = row(out.stdout, 'rail-75');
    expect(line?.[2]).toMatch(/^77 km straight line/);
    expect(line?.at(-1)).toBe('impossible');
  });
});
