/**
 * Compiles and links the map's shader programs in a context of its own, off the page's main
 * thread, and reports how many linked. The browser's GPU process keeps linked programs in a
 * cache keyed by their sources, so when the map links the same sources a moment later, its
 * link (which the main thread waits for) finds them there instead of compiling again.
 *
 * The context lives as long as the page: releasing a worker's WebGL context (losing it, or
 * ending the worker) held the page's main thread for 150–611 ms in Lighthouse traces.
 */
import recorded from './programs.json';
import { type WarmResult, warmPrograms } from './warm';

const scope = self as unknown as { postMessage(message: WarmResult): void };
const kept: (WebGL2RenderingContext | null)[] = [];
scope.postMessage(
  warmPrograms(() => {
    const context = new OffscreenCanvas(1, 1).getContext('webgl2');
    kept.push(context);
    return context;
  }, recorded),
);
