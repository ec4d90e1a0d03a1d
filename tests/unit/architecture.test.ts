import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The modules of src/ and what each imports (relative imports only), read from the source. */
const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join('src', f));
const imports = new Map<string, string[]>(
  files.map((f) => {
    const text = readFileSync(f, 'utf8');
    const found = [...text.matchAll(/^(?:import|export)[^'";]*?from\s+'(\.[^']+)'/gm)].map((m) =>
      normalize(join(dirname(f), `${m[1]}`)).replace(/(\.ts)?$/, '.ts'),
    );
    return [f, found.filter((x) => files.includes(x))];
  }),
);
const layer = (f: string) => relative('src', f).split('/')[0] ?? '';

describe('the layout of src/', () => {
  it('has no import circle', () => {
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
        if (from === 'journey' && ['map', 'ui', 'state', 'embed', 'export'].includes(to))
          bad.push(`${f} → ${d}`);
      }
    expect(bad).toEqual([]);
  });

  it('draft/ is pure: no DOM, map, ui, state, embed or export layer, no Node API', () => {
    const bad: string[] = [];
    for (const [f, deps] of imports)
      for (const d of deps)
        if (layer(f) === 'draft' && ['map', 'ui', 'state', 'embed', 'export'].includes(layer(d)))
          bad.push(`${f} → ${d}`);
    const draft = files.filter((f) => layer(f) === 'draft');
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
    const offenders = files.filter(
      (f) => ['map', 'ui'].includes(layer(f)) && measuring.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('main.ts is wiring of at most 80 lines; no module over 250', () => {
    expect(readFileSync('src/main.ts', 'utf8').split('\n').length).toBeLessThanOrEqual(81);
    const long = files.filter((f) => readFileSync(f, 'utf8').split('\n').length > 251);
    expect(long).toEqual([]);
  });
});
