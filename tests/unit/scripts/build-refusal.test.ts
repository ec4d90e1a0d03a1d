import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'build-refusal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build on a story it refuses', () => {
  it('names the problems by file and field, exits 1, and prints no stack trace', () => {
    const dir = join(work, 'broken');
    cpSync('tests/fixtures/stories/przemysl-kyiv', dir, { recursive: true });
    const manifest = readFileSync(join(dir, 'story.json'), 'utf8');
    writeFileSync(join(dir, 'story.json'), manifest.replace('"stops"', '"stopz"'));
    const r = spawnSync(
      'npx',
      ['vite', 'build', '--configLoader', 'runner', '--outDir', join(work, 'dist')],
      { env: { ...process.env, STORY: dir }, encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('The build stopped');
    expect(r.stderr).toContain('story.json: field "stops"');
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
  }, 120_000);
});
