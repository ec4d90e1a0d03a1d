import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import type { LoadResult } from '../../src/data/load.ts';
import type { GeoUrls } from '../../src/data/story-files.ts';
import { EMPTY_COLLECTION, type GeoFile, MAY_BE_EMPTY } from '../../src/data/story-files.ts';
import type { BackdropImages, StaticPage } from '../../src/prerender.ts';
import { resolveBasemap } from '../basemap/story-basemap.ts';
import { storyGlyphs } from '../glyphs/story-glyph-dir.ts';
import { MAX_DATA_BYTES, readConfined } from '../story/confined-read.ts';
import { problemReport, readStory, storyPaths } from '../story/read-story.ts';
import { type BuiltImage, posterImage } from './poster-image.ts';
import { storyIndex } from './story-index.ts';
import { filesElement, fillParts, fillStoryWords, oneFolderDown } from './story-page.ts';
import { palettePlugin } from './vite-palette.ts';
import { withDom } from './vite-static.ts';

interface Prerender {
  renderStatic: (loaded: LoadResult, images?: BackdropImages, site?: string) => Promise<StaticPage>;
}

/** One story of the build, read, checked and rendered. */
interface Story {
  dir: string;
  loaded: LoadResult;
  paths: GeoUrls;
  glyphs: string;
  parts: Record<string, string>;
  images: BuiltImage[];
  oembed: string;
}

/** A story's file as the loader read it: through the confined reader (inside its folder). */
function confinedText(path: string): string {
  const read = readConfined(dirname(path), basename(path), MAX_DATA_BYTES);
  if (!read.ok) throw new Error(`${basename(path)}: ${read.message}`);
  return read.text;
}

/** Every file under a folder, as paths relative to it. */
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false })
    .filter((f) => /\.(pbf|txt)$/.test(f))
    .sort();

/**
 * A story the build refuses: its problems, named by file, feature and field, and nothing of the
 * bundler's own trace (a build stops there; the dev server shows the words in its error page).
 */
function refuse(words: string): never {
  if (process.argv.includes('build')) {
    console.error(`\nThe build stopped: ${words}`);
    process.exit(1);
  }
  const e = new Error(words);
  e.stack = words;
  throw e;
}

/**
 * The stories of a build. For each: its files read through the app's loader (a story whose files
 * do not load cleanly stops the build, with exactly the problems story:check prints), its
 * basemap (its own, or one made for its region), its label glyphs (made from its characters),
 * and its page written at build time (src/prerender.ts through Vite's SSR loader, in a DOM for
 * Node). The scripts carry no story: each page names its files (story-page.ts), so one set of
 * hashed scripts and styles serves every story.
 *
 * One story (`multi` false): its page is the build's index.html. Many: `<id>/index.html` for
 * each, and an index.html listing them (story-index.ts).
 */
export function storiesPlugin(dirs: string[], multi: boolean): Plugin {
  // Where the pages will be served (SITE_URL, e.g. https://example.org/maps/): the oEmbed
  // response's iframe must name its page in full; without it the URLs stay relative.
  const site = process.env.SITE_URL?.replace(/\/?$/, '/');
  const siteOf = (id: string) => (site ? `${site}${multi ? `${id}/` : ''}` : './');
  let dev: ViteDevServer | null = null;
  let own: ViteDevServer | null = null;
  let built: Story[] = [];
  const emitted = new Map<string, string>();
  const served = new Map<string, { type: string; body: Uint8Array | string }>();

  const loader = async (): Promise<ViteDevServer> => {
    if (dev) return dev;
    own ??= await createServer({
      configFile: false,
      root: resolve('.'),
      logLevel: 'error',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, ws: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
      plugins: [palettePlugin()],
    });
    return own;
  };

  /** Reads, checks and renders one story; `prefix` is the page's way to the build's root. */
  const prepare = async (dir: string, prefix: string): Promise<Story> => {
    const basemap = await resolveBasemap(dir);
    const loaded = await readStory(dir, basemap);
    if (loaded.problems.length > 0 || loaded.failed.length > 0)
      refuse(`the story's files do not load cleanly:\n${problemReport(dir, loaded)}`);
    const glyphs = await storyGlyphs(dir, loaded);
    const server = await loader();
    const mod = (await server.ssrLoadModule('/src/prerender.ts')) as Prerender;
    const images: BuiltImage[] = [];
    const page = await withDom(() =>
      mod.renderStatic(
        loaded,
        async (drawings) => {
          const [light, dark] = await Promise.all([
            posterImage(drawings.light, 'poster-light'),
            posterImage(drawings.dark, 'poster-dark'),
          ]);
          images.push(light, dark);
          return { light: `${prefix}${light.fileName}`, dark: `${prefix}${dark.fileName}` };
        },
        siteOf(loaded.data.manifest.id),
      ),
    );
    const parts = {
      panel: page.panel,
      description: page.description,
      poster: `${page.poster}<p class="static-credits">${page.credits}</p>`,
      head: page.head,
    };
    return {
      dir,
      loaded,
      paths: storyPaths(dir, basemap),
      glyphs,
      parts,
      images,
      oembed: page.oembed,
    };
  };

  const pageFor = (template: string, s: Story, urls: Record<string, string>) =>
    fillParts(fillStoryWords(template, s.loaded.data.manifest), {
      ...s.parts,
      files: filesElement(urls),
    });

  return {
    name: 'kim-train-map:stories',
    configureServer(server) {
      dev = server;
      server.middlewares.use((req, res, next) => {
        const hit = served.get((req.url ?? '').split('?')[0] ?? '');
        if (!hit) return next();
        res.setHeader('Content-Type', hit.type);
        res.end(hit.body);
      });
    },
    async buildStart() {
      if (dev) return;
      const prefix = multi ? '../' : './';
      built = [];
      for (const dir of dirs) {
        const s = await prepare(dir, prefix);
        built.push(s);
        const id = s.loaded.data.manifest.id;
        if (built.filter((b) => b.loaded.data.manifest.id === id).length > 1)
          refuse(`STORIES: two stories have the id "${id}" (${dir})`);
        for (const [k, path] of Object.entries(s.paths))
          emitted.set(
            `${id}:${k}`,
            this.emitFile({
              type: 'asset',
              name: basename(path),
              // A story with no track may leave rail.geojson out: the page reads it as empty.
              source:
                MAY_BE_EMPTY.includes(k as GeoFile) && !existsSync(path)
                  ? EMPTY_COLLECTION
                  : confinedText(path),
            }),
          );
        const folder = multi ? `${id}/` : '';
        for (const f of filesUnder(s.glyphs))
          this.emitFile({
            type: 'asset',
            fileName: `${folder}glyphs/${f}`,
            source: readFileSync(join(s.glyphs, f)),
          });
        for (const { fileName, source } of s.images)
          this.emitFile({ type: 'asset', fileName, source });
        this.emitFile({ type: 'asset', fileName: `${folder}oembed.json`, source: s.oembed });
      }
    },
    async transformIndexHtml(html, ctx) {
      // The studio's page (tools/studio/vite-studio.ts) is not a story's.
      if (!dev || ctx.path.startsWith('/studio/')) return html;
      const s = await prepare(dirs[0] as string, './');
      for (const i of s.images) served.set(`/${i.fileName}`, { type: 'image/png', body: i.source });
      for (const f of filesUnder(s.glyphs))
        served.set(`/glyphs/${f}`, {
          type: 'application/x-protobuf',
          body: readFileSync(join(s.glyphs, f)),
        });
      const urls = Object.fromEntries(
        Object.entries(s.paths).map(([k, p]) => [k, `/@fs${resolve(p)}`]),
      );
      return pageFor(html, s, urls);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const shell = bundle['index.html'];
        if (shell?.type !== 'asset') throw new Error('the build wrote no index.html');
        const template = String(shell.source);
        const prefix = multi ? '../' : './';
        const pages = built.map((s) => {
          const id = s.loaded.data.manifest.id;
          const urls = Object.fromEntries(
            Object.keys(s.paths).map((k) => [
              k,
              `${prefix}${this.getFileName(emitted.get(`${id}:${k}`) as string)}`,
            ]),
          );
          return { id, html: pageFor(multi ? oneFolderDown(template) : template, s, urls) };
        });
        if (!multi) {
          shell.source = pages[0]?.html ?? template;
          return;
        }
        for (const p of pages)
          this.emitFile({ type: 'asset', fileName: `${p.id}/index.html`, source: p.html });
        shell.source = storyIndex(
          template,
          built.map((s) => ({ manifest: s.loaded.data.manifest, path: relative('.', s.dir) })),
        );
      },
    },
    async closeBundle() {
      await own?.close();
      own = null;
    },
  };
}
