import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ARTICLE = 'tests/fixtures/story-draft/in/kenya-mombasa-express.txt';
const SEED = '../shared/articles';
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-draft.ts', ...args], {
    encoding: 'utf8',
  });
const check = (dir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-check.ts', dir], {
    encoding: 'utf8',
  });
const temp = () => mkdtempSync(join(tmpdir(), 'draft-'));

/** One line on stderr, starting "story:draft:", and no stack trace. */
function refused(r: ReturnType<typeof run>, words: RegExp) {
  expect(r.status).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^story:draft: /);
  expect(lines[0]).toMatch(words);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('npm run story:draft', { timeout: 90_000 }, () => {
  it('drafts a folder that story:check accepts, writing nothing outside --out', () => {
    const parent = temp();
    const out = join(parent, 'draft');
    const r = run(['--out', out, ARTICLE]);
    expect(r.status, r.stderr).toBe(0);
    // Mombasa, Nairobi and the Nairobi Terminus (a station at Nairobi's coordinates).
    expect(r.stdout).toMatch(/wrote .*: 4 places, \d+ claims/);
    expect(readdirSync(parent)).toEqual(['draft']);
    expect(readdirSync(out).sort()).toEqual(
      [
        'REVIEW.md',
        'claims.json',
        'kenya-mombasa-express.txt',
        'places.geojson',
        'published.json',
        'rail.geojson',
        'stations.geojson',
        'story.json',
      ].sort(),
    );
    expect(readFileSync(join(out, 'kenya-mombasa-express.txt'), 'utf8')).toBe(
      readFileSync(ARTICLE, 'utf8'),
    );
    // REVIEW.md says what was done with the legs: routed on the rail network, listed at the end.
    const review = readFileSync(join(out, 'REVIEW.md'), 'utf8');
    expect(review).not.toMatch(/No track data|until rail\.geojson has legs/);
    expect(review).toMatch(/routes each leg on the world rail network/);
    expect(review).toMatch(/## Route on the world rail network \(\d+\)/);
    const c = check(out);
    expect(c.status, c.stdout + c.stderr).toBe(0);
    expect(c.stdout).toContain('story:check: no problems.');
  });

  it('story:check accepts every golden draft and the draft of the seed articles', () => {
    const golden = readdirSync('tests/fixtures/story-draft/out').map((d) =>
      join('tests/fixtures/story-draft/out', d),
    );
    expect(golden.length).toBeGreaterThanOrEqual(4);
    const drafts = [...golden];
    if (existsSync(SEED)) {
      const out = join(temp(), 'seed');
      const r = run([
        '--out',
        out,
        '--published',
        '2023-09-12',
        '--outlet',
        'Live news page',
        join(SEED, '000_4e508b13e52c11e8.txt'),
        '--outlet',
        'Financial Times (as republished)',
        join(SEED, '004_9d374928d60337d4.txt'),
      ]);
      expect(r.status, r.stderr).toBe(0);
      drafts.push(out);
    }
    for (const d of drafts) {
      const c = check(d);
      expect(c.status, `${d}\n${c.stdout}${c.stderr}`).toBe(0);
    }
  });

  it('refuses a folder that is not empty unless --force', () => {
    const out = temp();
    writeFileSync(join(out, 'notes.txt'), 'mine');
    refused(run(['--out', out, ARTICLE]), /is not empty.*--force/);
    const r = run(['--out', out, '--force', ARTICLE]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses bad input with one line each', () => {
    const dir = temp();
    const file = (name: string, data: string | Buffer) => {
      const p = join(dir, name);
      writeFileSync(p, data);
      return p;
    };
    const out = join(dir, 'out');
    refused(run(['--out', out, file('empty.txt', '  \n\n')]), /empty\.txt is empty/);
    refused(
      run(['--out', out, file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))]),
      /not text/,
    );
    refused(run(['--out', out, file('latin1.txt', Buffer.from([0x53, 0xe3, 0x6f]))]), /not UTF-8/);
    refused(
      run([
        '--out',
        out,
        file('page.html', '<!DOCTYPE html><html><body><p>Kim left Pyongyang.</p></body></html>'),
      ]),
      /looks like an HTML page/,
    );
    refused(
      run(['--out', out, file('huge.txt', 'The train left. '.repeat(330_000))]),
      /5\.\d MB: expected an article of at most 1\.0 MB/,
    );
    refused(run(['--out', out, join(dir, 'missing.txt')]), /missing\.txt: no such file/);
    mkdirSync(join(dir, 'folder'));
    refused(run(['--out', out, join(dir, 'folder')]), /is a folder/);
    refused(run(['--out', out, '--colour', 'red', ARTICLE]), /unknown flag --colour/);
    refused(run([ARTICLE]), /--out <folder> is required/);
    refused(run(['--out', out]), /no article given/);
    refused(run(['--out', out, '--published', '2023-02-30', ARTICLE]), /not a date as YYYY-MM-DD/);
    refused(
      run(['--out', out, file('undated.txt', 'A train left Nairobi on Tuesday.\n')]),
      /no publication date/,
    );
    refused(
      run([
        '--out',
        out,
        '--published',
        '2024-01-02',
        file('one.txt', 'A quiet day in Nairobi today.\n'),
      ]),
      /one place only \(Nairobi\) in the text; a story needs two: nothing written/,
    );
    expect(readdirSync(dir)).not.toContain('out');
  });
});
