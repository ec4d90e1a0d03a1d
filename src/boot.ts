/**
 * The entry point, kept small: the page's stylesheet, the app's own bundle (asked for first: a
 * browser opens only a few connections to one host, and the bundle is what everything waits
 * for), then the data requests, started before the bundle is even parsed.
 */
import './styles';
import { GEO_URLS } from './story-urls';

const app = import('./main');
const started = new Map<string, Promise<Response>>(
  Object.values(GEO_URLS).map((url) => [url, fetch(url)]),
);
/** Each response once: the first read takes the early request, a retry fetches again. */
const fetchOnce = (url: string): Promise<Response> => {
  const early = started.get(url);
  started.delete(url);
  return early ?? fetch(url);
};

app
  .then((main) => main.start(fetchOnce))
  .catch((e: unknown) => {
    const p = document.createElement('p');
    p.className = 'notice';
    p.textContent = `The map could not start: ${e instanceof Error ? e.message : String(e)}`;
    (document.getElementById('notices') ?? document.body).append(p);
  });
