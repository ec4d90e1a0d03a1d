/**
 * story:check and story:draft run as a user runs them, on hostile input: each ends with the
 * expected line and no stack trace, and nothing waits on a device or a pipe.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_STORY } from '../../../tools/site/story-dir';

const AMUR = 'tests/fixtures/stories/amur-test';
const ARTICLE = 'tests/fixtures/story-draft/in/kenya-mombasa-express.txt';
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});
const temp = () => {
  const t = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
  temps.push(t);
  return t;
};
const copy = (from: string) => {
  const dir = join(temp(), 'story');
  cpSync(from, dir, { recursive: true });
  return dir;
};
const node = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
const check = (...args: string[]) => node('scripts/story-check.ts', args);
const draft = (...args: string[]) => node('scripts/story-draft.ts', args);
const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;
const edit = (path: string, change: (d: Record<string, unknown>) => void) => {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  change(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
};

/** One line on stderr, the expected one, status 1, no stack trace. */
function oneLine(r: ReturnType<typeof node>, line: string) {
  expect(r.error).toBeUndefined();
  expect(r.status).toBe(1);
  expect(r.stderr.trim().split('\n')).toEqual([line]);
  expect(r.stdout + r.stderr).not.toMatch(STACK);
}

describe('story:check on hostile folders', { timeout: 120_000 }, () => {
  it('an article file /etc/passwd: named, not read, exit 1', () => {
    const dir = copy(AMUR);
    edit(join(dir, 'story.json'), (m) => {
      (m.articles as { file: string }[])[0] = {
        ...(m.articles as { file: string }[])[0],
        file: '/etc/passwd',
      } as never;
    });
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'story.json: field "articles.0.file": the article\'s text: "/etc/passwd" is an absolute path: expected a file inside the story folder',
    );
    expect(r.stdout).not.toContain('root:');
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });

  it('a dated stop with no time zone: the claims named and left out, the rest printed', () => {
    const dir = copy(DEFAULT_STORY);
    edit(join(dir, 'story.json'), (m) => {
      delete (m.timeZones as Record<string, string>).ussuriysk;
    });
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'claims.json: feature 9 ("ft-seen-ussuriysk") field "claims.9.places.0": a dated claim needs the place\'s time zone in story.json timeZones (none for "ussuriysk"): the claim is left out',
    );
    expect(r.stdout).toContain('The reported days demand at least');
    expect(r.stdout + r.stderr).not.toContain('timeline: no time zone');
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });

  it('a byte-order mark before every JSON file: no problem at all', () => {
    const dir = copy(AMUR);
    for (const f of ['story.json', 'places.geojson', 'claims.json', 'rail.geojson'])
      writeFileSync(join(dir, f), `\ufeff${readFileSync(join(dir, f), 'utf8')}`);
    const r = check(dir);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('story:check: no problems.');
  });

  it('a folder that is not there, a file for a folder, an unknown option: one line each', () => {
    const t = temp();
    oneLine(
      check(join(t, 'nowhere')),
      `story:check: ${join(t, 'nowhere')}: no such folder (${join(t, 'nowhere')})`,
    );
    writeFileSync(join(t, 'file'), 'x');
    oneLine(
      check(join(t, 'file')),
      `story:check: ${join(t, 'file')}: a file, not a folder (${join(t, 'file')})`,
    );
    oneLine(
      check(AMUR, '--articles', join(t, 'nowhere')),
      `story:check: --articles ${join(t, 'nowhere')}: no such folder`,
    );
  });
});

describe('story:draft on hostile input', { timeout: 120_000 }, () => {
  it('--out x /dev/zero: refused unread, one line', () => {
    const out = join(temp(), 'x');
    oneLine(
      draft('--out', out, '/dev/zero'),
      'story:draft: /dev/zero is not a regular file (a device, pipe or socket): expected an article',
    );
  });

  it('an article named story.json: refused before anything is written', () => {
    const t = temp();
    writeFileSync(join(t, 'story.json'), readFileSync(ARTICLE));
    const out = join(t, 'out');
    const r = draft('--out', out, join(t, 'story.json'));
    oneLine(
      r,
      `story:draft: ${join(t, 'story.json')}: an article may not be named story.json, a story file's name (story.json, places.geojson, claims.json, rail.geojson, stations.geojson, published.json, outcomes.json, route.json, REVIEW.md, quotes.lock.json): rename it`,
    );
  });

  it('--out under a file: one line', () => {
    const t = temp();
    writeFileSync(join(t, 'file'), 'x');
    const out = join(t, 'file', 'draft');
    oneLine(
      draft('--out', out, ARTICLE),
      `story:draft: --out ${out}: ${join(t, 'file')} is a file, so no folder can be made under it`,
    );
  });
});
