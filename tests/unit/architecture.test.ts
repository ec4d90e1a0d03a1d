import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLDERS, sourceFolders, withModuleMap } from '../../tools/docs/module-map';

/** Every root of code, its modules and what each imports (relative imports only), read from the source. */
const ROOTS = ['src', 'tools', 'scripts', 'bench', 'tests'];
const files = ROOTS.flatMap((r) =>
  readdirSync(r, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.includes('fixtures/'))
    .map((f) => join(r, f)),
);
const imports = new Map<string, string[]>(
  files.map((f) => {
    const text = readFileSync(f, 'utf8');
    const found = [
      ...text.matchAll(
        /^(?:import|export)[^'";]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/gm,
      ),
    ].map((m) => normalize(join(dirname(f), `${m[1] ?? m[2]}`)).replace(/(\.ts)?$/, '.ts'));
    return [f, found.filter((x) => files.includes(x))];
  }),
);
const root = (f: string) => f.split('/')[0] ?? '';
const layer = (f: string) => (root(f) === 'src' ? (relative('src', f).split('/')[0] ?? '') : '');
const src = files.filter((f) => root(f) === 'src');

describe('the layout of the code', () => {
  it('has no import circle in any root', () => {
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        circles.push([...path.slice(path.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const g of imports.get(f) ?? []) visit(g, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(circles).toEqual([]);
  });

  it('map/ never imports ui/; data/ imports neither config nor journey/; journey/ no DOM layer', () => {
    const bad: string[] = [];
    for (const [f, deps] of imports)
      for (const d of deps) {
        const [from, to] = [layer(f), layer(d)];
        if (from === 'map' && to === 'ui') bad.push(`${f} → ${d}`);
        if (from === 'data' && (to === 'journey' || to === 'config.ts')) bad.push(`${f} → ${d}`);
        if (from === 'journey' && ['map', 'ui', 'state', 'embed', 'export', 'words'].includes(to))
          bad.push(`${f} → ${d}`);
      }
    expect(bad).toEqual([]);
  });

  it('words/ are pure sentences: they import only data/ and journey/, and no DOM', () => {
    const bad: string[] = [];
    for (const f of src.filter((x) => layer(x) === 'words')) {
      for (const d of imports.get(f) ?? [])
        if (!['data', 'journey', 'words'].includes(layer(d))) bad.push(`${f} → ${d}`);
      if (/\b(document|window)\.|HTMLElement/.test(readFileSync(f, 'utf8'))) bad.push(`${f}: DOM`);
    }
    expect(src.filter((x) => layer(x) === 'words').length).toBeGreaterThan(5);
    expect(bad).toEqual([]);
  });

  it('nothing outside src/ui/ imports it but the entries that wire the page', () => {
    const wiring = ['src/main.ts', 'src/boot.ts', 'src/prerender.ts'];
    const bad: string[] = [];
    for (const [f, deps] of imports)
      for (const d of deps)
        if (layer(d) === 'ui' && layer(f) !== 'ui' && !wiring.includes(f) && root(f) !== 'tests')
          bad.push(`${f} → ${d}`);
    expect(bad).toEqual([]);
  });

  it('src/ has no Node API; tools/ and scripts/ are never imported by src/', () => {
    const bad: string[] = [];
    for (const f of src) {
      if (/from\s+'node:|require\(/.test(readFileSync(f, 'utf8'))) bad.push(`${f}: Node API`);
      for (const d of imports.get(f) ?? []) if (root(d) !== 'src') bad.push(`${f} → ${d}`);
    }
    expect(bad).toEqual([]);
  });

  it('scripts/ are entry points: short, and imported by nothing but tests', () => {
    const scripts = files.filter((f) => root(f) === 'scripts');
    const long = scripts.filter((f) => readFileSync(f, 'utf8').split('\n').length > 150);
    const imported: string[] = [];
    for (const [f, deps] of imports)
      for (const d of deps)
        if (root(d) === 'scripts' && root(f) !== 'tests') imported.push(`${f} → ${d}`);
    expect(long).toEqual([]);
    expect(imported).toEqual([]);
  });

  it('draft/ is pure: no DOM, map, ui, state, embed or export layer, no Node API', () => {
    const bad: string[] = [];
    for (const [f, deps] of imports)
      for (const d of deps)
        if (layer(f) === 'draft' && ['map', 'ui', 'state', 'embed', 'export'].includes(layer(d)))
          bad.push(`${f} → ${d}`);
    const draft = src.filter((f) => layer(f) === 'draft');
    expect(draft.length).toBeGreaterThan(10);
    for (const f of draft) {
      const text = readFileSync(f, 'utf8');
      if (/from\s+'node:|require\(|\b(document|window|process)\./.test(text))
        bad.push(`${f}: Node or DOM API`);
    }
    expect(bad).toEqual([]);
  });

  it('map/ and ui/ draw what the model returns: no network, no measuring', () => {
    const measuring =
      /\bnew RailNetwork\b|\b(journeyLegs|straightKm|routeFigures|bbox|length|distance)\(/;
    const offenders = src.filter(
      (f) => ['map', 'ui'].includes(layer(f)) && measuring.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('main.ts is wiring of at most 80 lines; no module of src/ or tools/ over 250', () => {
    expect(readFileSync('src/main.ts', 'utf8').split('\n').length).toBeLessThanOrEqual(81);
    const long = files.filter(
      (f) => ['src', 'tools'].includes(root(f)) && readFileSync(f, 'utf8').split('\n').length > 251,
    );
    expect(long).toEqual([]);
  });

  it('docs/architecture.md names every folder and file of the three roots, as the source says', () => {
    const unnamed = [...sourceFolders().keys()].filter((d) => !(d in FOLDERS));
    expect(unnamed).toEqual([]);
    const page = readFileSync('docs/architecture.md', 'utf8');
    // Stale? `npm run docs:architecture` rewrites the module map.
    expect(page).toBe(withModuleMap(page));
  });
});
