import type { StoryManifest } from '../../src/data/story-schema.ts';
import { embedSnippet } from '../../src/embed/messages.ts';

const escapeText = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The dates a story's articles were published, as one span ("12 September 2023"). */
function dates(m: StoryManifest): string {
  const day = (d: string) =>
    new Date(`${d}T12:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  const all = [...new Set(m.articles.map((a) => a.published))].sort();
  if (all.length === 0) return '';
  return all.length === 1
    ? day(all[0] as string)
    : `${day(all[0] as string)} – ${day(all.at(-1) as string)}`;
}

/**
 * The build's front page when it holds many stories: each story's title, its articles' dates
 * and outlets, a link, and the snippet to embed it. Written into the page shell (its stylesheet
 * and icon), with no script: the shell's own entry is left out.
 */
export function storyIndex(
  shell: string,
  stories: { manifest: StoryManifest; path: string }[],
): string {
  const items = stories
    .map(({ manifest: m }) => {
      const snippet = embedSnippet({
        url: `./${m.id}/?embed=1`,
        title: m.title,
        height: 640,
        scriptUrl: './embed.js',
      });
      const outlets = [...new Set(m.articles.map((a) => a.outlet))].join(', ');
      return [
        `<li class="story-item" data-story="${escapeText(m.id)}">`,
        `<h2><a href="./${escapeText(m.id)}/">${escapeText(m.title)}</a></h2>`,
        `<p>${escapeText(m.text.description)}</p>`,
        `<p class="story-meta">${m.articles.length === 1 ? 'One article' : `${m.articles.length} articles`}, ${escapeText(dates(m))}: ${escapeText(outlets)}</p>`,
        `<details><summary>Embed</summary><pre><code>${escapeText(snippet)}</code></pre></details>`,
        '</li>',
      ].join('');
    })
    .join('\n');
  const body = `<main class="story-index"><h1>Fact-check maps</h1><p>${stories.length} stories in this build.</p><ul class="story-list">\n${items}\n</ul></main>`;
  return shell
    .replace(/<title>[^<]*<\/title>/, '<title>Fact-check maps</title>')
    .replace(/<meta name="description"[^>]*>/, '')
    .replace(/<!--static:files-->/, '')
    .replace(/<!--static:head-->/, '')
    .replace(/<script type="module"[^>]*><\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(/<body>[\s\S]*<\/body>/, `<body>${body}</body>`);
}
