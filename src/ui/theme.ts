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
  // Only what differs is written: the entry has set it all before the first paint, and a write
  // of the same value would still make the browser restyle and lay out the page again.
  const set = () => {
    const r = resolve();
    if (root.dataset.theme !== r) root.dataset.theme = r;
    if (root.style.colorScheme !== r) root.style.colorScheme = r;
    // Pictures with a dark source (the poster's backdrop) follow the theme, not the system's.
    const shown = r === 'dark' ? 'all' : 'not all';
    for (const source of document.querySelectorAll<HTMLSourceElement>('source[data-theme="dark"]'))
      if (source.media !== shown) source.media = shown;
    return r;
  };
  const background = transparent ? 'transparent' : 'page';
  if (root.dataset.background !== background) root.dataset.background = background;
  if (theme === 'auto') media.addEventListener('change', () => onChange(set()));
  return set();
}

/**
 * The theme and background a link chooses (or the system's theme), applied by the entry before
 * the page's first paint, so the app finds them in place. Only values the link's parser accepts:
 * anything else is the system's theme here, and the app reports it.
 */
export function applyLinkTheme(search: string): void {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  applyTheme(
    theme === 'light' || theme === 'dark' ? theme : 'auto',
    params.get('bg') === 'transparent',
    () => {},
  );
}
