import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The package a bare specifier names: `@turf/along`, `maplibre-gl` (from `maplibre-gl/dist/…`). */
const packageOf = (spec: string) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);

/** Packages src/ loads at run time: value imports and dynamic imports, not `import type`. */
function runtimeImports(): Set<string> {
  const found = new Set<string>();
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.ts'),
  );
  for (const f of files) {
    const text = readFileSync(join('src', f), 'utf8');
    const specs = [
      ...[...text.matchAll(/^(?:import|export)(?!\s+type\b)[^'";]*?from\s+'([^']+)'/gm)].map(
        (m) => m[1],
      ),
      ...[...text.matchAll(/^import\s+'([^']+)'/gm)].map((m) => m[1]),
      ...[...text.matchAll(/import\(\s*(?:\/\*[^*]*\*\/\s*)?'([^']+)'/g)].map((m) => m[1]),
    ];
    for (const s of specs) {
      // Relative files, the build's aliases (`@story/…`, `@basemap/…`) and virtual modules.
      if (!s || s.startsWith('.') || /^@(story|basemap)\//.test(s) || s.startsWith('virtual:'))
        continue;
      found.add(packageOf(s));
    }
  }
  return found;
}

describe('package.json', () => {
  it('declares as dependencies exactly the packages src/ imports', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...runtimeImports()].sort());
  });

  it('declares no package twice', () => {
    const both = Object.keys(pkg.dependencies).filter((d) => d in pkg.devDependencies);
    expect(both).toEqual([]);
  });
});
