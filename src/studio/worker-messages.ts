/**
 * The messages between the page and the studio's worker, and a promise per request.
 */
import type { ArticleInput } from '../draft/draft';
import type { GazetteerEntry } from '../draft/gazetteer';
import type { Edits } from './edits';

/** What the page asks the worker: `base` is the studio page's address (the index is beside it). */
type Ask =
  | { type: 'draft'; inputs: ArticleInput[]; edits: Edits }
  | { type: 'search'; name: string };
export type WorkerRequest = Ask & { id: number; base: string };

/** An entry the search found, with its region's name ("Hesse") for the editor to tell it apart. */
export interface Found {
  entry: GazetteerEntry;
  region: string | null;
}

/** The gazetteer index's size in bytes and the time it took to fetch and read, once. */
export interface IndexFigures {
  bytes: number;
  ms: number;
}

export type WorkerReply =
  | { id: number; ok: true; files: Record<string, string>; ms: number; index: IndexFigures }
  | { id: number; ok: true; entries: Found[]; index: IndexFigures }
  | { id: number; ok: false; error: string };

/** The worker behind a promise per request. */
export function draftClient(worker: Worker, base: string) {
  let next = 0;
  const waiting = new Map<number, (r: WorkerReply) => void>();
  worker.onmessage = (ev: MessageEvent<WorkerReply>) => {
    waiting.get(ev.data.id)?.(ev.data);
    waiting.delete(ev.data.id);
  };
  const ask = <T extends WorkerReply>(req: Ask): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = ++next;
      waiting.set(id, (r) => (r.ok ? resolve(r as T) : reject(new Error(r.error))));
      worker.postMessage({ ...req, id, base });
    });
  return {
    draft: (inputs: ArticleInput[], edits: Edits) =>
      ask<Extract<WorkerReply, { files: unknown }>>({ type: 'draft', inputs, edits }),
    search: (name: string) =>
      ask<Extract<WorkerReply, { entries: unknown }>>({ type: 'search', name }),
  };
}
