import { prerenderPage } from './preview-page';

/**
 * The reader's page for the story as the build writes it before any script runs (the same
 * render code, src/prerender.ts), with the reader's own stylesheet, in a dialog.
 */
export async function showPreview(
  dialog: HTMLDialogElement,
  body: HTMLElement,
  files: Record<string, string>,
): Promise<void> {
  const frame = document.createElement('iframe');
  frame.title = 'Preview of the reader’s page';
  frame.className = 'preview-frame';
  frame.srcdoc = await prerenderPage(files, new URL('../', location.href).href);
  body.replaceChildren(frame);
  dialog.showModal();
}
