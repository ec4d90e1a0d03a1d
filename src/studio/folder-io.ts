/**
 * A story folder in and out of the studio: downloaded as a zip, opened again from a zip or a
 * folder.
 */
import type { ArticleInput } from '../draft/draft';
import { NO_EDITS } from './edits';
import type { Work } from './storage';
import { loadWork } from './storage';
import { readZip, writeZip } from './zip';

/**
 * The studio's own file in a downloaded folder: the articles and edits (JSON), to continue later.
 * Not a .json file: the build reads every .json of a folder for the labels' characters, and
 * the gazetteer's alternate names in it are no label.
 */
export const WORK_FILE = 'studio-work.txt';

/** The story folder as a zip, named after the story's id, with the studio's work beside it. */
export function storyZip(
  files: Record<string, string>,
  work: Work,
): { name: string; bytes: Uint8Array } {
  const id = (JSON.parse(files['story.json'] ?? '{}') as { id?: string }).id ?? 'story';
  const all = { ...files, [WORK_FILE]: `${JSON.stringify(work, null, 1)}\n` };
  return { name: `${id}.zip`, bytes: writeZip(all, id) };
}

/** Saves bytes as a download. */
export function download(name: string, bytes: Uint8Array, type = 'application/zip'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);

/**
 * What to continue from an opened folder: the studio's work when it kept it (studio.json), else
 * the articles story.json names (a folder story:draft wrote), drafted again with the same code.
 */
export function workOf(files: Record<string, Uint8Array>, label: string): Work {
  const kept = text(files[WORK_FILE]);
  if (kept) {
    const w = loadWork({ getItem: () => kept });
    if (w) return w;
    throw new Error(`${label}: ${WORK_FILE} could not be read`);
  }
  const manifest = text(files['story.json']);
  if (!manifest) throw new Error(`${label} has no story.json: expected a story folder`);
  let articles: { file: string; outlet: string; title: string; published: string }[];
  try {
    articles = (JSON.parse(manifest) as { articles: typeof articles }).articles;
  } catch (e) {
    throw new Error(`${label}: story.json is not JSON (${(e as Error).message})`);
  }
  const inputs: ArticleInput[] = (articles ?? []).map((a) => {
    const body = text(files[a.file.split('/').pop() ?? a.file]);
    if (body === undefined)
      throw new Error(`${label}: no article file "${a.file}" beside story.json`);
    return { file: a.file, text: body, outlet: a.outlet, title: a.title, published: a.published };
  });
  if (inputs.length === 0) throw new Error(`${label}: story.json names no article`);
  return {
    inputs,
    edits: NO_EDITS,
    history: [],
  };
}

/** An opened zip or folder (the files of a directory input) as name → bytes. */
export async function openFiles(
  files: File[],
): Promise<{ files: Record<string, Uint8Array>; label: string }> {
  const first = files[0];
  if (!first) throw new Error('no file chosen');
  if (files.length === 1 && /\.zip$/i.test(first.name))
    return {
      files: await readZip(new Uint8Array(await first.arrayBuffer()), first.name),
      label: first.name,
    };
  const out: Record<string, Uint8Array> = {};
  for (const f of files) out[f.name] = new Uint8Array(await f.arrayBuffer());
  const folder = (first.webkitRelativePath || first.name).split('/')[0] ?? 'the folder';
  return { files: out, label: folder };
}
