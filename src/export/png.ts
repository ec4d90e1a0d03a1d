import type { Article } from '../data/schema';
import type { JourneyView } from '../journey/model';
import { verdictCounts } from '../journey/shown-verdict';
import { countWords } from '../words/count-words';
import { VERDICT_RULES } from '../words/verdict-rules';

export interface PictureWords {
  title: string;
  view: JourneyView;
  articles: Article[];
  credits: string;
  /** Where the panel and the map are on the page: the picture keeps the map beside the panel. */
  panel: DOMRect | null;
  map: DOMRect;
  scale: number;
  dark: boolean;
}

/** Lines of at most `width` px. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

/**
 * The picture a reader downloads: the title, each outlet's verdicts counted, the key of the
 * verdicts it uses, the map as far as the panel leaves it in view (all of it where the panel is
 * beside or below it), and the credits.
 */
export function composePicture(map: HTMLCanvasElement, w: PictureWords): HTMLCanvasElement {
  const s = map.width / Math.max(1, w.map.width);
  const crop = { x: 0, y: 0, w: map.width, h: map.height };
  const p = w.panel;
  if (p && p.width > 0 && p.height > 0) {
    if (p.right < w.map.width / 2) crop.x = Math.round((p.right - w.map.left) * s);
    else if (p.top > w.map.height / 3) crop.h = Math.round((p.top - w.map.top) * s);
    crop.w = map.width - crop.x;
  }
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) return map;
  const unit = w.scale;
  const pad = 12 * unit;
  const width = crop.w;
  const font = (px: number, bold = false) =>
    `${bold ? '600 ' : ''}${Math.round(px * unit)}px "Noto Sans", sans-serif`;
  const counts = verdictCounts(w.view.claims, w.articles, false);
  const used = [...new Set(counts.flatMap((c) => c.counts.map((n) => n.verdict)))];
  const head: [string, string, number][] = [];
  ctx.font = font(17, true);
  for (const l of wrap(ctx, w.title, width - 2 * pad)) head.push([l, font(17, true), 22]);
  ctx.font = font(12.5);
  for (const c of counts) {
    const a = w.articles.find((x) => x.id === c.article);
    const line = `${a?.outlet ?? c.article}: ${c.counts.map((n) => countWords(n.count, n.verdict)).join(', ')}`;
    for (const l of wrap(ctx, line, width - 2 * pad)) head.push([l, font(12.5), 17]);
  }
  ctx.font = font(11);
  for (const v of used)
    for (const l of wrap(ctx, VERDICT_RULES[v], width - 2 * pad)) head.push([l, font(11), 15]);
  const headH = pad * 2 + head.reduce((sum, [, , lh]) => sum + lh * unit, 0);
  const footH = 22 * unit;
  out.width = width;
  out.height = Math.round(headH + crop.h + footH);
  const paper = w.dark ? '#1d1f21' : '#ffffff';
  const ink = w.dark ? '#e8e6e3' : '#1d1f21';
  ctx.fillStyle = paper;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = ink;
  ctx.textBaseline = 'top';
  let y = pad;
  for (const [text, f, lh] of head) {
    ctx.font = f;
    ctx.fillText(text, pad, y);
    y += lh * unit;
  }
  ctx.drawImage(map, crop.x, crop.y, crop.w, crop.h, 0, headH, crop.w, crop.h);
  ctx.font = font(11);
  ctx.textBaseline = 'middle';
  ctx.fillText(w.credits, pad, headH + crop.h + footH / 2, width - 2 * pad);
  return out;
}

/** Saves a Blob under a file name, through a temporary link. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
