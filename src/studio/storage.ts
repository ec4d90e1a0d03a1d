/**
 * The work in progress kept in the browser's storage (localStorage), to survive a reload.
 */
import type { ArticleInput } from '../draft/draft';
import { type Edits, NO_EDITS } from './edits';

/** The work in progress: the articles as given and every correction, with Undo's history. */
export interface Work {
  inputs: ArticleInput[];
  edits: Edits;
  history: Edits[];
}

const KEY = 'kim-train-map:studio';
/** Undo's depth kept across a reload. */
const DEPTH = 50;

/** The work kept in the browser's storage, or null (none, or unreadable: started afresh). */
export function loadWork(store: Pick<Storage, 'getItem'> = localStorage): Work | null {
  try {
    const raw = JSON.parse(store.getItem(KEY) ?? 'null') as Partial<Work> | null;
    if (!raw || !Array.isArray(raw.inputs) || raw.inputs.length === 0) return null;
    return {
      inputs: raw.inputs,
      edits: { ...NO_EDITS, ...raw.edits },
      history: (raw.history ?? []).map((e) => ({ ...NO_EDITS, ...e })),
    };
  } catch {
    return null;
  }
}

/** Keeps the work; returns a one-line message when the browser's storage refuses it. */
export function saveWork(
  work: Work | null,
  store: Pick<Storage, 'setItem' | 'removeItem'> = localStorage,
): string | null {
  try {
    if (!work) store.removeItem(KEY);
    else store.setItem(KEY, JSON.stringify({ ...work, history: work.history.slice(-DEPTH) }));
    return null;
  } catch (e) {
    return `the work could not be kept in this browser's storage (${(e as Error).name}): download the story to keep it`;
  }
}
