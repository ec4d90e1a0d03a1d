/**
 * What the map says to the page that embeds it. Heights in three dialects hosts already speak,
 * and namespaced events. Pure builders here; `post.ts` sends them.
 */
export const SOURCE = 'kim-train-map';
/** What the host script (public/embed.js) signs its own messages to the map with. */
export const HOST_SOURCE = 'kim-train-map-host';

export type HostEventType =
  | 'mode.change'
  | 'time.change'
  | 'place.select'
  | 'speed.change'
  | 'units.change'
  | 'panel.toggle';

export interface HostEvent {
  source: typeof SOURCE;
  type: HostEventType;
  data: Record<string, unknown>;
}

export function hostEvent(type: HostEventType, data: Record<string, unknown>): HostEvent {
  return { source: SOURCE, type, data };
}

/**
 * The height messages: AMP's `embed-size`, pym.js v1's string message (child id from pym's
 * `childId` query parameter), and the `iframe.resize` message (Embedly/Medium style).
 */
export function heightMessages(height: number, href: string): unknown[] {
  const h = Math.ceil(height);
  let childId = SOURCE;
  try {
    childId = new URL(href).searchParams.get('childId') ?? SOURCE;
  } catch {
    // keep the default id
  }
  return [
    { sentinel: 'amp', type: 'embed-size', height: h },
    `pymxPYMx${childId}xPYMxheightxPYMx${h}`,
    { context: 'iframe.resize', src: href, height: h },
  ];
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The snippet an editor pastes: the iframe (titled, full width, lazy) and the host script. */
export function embedSnippet(opts: {
  url: string;
  title: string;
  scriptUrl: string;
  height: number;
}): string {
  return [
    `<iframe data-kim-train-map src="${escapeAttr(opts.url)}" title="${escapeAttr(opts.title)}" width="100%" height="${opts.height}" loading="lazy" frameborder="0" scrolling="no" allow="fullscreen"></iframe>`,
    `<script src="${escapeAttr(opts.scriptUrl)}" async></script>`,
  ].join('\n');
}
