import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CSS_COLOUR_VARIABLES,
  cssColours,
  PAGE_PALETTES,
  PALETTES,
  PRINT_COLOURS,
} from '../../../../src/palette';
import { paletteCss } from '../../../../tools/site/vite-palette';

const css = paletteCss();
const [light = '', dark = ''] = css.split('html[data-theme="dark"]');

/** Every stylesheet under src/, with its path. */
const stylesheets = (readdirSync('src', { recursive: true }) as string[])
  .filter((f) => f.endsWith('.css'))
  .map((f) => ({ file: join('src', f), text: readFileSync(join('src', f), 'utf8') }));

/** A colour as six lower-case hex digits: #abc and #aabbcc alike. */
const hex6 = (c: string): string => {
  const h = c.toLowerCase().replace('#', '');
  return h.length === 3 || h.length === 4
    ? [...h.slice(0, 3)].map((d) => d + d).join('')
    : h.slice(0, 6);
};
/**
 * The opaque colours written in a stylesheet: hex literals and rgb() with no alpha. (Translucent
 * black, for shadows and the dialog's backdrop, is shading rather than a colour of the palette.)
 */
const coloursIn = (text: string): string[] => [
  ...[...text.matchAll(/#[0-9a-f]{3,8}\b/gi)].map((m) => hex6(m[0])),
  ...[...text.matchAll(/rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*\)/gi)].map((m) =>
    m
      .slice(1, 4)
      .map((n) => Number(n).toString(16).padStart(2, '0'))
      .join(''),
  ),
];

const paletteColours = new Set(
  [
    ...Object.values(PALETTES).flatMap((p) => Object.values(p)),
    ...Object.values(PAGE_PALETTES).flatMap((p) => Object.values(p)),
    ...Object.values(PRINT_COLOURS),
  ].map(hex6),
);

describe('the palette as CSS', () => {
  it('sets every colour variable on :root (light) and again for the dark theme', () => {
    for (const [name, value] of cssColours('light')) expect(light).toContain(`${name}: ${value};`);
    for (const [name, value] of cssColours('dark')) expect(dark).toContain(`${name}: ${value};`);
    expect(light.trimStart().startsWith(':root {')).toBe(true);
  });

  it("contains every one of the page's colours, in both themes, and the print colours", () => {
    for (const p of Object.values(PAGE_PALETTES)) {
      for (const c of Object.values(p)) expect(css).toContain(c);
    }
    for (const c of Object.values(PRINT_COLOURS)) expect(light).toContain(c);
  });

  it('names each variable once', () => {
    const names = CSS_COLOUR_VARIABLES.map(([n]) => n);
    expect(new Set(names).size).toBe(names.length);
  });

  it('defines every variable the stylesheets use (colours here, layout in the stylesheets)', () => {
    // The palette's colours, and the layout's own variables declared in the stylesheets.
    const declared = [css, ...stylesheets.map((s) => s.text)].join('\n');
    const defined = new Set([...declared.matchAll(/(--[\w-]+):/g)].map((m) => m[1]));
    for (const { file, text } of stylesheets) {
      for (const [, name] of text.matchAll(/var\((--[\w-]+)\)/g)) {
        expect(defined, `${file} uses ${name}`).toContain(name);
      }
    }
  });
});

describe('the stylesheets', () => {
  it('exist', () => expect(stylesheets.length).toBeGreaterThan(0));

  it('write no palette colour: they take them from the variables', () => {
    for (const { file, text } of stylesheets) {
      const written = coloursIn(text).filter((c) => paletteColours.has(c));
      expect(written, file).toEqual([]);
    }
  });
});
