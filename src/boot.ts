/**
 * The entry point, kept small: the page's stylesheet, the data requests (started before the
 * large map bundle is even parsed), then the app itself.
 */
import './ui/app.css';
import { GEO_URLS } from './config';

const started = new Map<string, Promise<Response>>(
  Object.values(GEO_URLS).map((g) => [g.url, fetch(g.url)]),
);
/** Each response once: the first read takes the early request, a retry fetches again. */
const fetchOnce = (url: string): Promise<Response> => {
  const early = started.get(url);
  started.delete(url);
  return early ?? fetch(url);
};

import('./main')
  .then((app) => app.start(fetchOnce))
  .catch((e: unknown) => {
    const p = document.createElement('p');
    p.className = 'notice';
    p.textContent = `The map could not start: ${e instanceof Error ? e.message : String(e)}`;
    (document.getElementById('notices') ?? document.body).append(p);
  });
