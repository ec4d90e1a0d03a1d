import { inFrame, reportHeight } from './post';

/**
 * Readies the page written at build time for an embed (`?embed=1`, read here as the app reads
 * it: "1" and nothing else), before the app's bundle is requested: the embed's layout, the panel
 * closed unless the link opens it, the title hidden if the link leaves it out and no Embed
 * button (as the app starts them), and, in a frame, its height told to the host page, so the
 * host lays the article out once, with every embed at its own height, even those whose app has
 * not started. `showPanelOpen` is the panel's own (ui/panel-open.ts), given by the entry.
 */
export function readyEmbed(
  search: string,
  app: HTMLElement | null,
  showPanelOpen: (
    host: HTMLElement,
    toggle: HTMLElement | null,
    text: HTMLElement | null,
    open: boolean,
  ) => void,
): void {
  const params = new URLSearchParams(search);
  if (params.get('embed') !== '1' || !app) return;
  document.documentElement.dataset.embed = '1';
  const panel = document.getElementById('panel');
  if (panel && params.get('panel') !== 'open')
    showPanelOpen(
      panel,
      panel.querySelector('.panel-toggle'),
      panel.querySelector('.panel-toggle-text'),
      false,
    );
  // An embed offers no Embed button of its own.
  document.querySelector('#panel .embed-button')?.remove();
  if (params.get('title') === '0')
    document.querySelector('.panel-head h1')?.classList.add('visually-hidden');
  reportHeight(app);
}

/**
 * Resolves once `el` is (or comes) in view, at once outside a frame. A page with many embeds
 * (twenty maps down one article) starts only the apps a reader reaches; the rest show their
 * page written at build time and cost the host page's main thread nothing. (In a cross-origin
 * frame the margin is ignored: the app starts as the frame enters the viewport.)
 */
export function inView(el: Element | null, margin = '300px'): Promise<void> {
  if (!el || !inFrame() || typeof IntersectionObserver === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        resolve();
      },
      { rootMargin: margin },
    );
    io.observe(el);
  });
}
