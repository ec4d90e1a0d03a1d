/*
 * kim-train-map host script: sizes each embedded map's iframe to its content.
 * Paste once per page, after the iframes: <script src=".../embed.js" async></script>
 * It listens only to messages from its own iframes (iframe[data-kim-train-map]), reads the
 * AMP `embed-size` and `iframe.resize` height messages, clamps the height to a sane range,
 * and re-dispatches the map's events on the iframe as `kim-train-map:<type>` DOM events.
 */
(() => {
  const MIN = 200;
  const MAX = 10000;
  if (window.kimTrainMapHost) return;
  window.kimTrainMapHost = true;

  const frameOf = (source) => {
    for (const f of document.querySelectorAll('iframe[data-kim-train-map]')) {
      if (f.contentWindow === source) return f;
    }
    return null;
  };

  window.addEventListener('message', (e) => {
    const frame = frameOf(e.source);
    if (!frame) return;
    const d = e.data;
    if (!d || typeof d !== 'object') return;
    let height = null;
    if (d.sentinel === 'amp' && d.type === 'embed-size') height = Number(d.height);
    else if (d.context === 'iframe.resize') height = Number(d.height);
    if (height !== null && Number.isFinite(height)) {
      frame.height = String(Math.min(MAX, Math.max(MIN, Math.round(height))));
      frame.style.height = `${frame.height}px`;
      return;
    }
    if (d.source === 'kim-train-map' && typeof d.type === 'string') {
      frame.dispatchEvent(new CustomEvent(`kim-train-map:${d.type}`, { detail: d.data, bubbles: true }));
    }
  });

  // An embed that told its height before this script ran (it is async, often last on the page)
  // is asked to tell it again.
  for (const f of document.querySelectorAll('iframe[data-kim-train-map]')) {
    f.contentWindow?.postMessage({ source: 'kim-train-map-host', type: 'height.request' }, '*');
  }
})();
