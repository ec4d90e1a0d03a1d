import { h } from './dom';

/** The Embed button; its dialog (embed-dialog.ts) is loaded on the first press. */
export function createEmbedButton(getUrl: () => string, title: string): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'embed-button', 'aria-haspopup': 'dialog' },
    'Embed',
  );
  button.addEventListener('click', async () => {
    const { openEmbedDialog } = await import('./embed-dialog');
    openEmbedDialog(button, getUrl(), title);
  });
  return button;
}
