import type { Frame, Page } from '@playwright/test';

/** An article page with `count` embeds of `src` and the host script from `origin`. */
export function hostPage(origin: string, src: string, count = 1): string {
  const frames = Array.from(
    { length: count },
    (_, i) =>
      `<p>Paragraph ${i} of the article.</p><iframe data-kim-train-map id="f${i}" src="${src}" title="Map ${i}" width="100%" height="150" loading="lazy" frameborder="0"></iframe>`,
  ).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
<style>body{margin:0;font-family:serif} iframe{display:block;border:0}</style></head>
<body><h1>A news article</h1>${frames}<p>End of article.</p>
<script src="${origin}/embed.js" async></script></body></html>`;
}

/** The embedded page's content height, as the embed reports it. */
export async function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() =>
    Math.ceil((document.querySelector('.app') as HTMLElement).getBoundingClientRect().height),
  );
}

/** The frame of the iframe with this id. */
export async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`#${id}`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame ${id}`);
  return frame;
}
