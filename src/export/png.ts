/** The attribution drawn into an exported image: it travels with the picture. */
export function drawAttribution(
  canvas: HTMLCanvasElement,
  text: string,
  scale = window.devicePixelRatio || 1,
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const size = Math.round(11 * scale);
  ctx.font = `${size}px "Noto Sans", sans-serif`;
  const pad = Math.round(4 * scale);
  const w = ctx.measureText(text).width + pad * 2;
  const h = size + pad * 2;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(canvas.width - w, canvas.height - h, w, h);
  ctx.fillStyle = '#333333';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, canvas.width - w + pad, canvas.height - h / 2);
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
