import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SHARED = process.env.SHARED_DATA ?? '../shared/data';
const run = (out: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-geo.ts', '--out', out], {
    env: { ...process.env, SHARED_DATA: SHARED },
    stdio: 'pipe',
  });

describe.skipIf(!existsSync(join(SHARED, 'SOURCES.md')))('scripts/build-geo.ts', () => {
  const a = mkdtempSync(join(tmpdir(), 'geo-a-'));
  const b = mkdtempSync(join(tmpdir(), 'geo-b-'));
  afterAll(() => {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  });

  it('is deterministic and geo/ is what it writes', { timeout: 60_000 }, () => {
    run(a);
    run(b);
    const list = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(geo)?json$/.test(f))
        .sort();
    const files = list(a);
    expect(files).toEqual(list(b));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const bytes = readFileSync(join(a, f));
      expect(bytes.equals(readFileSync(join(b, f))), `${f} differs between two runs`).toBe(true);
      expect(
        bytes.equals(readFileSync(join('geo', f))),
        `geo/${f} is not what the script writes`,
      ).toBe(true);
    }
  });

  it('fails with a clear message when the input folder is missing', () => {
    expect(() =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-geo.ts', '--out', a], {
        env: { ...process.env, SHARED_DATA: '/nonexistent' },
        stdio: 'pipe',
      }),
    ).toThrow(/input folder \/nonexistent not found/);
  });
});
