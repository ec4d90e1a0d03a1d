import type { WarmResult } from './warm';

/** The warm-up's worker, kept for the page's life (see warm-worker.ts). */
let running: Worker | null = null;

/**
 * Starts the shader warm-up (warm-worker.ts), which needs nothing from the page: it runs while
 * the page loads, and the map's first frames then find their programs compiled. Where workers
 * or OffscreenCanvas are missing, the map compiles its own as before. The outcome is left as the
 * performance mark `shaders-warmed` (its detail a WarmResult), for the tests.
 */
export function warmShaders(): void {
  if (running || typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return;
  const done = (detail: WarmResult) => performance.mark('shaders-warmed', { detail });
  try {
    running = new Worker(new URL('./warm-worker.ts', import.meta.url), {
      type: 'module',
      name: 'shader-warm-up',
    });
  } catch (e) {
    done({ linked: 0, failed: 0, skipped: `no worker: ${e instanceof Error ? e.message : e}` });
    return;
  }
  running.addEventListener('message', (e: MessageEvent<WarmResult>) => done(e.data));
  running.addEventListener('error', (e) =>
    done({ linked: 0, failed: 0, skipped: `the worker failed: ${e.message || 'no message'}` }),
  );
}
