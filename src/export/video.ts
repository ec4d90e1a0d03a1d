import type { Map as MapLibreMap } from 'maplibre-gl';
import { SOURCES } from '../map/layers';
import { snapshot } from '../map/snapshot';

export const VIDEO = { width: 1280, height: 720, fps: 10, seconds: 9 } as const;

/** What a frame of the video shows besides the map, in words. */
export interface VideoWords {
  title: string;
  clock: string;
  speed: string;
  status: string;
  credits: string;
}

export interface VideoJob {
  map: MapLibreMap;
  /** The replay's span, and a way to put the replay at a moment. */
  start: number;
  end: number;
  seek: (t: number) => void;
  words: () => VideoWords;
  onProgress: (share: number) => void;
  signal: AbortSignal;
}

/** Resolves once the replay's source holds the frame just set (the next render draws it). */
const loaded = (map: MapLibreMap) =>
  new Promise<void>((resolve) => {
    const check = () => {
      if (map.isSourceLoaded(SOURCES.replay)) resolve();
      else map.once('sourcedata', check);
    };
    check();
  });

/** One frame: the map, scaled to cover the frame, with the title, the clock and the credits drawn in. */
function compose(ctx: CanvasRenderingContext2D, map: HTMLCanvasElement, w: VideoWords): void {
  const { width, height } = VIDEO;
  const scale = Math.max(width / map.width, height / map.height);
  ctx.fillStyle = '#dce6ec';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(
    map,
    (width - map.width * scale) / 2,
    (height - map.height * scale) / 2,
    map.width * scale,
    map.height * scale,
  );
  const band = (y: number, h: number) => {
    ctx.fillStyle = 'rgba(255,255,255,0.88)';
    ctx.fillRect(0, y, width, h);
  };
  band(0, 96);
  ctx.fillStyle = '#3d3a36';
  ctx.textBaseline = 'top';
  ctx.font = '600 28px "Noto Sans", sans-serif';
  ctx.fillText(w.title, 24, 14, width - 48);
  ctx.font = '22px "Noto Sans", sans-serif';
  ctx.fillText(`${w.clock} · ${w.speed}`, 24, 54, width - 48);
  band(height - 64, 64);
  ctx.font = '18px "Noto Sans", sans-serif';
  ctx.fillStyle = '#8a1f14';
  ctx.fillText(w.status, 24, height - 58, width - 48);
  ctx.fillStyle = '#3d3a36';
  ctx.font = '15px "Noto Sans", sans-serif';
  ctx.fillText(w.credits, 24, height - 28, width - 48);
}

/**
 * Renders the replay to a WebM, frame by frame: WebCodecs (VP9) with mediabunny's muxer, loaded
 * only now; where WebCodecs is missing, MediaRecorder on the frame canvas. Cancelled through
 * `signal`.
 */
export async function renderVideo(job: VideoJob): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = VIDEO.width;
  canvas.height = VIDEO.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const frames = VIDEO.fps * VIDEO.seconds;
  const frame = async (i: number) => {
    if (job.signal.aborted) throw new DOMException('cancelled', 'AbortError');
    job.seek(job.start + ((job.end - job.start) * i) / (frames - 1));
    await loaded(job.map);
    compose(ctx, await snapshot(job.map), job.words());
    job.onProgress((i + 1) / frames);
  };
  if (typeof VideoEncoder === 'undefined') return recordWithMediaRecorder(canvas, frames, frame);
  const { BufferTarget, CanvasSource, Output, QUALITY_HIGH, WebMOutputFormat } = await import(
    'mediabunny'
  );
  const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
  const source = new CanvasSource(canvas, {
    codec: 'vp9',
    bitrate: QUALITY_HIGH,
    // Realtime: libvpx's fast path; 'quality' spends seconds a frame where it runs in software.
    latencyMode: 'realtime',
  });
  output.addVideoTrack(source, { frameRate: VIDEO.fps });
  await output.start();
  try {
    for (let i = 0; i < frames; i++) {
      await frame(i);
      await source.add(i / VIDEO.fps, 1 / VIDEO.fps);
    }
    await output.finalize();
  } catch (e) {
    await output.cancel();
    throw e;
  }
  const buffer = output.target.buffer;
  if (!buffer) throw new Error('the video could not be written');
  return new Blob([buffer], { type: 'video/webm' });
}

async function recordWithMediaRecorder(
  canvas: HTMLCanvasElement,
  frames: number,
  frame: (i: number) => Promise<void>,
): Promise<Blob> {
  const stream = canvas.captureStream(VIDEO.fps);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm' });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const stopped = new Promise<void>((r) => {
    recorder.onstop = () => r();
  });
  recorder.start();
  try {
    for (let i = 0; i < frames; i++) {
      const started = performance.now();
      await frame(i);
      const wait = 1000 / VIDEO.fps - (performance.now() - started);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  } finally {
    recorder.stop();
  }
  await stopped;
  return new Blob(chunks, { type: 'video/webm' });
}
