/**
 * The studio's element helper: attributes set as given, strings added as text nodes (nothing
 * is parsed as HTML). The reader's page has its own in src/ui/, which only the reader uses.
 */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs))
    if (v !== false) el.setAttribute(k, v === true ? '' : v);
  for (const c of children)
    if (c !== null && c !== undefined && c !== false)
      el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}
