import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import type { LoadResult } from '../src/data/load.ts';
import type { BackdropImages, StaticPage } from '../src/prerender.ts';
import { type BuiltImage, posterImage } from './lib/poster-image.ts';
import { readStory } from './lib/read-story.ts';
import { BASEMAP_DIR } from './story-dir.ts';
import { palettePlugin } from './vite-palette.ts';

const MARKER = /<!--static:(\w+)-->/g;

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

interface Prerender {
  renderStatic: (loaded: LoadResult, images?: BackdropImages) => Promise<StaticPage>;
}

/**
 * Writes the page's content into index.html, where `<!--static:NAME-->` markers stand: the
 * panel, the map's description, the poster and the credits, rendered for the default view by
 * the app's own code (src/prerender.ts, loaded through Vite so that its imports resolve as in
 * the app), given the story as readStory loads it from disk. The poster's backdrop (land,
 * water, borders) becomes an image a theme (scripts/lib/poster-image.ts), written beside the
 * bundle's assets (served from memory by the dev server). Style attributes are dropped: a
 * strict CSP refuses them in markup (the app sets the few it needs through the CSSOM once it
 * runs).
 */
export function staticPage(story: string): Plugin {
  let dev: ViteDevServer | null = null;
  let own: ViteDevServer | null = null;
  let base = '/';
  let built: { parts: Record<string, string>; images: BuiltImage[] } | null = null;
  const served = new Map<string, Uint8Array>();
  const loader = async (): Promise<ViteDevServer> => {
    if (dev) return dev;
    own ??= await createServer({
      configFile: false,
      root: resolve('.'),
      logLevel: 'error',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, ws: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
      resolve: { alias: { '@story': story, '@basemap': BASEMAP_DIR } },
      plugins: [palettePlugin()],
    });
    return own;
  };
  const render = async () => {
    const server = await loader();
    const mod = (await server.ssrLoadModule('/src/prerender.ts')) as Prerender;
    const loaded = await readStory(story);
    const images: BuiltImage[] = [];
    const page = await withDom(() =>
      mod.renderStatic(loaded, async (drawings) => {
        const [light, dark] = await Promise.all([
          posterImage(drawings.light, 'poster-light'),
          posterImage(drawings.dark, 'poster-dark'),
        ]);
        images.push(light, dark);
        return { light: `${base}${light.fileName}`, dark: `${base}${dark.fileName}` };
      }),
    );
    const parts: Record<string, string> = {
      panel: page.panel,
      description: page.description,
      poster: `${page.poster}<p class="static-credits">${page.credits}</p>`,
    };
    return { parts, images };
  };
  return {
    name: 'kim-train-map:static-page',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      dev = server;
      server.middlewares.use((req, res, next) => {
        const image = served.get((req.url ?? '').split('?')[0] ?? '');
        if (!image) return next();
        res.setHeader('Content-Type', 'image/png');
        res.end(image);
      });
    },
    async buildStart() {
      if (dev) return;
      built = await render();
      for (const { fileName, source } of built.images)
        this.emitFile({ type: 'asset', fileName, source });
    },
    async transformIndexHtml(html) {
      const page = dev ? await render() : (built ?? (await render()));
      if (dev) for (const i of page.images) served.set(`${base}${i.fileName}`, i.source);
      return html.replace(MARKER, (whole, name: string) => {
        const part = page.parts[name];
        if (part === undefined) throw new Error(`index.html: ${whole} names no part of the page`);
        return part.replace(/\sstyle="[^"]*"/g, '');
      });
    },
    async closeBundle() {
      await own?.close();
      own = null;
    },
  };
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
