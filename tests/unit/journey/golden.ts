import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const ROOT = 'tests/fixtures';

/** The input cases of a fixture folder: tests/fixtures/<fn>/in/<case>.json. */
export function cases(fn: string): [string, unknown][] {
  const dir = join(ROOT, fn, 'in');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8'))]);
}

/** Rounds numbers so goldens do not churn on the last floating-point digit. */
function round(v: unknown): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? Number(v.toPrecision(10)) : String(v);
  if (Array.isArray(v)) return v.map(round);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]));
  return v;
}

/** Compares with tests/fixtures/<fn>/out/<case>.json; regenerate on purpose with `vitest -u`. */
export async function golden(fn: string, name: string, value: unknown): Promise<void> {
  await expect(`${JSON.stringify(round(value), null, 2)}\n`).toMatchFileSnapshot(
    `../../fixtures/${fn}/out/${name}.json`,
  );
}
