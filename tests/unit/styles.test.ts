import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const entry = readFileSync('src/styles.ts', 'utf8');
const listed = [...entry.matchAll(/^import '([^']+)';$/gm)].map((m) => m[1]);
const sources = (readdirSync('src', { recursive: true }) as string[]).map((f) => join('src', f));

describe("the page's stylesheet entry (src/styles.ts)", () => {
  it('lists every stylesheet under src/, so that all go into the one stylesheet in <head>', () => {
    // The studio's page (src/studio/) has a stylesheet of its own, not the reader's.
    const sheets = sources.filter(
      (f) => f.endsWith('.css') && !f.startsWith(join('src', 'studio')),
    );
    expect(sheets.length).toBeGreaterThan(1);
    for (const f of sheets) expect(listed, f).toContain(`./${f.slice('src/'.length)}`);
  });

  it('starts with the palette and ends with print', () => {
    expect(listed[0]).toBe('virtual:palette.css');
    expect(listed.at(-1)).toBe('./ui/print.css');
  });
});
