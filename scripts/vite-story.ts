import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Writes the story's words into the page shell: `%story.title%`, `%story.description%` and
 * `%story.mapLabel%` in index.html become the manifest's text (escaped), so the page names its
 * story before any script runs.
 */
export function storyHtml(dir: string): Plugin {
  const manifest = () => {
    const m = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
    return {
      title: String(m.title ?? ''),
      description: String(m.text?.description ?? ''),
      mapLabel: String(m.text?.mapLabel ?? ''),
    } as Record<string, string>;
  };
  return {
    name: 'story-html',
    transformIndexHtml(html) {
      const words = manifest();
      return html.replace(/%story\.(\w+)%/g, (whole, key: string) => {
        const v = words[key];
        if (v === undefined) throw new Error(`index.html: ${whole} is not a story text`);
        return escapeHtml(v);
      });
    },
  };
}
