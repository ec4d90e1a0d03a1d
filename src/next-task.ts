/**
 * Resolves in a task of its own: long work split at these points leaves the main thread free
 * between its parts (a reader's tap, a map frame), and no part is a long task. Not a timer:
 * browsers throttle timers in frames off screen (an embed below the fold), not these.
 */
export const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
};
