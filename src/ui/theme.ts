import type { Theme } from '../state/url-state';

export type Resolved = 'light' | 'dark';

/**
 * Applies the theme to the page (`data-theme` on <html>, which the stylesheet reads) and calls
 * `onChange` when an `auto` theme follows the system between light and dark.
 */
export function applyTheme(
  theme: Theme,
  transparent: boolean,
  onChange: (t: Resolved) => void,
): Resolved {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const resolve = (): Resolved => (theme === 'auto' ? (media.matches ? 'dark' : 'light') : theme);
  const root = document.documentElement;
  const set = () => {
    const r = resolve();
    root.dataset.theme = r;
    root.style.colorScheme = r;
    // Pictures with a dark source (the poster's backdrop) follow the theme, not the system's.
    for (const source of document.querySelectorAll<HTMLSourceElement>('source[data-theme="dark"]'))
      source.media = r === 'dark' ? 'all' : 'not all';
    return r;
  };
  root.dataset.background = transparent ? 'transparent' : 'page';
  if (theme === 'auto') media.addEventListener('change', () => onChange(set()));
  return set();
}

/**
 * The theme and background a link chooses, applied by the entry before the page's first paint
 * (the page written at build time follows the system's theme by itself). Only values the link's
 * parser accepts: anything else waits for the app, which reports it.
 */
export function applyLinkTheme(search: string): void {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const bg = params.get('bg');
  if (theme !== 'light' && theme !== 'dark' && bg !== 'transparent') return;
  applyTheme(
    theme === 'light' || theme === 'dark' ? theme : 'auto',
    bg === 'transparent',
    () => {},
  );
}
