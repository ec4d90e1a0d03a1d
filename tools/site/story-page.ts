import type { StoryManifest } from '../../src/data/story-schema.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const MARKER = /<!--static:(\w+)-->/g;

/**
 * Writes the story's words into the page shell: `%story.title%`, `%story.description%` and
 * `%story.mapLabel%` in index.html become the manifest's text (escaped), so the page names its
 * story before any script runs.
 */
export function fillStoryWords(html: string, manifest: StoryManifest): string {
  const words: Record<string, string> = {
    title: manifest.title,
    description: manifest.text.description,
    mapLabel: manifest.text.mapLabel,
  };
  return html.replace(/%story\.(\w+)%/g, (whole, key: string) => {
    const v = words[key];
    if (v === undefined) throw new Error(`index.html: ${whole} is not a story text`);
    return escapeHtml(v);
  });
}

/**
 * Writes the page's parts where `<!--static:NAME-->` markers stand, as they are: the parts come
 * from the DOM (src/prerender.ts drops style attributes there), so their text reaches the page
 * byte for byte.
 */
export function fillParts(html: string, parts: Record<string, string>): string {
  return html.replace(MARKER, (whole, name: string) => {
    const part = parts[name];
    if (part === undefined) throw new Error(`index.html: ${whole} names no part of the page`);
    return part;
  });
}

/**
 * Where the page's story files are served from, as data in the page (src/story-urls.ts reads
 * it): the scripts carry no story, so one set of scripts serves every story of a build. `<` is
 * escaped so that no file name can end the element.
 */
export function filesElement(urls: Record<string, string>): string {
  const json = JSON.stringify(urls).replace(/</g, '\\u003c');
  return `<script type="application/json" id="story-files">${json}</script>`;
}

/** The page's own references (scripts, styles, icon) one folder down: `./x` becomes `../x`. */
export function oneFolderDown(html: string): string {
  return html.replace(/(\s(?:src|href)=")\.\//g, '$1../');
}
