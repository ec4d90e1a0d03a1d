import type { Plugin } from 'vite';
import { FRAME_PADDING } from '../../src/config.ts';
import { CSS_PRINT_VARIABLES, cssColours } from '../../src/palette.ts';

/** The id a stylesheet entry imports to get the palette as CSS custom properties. */
export const PALETTE_CSS_ID = 'virtual:palette.css';
const RESOLVED_ID = `\0${PALETTE_CSS_ID}`;

const block = (selector: string, vars: ReadonlyArray<readonly [string, string]>): string =>
  `${selector} {\n${vars.map(([name, value]) => `  ${name}: ${value};\n`).join('')}}\n`;

/** The layout figures the stylesheets share with the code: the map's frame padding. */
const LAYOUT_VARIABLES = [['--frame-pad', `${FRAME_PADDING}px`]] as const;

/**
 * The palette (src/palette.ts) as CSS: every colour variable on `:root` for the light theme,
 * with the print colours and the shared layout figures, and the dark values under
 * `html[data-theme="dark"]`, which src/ui/theme.ts sets, and under a dark system theme until it
 * does.
 */
export function paletteCss(): string {
  return (
    block(':root', [...cssColours('light'), ...CSS_PRINT_VARIABLES, ...LAYOUT_VARIABLES]) +
    block('html[data-theme="dark"]', cssColours('dark')) +
    // Before a script has set the theme (or without scripts): the system's.
    `@media (prefers-color-scheme: dark) {\n${block('html:not([data-theme])', cssColours('dark'))}}\n`
  );
}

/** Serves `virtual:palette.css`, made from src/palette.ts (and remade when it changes). */
export function palettePlugin(): Plugin {
  return {
    name: 'kim-train-map:palette',
    resolveId(id) {
      return id === PALETTE_CSS_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(new URL('../../src/palette.ts', import.meta.url).pathname);
      this.addWatchFile(new URL('../../src/config.ts', import.meta.url).pathname);
      return paletteCss();
    },
  };
}
