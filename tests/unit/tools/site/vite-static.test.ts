import { describe, expect, it } from 'vitest';
import { h } from '../../../../src/ui/dom';
import { withDom } from '../../../../tools/site/vite-static';

// The page written at build time goes through linkedom's serializer: text from data files must
// come out as text, attributes quoted, whatever the data holds.
const PAYLOAD = `<img src=x onerror="alert(1)"> &amp; & </p><script>alert(2)</script>`;

describe('the DOM the page is written with', () => {
  it('writes text from data as escaped text and attributes as quoted values', async () => {
    const html = await withDom(
      async () => h('p', { 'data-name': PAYLOAD, title: `"quoted" 'single'` }, PAYLOAD).outerHTML,
    );
    expect(html).toContain('>&lt;img src=x onerror="alert(1)"&gt; &amp;amp; &amp; &lt;/p&gt;');
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const p = document.querySelector('p');
    expect(document.querySelectorAll('img, script').length).toBe(0);
    expect(p?.textContent).toBe(PAYLOAD);
    expect(p?.getAttribute('data-name')).toBe(PAYLOAD);
    expect(p?.getAttribute('title')).toBe(`"quoted" 'single'`);
  });

  it('gives back the globals it lent', async () => {
    const g = globalThis as Record<string, unknown>;
    const before = g.document;
    await withDom(async () => {
      expect(g.document).toBeDefined();
    });
    expect(g.document).toBe(before);
  });
});
