import { HOST_SOURCE, type HostEventType, heightMessages, hostEvent } from './messages';

/** True in an iframe (a cross-origin parent counts: reading it may throw). */
export const inFrame = (): boolean => {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
};

/** Tells the host page about a change (no-op outside an iframe). */
export function emit(type: HostEventType, data: Record<string, unknown>): void {
  if (inFrame()) window.parent.postMessage(hostEvent(type, data), '*');
}

/**
 * Posts the page's height to the host on start, on resize and whenever the content's height
 * changes. The content's height never depends on the iframe's, so this cannot feed back.
 */
export function reportHeight(content: HTMLElement): () => void {
  if (!inFrame()) return () => {};
  let last = -1;
  const send = () => {
    const h = Math.ceil(content.getBoundingClientRect().height);
    if (h === last || h === 0) return;
    last = h;
    for (const m of heightMessages(h, window.location.href)) window.parent.postMessage(m, '*');
  };
  // The host script asks again when it arrives after the first report (see public/embed.js).
  const asked = (e: MessageEvent) => {
    const d = e.data as { source?: unknown; type?: unknown } | null;
    if (e.source !== window.parent || d?.source !== HOST_SOURCE || d.type !== 'height.request')
      return;
    last = -1;
    send();
  };
  const ro = new ResizeObserver(send);
  ro.observe(content);
  window.addEventListener('resize', send);
  window.addEventListener('load', send);
  window.addEventListener('message', asked);
  send();
  return () => {
    ro.disconnect();
    window.removeEventListener('resize', send);
    window.removeEventListener('message', asked);
  };
}
