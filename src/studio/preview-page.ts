/**
 * The reader's page for a story held in memory, as the build writes it, as one HTML document.
 */
import { renderStatic } from '../prerender';
import { loadFiles } from './check';

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The reader's stylesheets, as the built page at `root` links them (none under the dev server). */
async function readerStyles(root: string): Promise<string[]> {
  try {
    const html = await (await fetch(root)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return Array.from(doc.querySelectorAll('link[rel="stylesheet"]')).map(
      (l) => new URL(l.getAttribute('href') ?? '', root).href,
    );
  } catch {
    return [];
  }
}

/** The page's HTML for the story in `files`: title, map picture, figures, ledger, tables, credits. */
export async function prerenderPage(files: Record<string, string>, root: string): Promise<string> {
  const loaded = await loadFiles(files);
  const page = await renderStatic(loaded);
  const title = loaded.data.manifest.title;
  const links = (await readerStyles(root))
    .map((href) => `<link rel="stylesheet" href="${attr(href)}">`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${attr(title)}</title>${links}</head><body><main class="app">${page.description}<section class="map" aria-label="${attr(loaded.data.manifest.text.mapLabel)}">${page.poster}<p class="static-credits">${page.credits}</p></section><aside class="panel" aria-label="Places and quotes">${page.panel}</aside></main></body></html>`;
}
