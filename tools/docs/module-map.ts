/**
 * The module map of docs/architecture.md, made from the source: every folder of the three roots
 * (`src/`, `tools/`, `scripts/`) with its purpose, and every file with the first sentence of its
 * opening comment. The architecture test compares the page with what this makes, so a file added,
 * moved or described anew shows in the page (`npm run docs:architecture` rewrites it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each folder's job, in a line; a folder missing here is named by the architecture test. */
export const FOLDERS: Record<string, string> = {
  src: 'the entry and the wiring of the reader’s page',
  'src/data':
    'the edge: zod schemas of every story file, validated once; problems named by file, feature and field',
  'src/journey':
    'pure numbers, no DOM, no MapLibre: distances, the rail network, timeline, claims and verdicts, outcomes, the replay',
  'src/words':
    'the sentences a reader sees (verdicts, times, speeds, compass, counts): pure, used by ui/, export/, story:check and the page written at build time',
  'src/state': 'the reader’s choices in one store, and the address bar',
  'src/map': 'style and layers as plain objects; draws what the model returns',
  'src/map/shaders': 'the map’s shader programs, linked before the map needs them',
  'src/ui': 'one control or panel section per file, each with its own stylesheet',
  'src/embed': 'the page in an iframe: layout, height and host messages',
  'src/export': 'downloads: PNG, video, GeoJSON, CSV',
  'src/network':
    'the world rail network, pure: its file decoded, the nearest track, routes along it, a story’s stops routed (story:route now, the studio later)',
  'src/draft': 'article text to a draft story, pure (the CLI and the browser alike)',
  'src/draft/lexicon':
    'the languages the draft reads: one JSON lexicon per language, its detection and reading',
  'src/studio':
    'the studio: an article to a checked story folder in the browser (worker, edits, panels, zip)',
  'src/draft/figures':
    'the figures the draft reads: distances, speeds, durations, days, directions',
  tools: 'Node-only libraries of the tools, one folder per job',
  'tools/geom': 'geometry for the data builds: clipping, the antimeridian, topology, rounding',
  'tools/derive':
    'a story’s track, stations and published figures from the shared data (`npm run data`)',
  'tools/basemap': 'a story’s basemap for any region, from Natural Earth in npm packages',
  'tools/glyphs': 'the map’s label glyphs as signed distance fields',
  'tools/site': 'the build: Vite plugins, the stories of a build, the page written for each',
  'tools/story': 'reading and checking a story folder (story:check and the build)',
  'tools/draft': 'the draft CLI’s Node side: its arguments, files and gazetteer',
  'tools/draft-eval': 'recall and precision of the draft against hand-made stories',
  'tools/network':
    'the world rail network’s data build (`npm run data:network`), and story:route’s and story:draft’s reading and writing of a story',
  'tools/studio': 'the studio’s build: its page and its gazetteer index',
  'tools/docs': 'pages of docs/ and the README’s findings, made from the source',
  scripts: 'entry points only: argv to tools/',
};

const ROOTS = ['src', 'tools', 'scripts'];

/** Every `.ts` file under the three roots, sorted, by folder. */
export function sourceFolders(root = '.'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of ROOTS)
    for (const f of readdirSync(join(root, r), { recursive: true, encoding: 'utf8' }).sort()) {
      if (!f.endsWith('.ts')) continue;
      const path = `${r}/${f}`;
      const dir = path.slice(0, path.lastIndexOf('/'));
      out.set(dir, [...(out.get(dir) ?? []), path]);
    }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** The first sentence of a file's first doc comment, on one line; '' where it has none. */
export function openingSentence(text: string): string {
  const block = /\/\*\*([\s\S]*?)\*\//.exec(text)?.[1];
  if (!block) return '';
  const flat = block
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
  const end = flat.search(/[.:](\s|$)/);
  return (end > 0 ? flat.slice(0, end) : flat).replace(/\s+/g, ' ').trim();
}

/** The markdown of the module map. */
export function moduleMap(root = '.'): string {
  const lines: string[] = [];
  for (const [dir, files] of sourceFolders(root)) {
    lines.push(`### \`${dir}/\`: ${FOLDERS[dir] ?? '(no purpose given)'}`, '');
    for (const f of files) {
      const said = openingSentence(readFileSync(join(root, f), 'utf8'));
      lines.push(`- \`${f.slice(dir.length + 1)}\`: ${said || '(no opening comment)'}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export const MAP_START = '<!-- module map: made by npm run docs:architecture -->';
export const MAP_END = '<!-- end of module map -->';

/** The page with its module map replaced by the one the source gives. */
export function withModuleMap(page: string, root = '.'): string {
  const a = page.indexOf(MAP_START);
  const b = page.indexOf(MAP_END);
  if (a < 0 || b < a) throw new Error(`docs/architecture.md has no "${MAP_START}" … "${MAP_END}"`);
  return `${page.slice(0, a + MAP_START.length)}\n\n${moduleMap(root)}${page.slice(b)}`;
}
