import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { renderStatic } from '../../../src/prerender';
import { fillParts, fillStoryWords } from '../../../tools/site/story-page';
import { withDom } from '../../../tools/site/vite-static';
import { readStory } from '../../../tools/story/read-story';

// Text from a story reaches the page written at build time byte for byte, whatever it holds:
// attribute-like words, markers of the page shell, replacement patterns, entities.
const NOTES = [
  'A made-up figure, style="approx" as given.',
  'Markers stay text: <!--static:panel--> and %story.title%.',
  'Patterns stay text: $& $1 $$ and &amp; &lt;b&gt; as typed.',
];
const SHELL =
  '<!doctype html><html><head><title>%story.title%</title></head><body><main><!--static:panel--></main><div><!--static:description--></div><div><!--static:poster--></div></body></html>';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('the page written at build time', () => {
  it('carries every claim note byte for byte', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-'));
    temps.push(dir);
    cpSync('tests/fixtures/stories/amur-test', dir, { recursive: true });
    const file = join(dir, 'claims.json');
    const claims = JSON.parse(readFileSync(file, 'utf8'));
    NOTES.forEach((n, i) => {
      claims.claims[i].note = n;
    });
    writeFileSync(file, JSON.stringify(claims, null, 2));
    const loaded = await readStory(dir);
    expect(loaded.problems).toEqual([]);
    const page = await withDom(() => renderStatic(loaded));
    const html = fillParts(fillStoryWords(SHELL, loaded.data.manifest), {
      panel: page.panel,
      description: page.description,
      poster: page.poster,
    });
    const { document } = parseHTML(html);
    const notes = [...document.querySelectorAll('.claim-note')].map((e) => e.textContent);
    for (const n of NOTES) expect(notes).toContain(n);
    // Style attributes are still dropped (a strict CSP refuses them), from the markup only.
    expect(document.querySelectorAll('[style]').length).toBe(0);
  });
});
