/**
 * Resolves in a task of its own: long work split at these points leaves the main thread free
 * between its parts (a reader's tap, a map frame), and no part is a long task.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
