import { embedSnippet } from '../embed/messages';
import { h } from './dom';
import './buttons.css';
import './places-section.css';
import './embed-dialog.css';

let dialogFor: ((url: string, title: string) => void) | null = null;

/**
 * The Embed dialog (the button is embed-button.ts's): the snippet for the current view (an
 * iframe with a title, full width, lazy, and the host script that sizes it), a Copy button, and
 * a preview of the URL. Made on the first press; focus goes back to `button` when it closes.
 */
export function openEmbedDialog(button: HTMLElement, url: string, title: string): void {
  dialogFor ??= makeDialog(button);
  dialogFor(url, title);
}

function makeDialog(button: HTMLElement) {
  const code = h('textarea', {
    class: 'embed-code',
    readonly: true,
    rows: '6',
    'aria-label': 'Embed code',
    spellcheck: 'false',
  });
  const copy = h('button', { type: 'button', class: 'embed-copy' }, 'Copy code');
  const status = h('span', { class: 'embed-status', role: 'status' });
  const close = h('button', { type: 'button', class: 'details-close', 'aria-label': 'Close' }, '×');
  const dialog = h(
    'dialog',
    { class: 'embed-dialog', 'aria-labelledby': 'embed-title' },
    h('div', { class: 'details-head' }, h('h2', { id: 'embed-title' }, 'Embed this map'), close),
    h(
      'p',
      {},
      'Paste this where the map should appear. The iframe sizes itself to its content; the map sends no request to any other site.',
    ),
    code,
    h('div', { class: 'embed-actions' }, copy, status),
  );
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => button.focus());
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = 'Copied.';
    } catch {
      code.select();
      status.textContent = 'Select the code and copy it (Ctrl+C / ⌘C).';
    }
  });
  return (url: string, title: string) => {
    code.value = embedSnippet({
      url,
      title,
      scriptUrl: new URL('embed.js', document.baseURI).href,
      height: 640,
    });
    status.textContent = '';
    if (!dialog.isConnected) document.body.append(dialog);
    dialog.showModal();
    code.select();
  };
}
