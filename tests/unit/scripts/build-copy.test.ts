import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { viteBuild } from '../../../tools/site/vite-build';
import { DEFAULT_STORY } from '../../default-story';

const work = mkdtempSync(join(tmpdir(), 'build-copy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a renamed copy of the default story', () => {
  it('builds from a folder outside the repository, with nothing but its own files', () => {
    const dir = join(work, 'a-copy');
    cpSync(DEFAULT_STORY, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
    manifest.id = 'a-copy';
    manifest.title = 'A copy of the default story';
    writeFileSync(join(dir, 'story.json'), JSON.stringify(manifest, null, 2));
    const out = join(work, 'dist');
    viteBuild(out, { env: { STORY: dir }, empty: false });
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('A copy of the default story');
  }, 300_000);
});
