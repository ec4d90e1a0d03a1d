/**
 * Writes the map's label glyphs into public/glyphs/ (tools/glyphs/story-glyphs.ts): signed
 * distance fields in MapLibre's glyph PBF format, one file per font stack and range of 256 code
 * points, computed from the Noto fonts of the Fontsource packages (SIL OFL 1.1). With these, the
 * reader's browser decodes ready-made glyphs instead of drawing each one on its main thread
 * while the map loads.
 *
 * Which characters: the basic set (printable ASCII, the Latin-1 signs, dashes, quotes and the
 * like), and every other character in geo/ (local names in Hangul and Cyrillic, place and label
 * names) and in the test stories, with its capital, for both stacks. No network; deterministic
 * (plain arithmetic on the fonts' outlines). A character the map cannot draw stops it, named.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGlyphs, collectCharacters, GlyphError } from '../tools/glyphs/story-glyphs.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// --out DIR: somewhere else (the tests rebuild into a temporary folder and compare).
const outArg = process.argv.indexOf('--out');
const outDir =
  outArg > 0 ? resolve(process.argv[outArg + 1] ?? '') : join(root, 'public', 'glyphs');

/** Writes the glyph PBFs of `chars` (and the fonts' licences) into `dir`, replacing what is there. */
export function writeGlyphs(chars: Iterable<number>, dir: string): void {
  const r = buildGlyphs(chars, dir);
  console.log(`glyphs: ${r.characters} characters, ${r.files} files, ${r.bytes} bytes`);
}

function main(): void {
  const files = [join(root, 'geo'), join(root, 'tests/fixtures/stories')].flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((f) => /\.(geo)?json$/.test(f) && !f.endsWith('.schema.json'))
          .sort()
          .map((f) => join(dir, f))
      : [],
  );
  const chars = collectCharacters(
    files.map((f) => ({ file: relative(root, f), text: readFileSync(f, 'utf8') })),
  );
  try {
    const r = buildGlyphs(chars, outDir);
    console.log(`glyphs: ${r.characters} characters, ${r.files} files, ${r.bytes} bytes`);
  } catch (e) {
    if (!(e instanceof GlyphError)) throw e;
    console.error(`build-glyphs: ${e.message.split('\n').join('\nbuild-glyphs: ')}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
