import { parseHTML } from 'linkedom';
import type { Plugin } from 'vite';

/**
 * Runs `renderStatic` (src/prerender.ts, the app's own render code) with a DOM for Node
 * (linkedom) standing in for the browser's: `document`, `window`, and observers that never fire
 * (there is no layout to observe at build time).
 */
export async function withDom<T>(work: () => Promise<T>): Promise<T> {
  const dom = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const { window, document } = dom;
  // linkedom's <select> has no value setter: choosing a value marks its option `selected`,
  // which is what the written page needs anyway.
  const select = dom.HTMLSelectElement.prototype as unknown as HTMLSelectElement;
  Object.defineProperty(select, 'value', {
    configurable: true,
    get(this: HTMLSelectElement) {
      return this.querySelector('option[selected]')?.getAttribute('value') ?? '';
    },
    set(this: HTMLSelectElement, v: string) {
      for (const o of Array.from(this.querySelectorAll('option')))
        o.toggleAttribute('selected', o.getAttribute('value') === String(v));
    },
  });
  const g = globalThis as Record<string, unknown>;
  const names = ['window', 'document', 'ResizeObserver', 'IntersectionObserver'];
  const saved = names.map((n) => [n, Object.getOwnPropertyDescriptor(g, n)] as const);
  class Inert {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  // linkedom writes attribute values with only their quotes escaped: a value holding `&amp;`
  // would read back as `&`. Ampersands are escaped too while the page is written.
  const attr = Object.getPrototypeOf(document.createAttribute('x')) as {
    toString: (this: Attr) => string;
  };
  const attrToString = attr.toString;
  attr.toString = function (this: Attr) {
    if (this.value === '') return attrToString.call(this);
    return `${this.name}="${this.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  };
  Object.assign(g, { window, document, ResizeObserver: Inert, IntersectionObserver: Inert });
  try {
    return await work();
  } finally {
    attr.toString = attrToString;
    for (const [n, d] of saved) {
      if (d) Object.defineProperty(g, n, d);
      else delete g[n];
    }
  }
}

/**
 * Makes the entry script render-blocking (`blocking="render"`, which Vite's own HTML step does
 * not carry over from index.html): the entry readies the page for the link (an embed's layout,
 * a chosen theme) before it is first rendered, so the page is never drawn one way and then
 * another. The entry is a few kilobytes, requested with the stylesheet that blocks rendering
 * anyway.
 */
export function renderBlockingEntry(): Plugin {
  return {
    name: 'kim-train-map:render-blocking-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = /<script type="module"(?![^>]*\bblocking=)([^>]*\bsrc="[^"]*index[^"]*\.js")/;
        if (!entry.test(html))
          throw new Error('index.html: no entry script to make render-blocking');
        return html.replace(entry, '<script type="module" blocking="render"$1');
      },
    },
  };
}
