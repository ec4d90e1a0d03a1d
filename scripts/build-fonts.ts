/**
 * Copies the woff2 files the map's labels need into public/fonts/ and writes
 * src/map/font-faces.json, the list MapLibre's style `font-faces` is built from.
 * Noto Sans (Latin, Latin Extended, Cyrillic) comes whole; of Noto Sans KR only the chunks that
 * hold a Hangul syllable used in geo/ are kept. No network; deterministic.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeText } from './lib/write-json.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const outDir = join(root, 'public', 'fonts');

interface Face {
  file: string;
  unicodeRange: string[];
}

/** Reads the @font-face blocks of a Fontsource CSS file: woff2 file name and unicode-range. */
function readCss(pkg: string, css: string): (Face & { dir: string })[] {
  const path = require.resolve(`${pkg}/${css}`);
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => {
    const body = m[1] ?? '';
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    if (!file) throw new Error(`${path}: @font-face without a woff2 url`);
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? 'U+0-10FFFF';
    return {
      file,
      dir: join(dirname(path), 'files'),
      unicodeRange: range.split(',').map((r) => r.trim()),
    };
  });
}

function inRange(code: number, range: string): boolean {
  const [a, b] = range.replace(/^U\+/i, '').split('-');
  const lo = Number.parseInt(a ?? '', 16);
  const hi = b === undefined ? lo : Number.parseInt(b, 16);
  return code >= lo && code <= hi;
}

/** Every Hangul code point in the string values of geo/. */
function hangulInGeo(): number[] {
  const codes = new Set<number>();
  for (const name of readdirSync(join(root, 'geo')).sort()) {
    if (!/\.(geo)?json$/.test(name)) continue;
    for (const ch of readFileSync(join(root, 'geo', name), 'utf8')) {
      const c = ch.codePointAt(0) ?? 0;
      if (
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0x1100 && c <= 0x11ff) ||
        (c >= 0x3130 && c <= 0x318f)
      )
        codes.add(c);
    }
  }
  return [...codes].sort((a, b) => a - b);
}

const SUBSETS = ['latin', 'latin-ext', 'cyrillic'];
const hangul = hangulInGeo();
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const manifest: Record<string, Face[]> = {};
let bytes = 0;
for (const [stack, weight] of [
  ['Noto Sans Regular', 400],
  ['Noto Sans Bold', 700],
] as const) {
  const latin = readCss('@fontsource/noto-sans', `${weight}.css`).filter((f) =>
    SUBSETS.some((s) => f.file === `noto-sans-${s}-${weight}-normal.woff2`),
  );
  const kr = readCss('@fontsource/noto-sans-kr', `${weight}.css`).filter((f) =>
    hangul.some((c) => f.unicodeRange.some((r) => inRange(c, r))),
  );
  manifest[stack] = [...latin, ...kr].map(({ file, dir, unicodeRange }) => {
    copyFileSync(join(dir, file), join(outDir, file));
    bytes += readFileSync(join(outDir, file)).length;
    return { file: `fonts/${file}`, unicodeRange };
  });
}
for (const pkg of ['noto-sans', 'noto-sans-kr']) {
  copyFileSync(require.resolve(`@fontsource/${pkg}/LICENSE`), join(outDir, `LICENSE-${pkg}.txt`));
}
writeText(join(root, 'src', 'map', 'font-faces.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `fonts: ${Object.values(manifest).flat().length} files, ${bytes} bytes, ${hangul.length} Hangul code points`,
);
