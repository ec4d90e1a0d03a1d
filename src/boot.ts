/**
 * The entry point, kept small: the page's stylesheet; once the page has been painted, the data
 * requests (started before the app's bundle is even parsed), the shaders' warm-up and the app.
 */
import './styles';
import { inView, readyEmbed } from './embed/frame-start';
import { inFrame } from './embed/post';
import { warmShaders } from './map/shaders/warm-start';
import { nextTask } from './next-task';
import { storyUrls } from './story-urls';
import { showPanelOpen } from './ui/panel-open';
import { applyLinkTheme } from './ui/theme';

/**
 * The page written at build time is shown first: the data requests and the app's bundle start
 * only once the first frame has been presented (its paint entry) with the poster's picture in
 * it, so that neither competes with the page's own bytes on a slow network, and the bundle's
 * evaluation and the map's start never hold back the first paint. A hidden page starts at once;
 * one that presents no frame after three seconds. An embed is readied for its host page at
 * once, and starts when it comes into view.
 */
applyLinkTheme(window.location.search);
const appEl = document.querySelector<HTMLElement>('.app');
readyEmbed(window.location.search, appEl, showPanelOpen);
// The map's shaders are compiled off this thread from the start (warm-start.ts), so that the GPU
// has done with them before the map is made. Not in an embed: its WebGL context would stay for
// the page's life, and a page of many embeds keeps its contexts for the maps themselves.
if (!inFrame() && document.documentElement.dataset.embed !== '1') warmShaders();
const painted = inView(appEl).then(
  () =>
    new Promise<void>((resolve) => {
      const firstPaint = new Promise<void>((done) => {
        if (PerformanceObserver.supportedEntryTypes?.includes('paint'))
          new PerformanceObserver((_, observer) => {
            observer.disconnect();
            done();
          }).observe({ type: 'paint', buffered: true });
        else done();
      });
      // The poster's picture (its land and water), loaded and decoded, is part of that first view.
      const picture = document.querySelector<HTMLImageElement>('.poster img');
      const pictured = picture ? picture.decode().catch(() => undefined) : undefined;
      // Then one more frame, so that what was waited for has been presented.
      Promise.all([firstPaint, pictured]).then(() =>
        requestAnimationFrame(() => setTimeout(resolve, 0)),
      );
      setTimeout(resolve, document.visibilityState === 'hidden' ? 0 : 3000);
    }),
);
const app = painted.then(() => {
  // The data requests first (they are what the map waits for), then the bundle.
  const started = new Map<string, Promise<Response>>(
    Object.values(storyUrls()).map((url) => [url, fetch(url)]),
  );
  /** Each response once: the first read takes the early request, a retry fetches again. */
  const fetchOnce = (url: string): Promise<Response> => {
    const early = started.get(url);
    started.delete(url);
    return early ?? fetch(url);
  };
  // The bundle's evaluation is one task, the app's start another.
  return import('./main').then(async (main) => {
    await nextTask();
    return main.start(fetchOnce);
  });
});

app.catch((e: unknown) => {
  const p = document.createElement('p');
  p.className = 'notice';
  p.textContent = `The map could not start: ${e instanceof Error ? e.message : String(e)}`;
  (document.getElementById('notices') ?? document.body).append(p);
});
