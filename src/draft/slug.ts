import { fold } from './text';

/** An id of the story format from any name: "São Paulo" → "sao-paulo", at most `max` letters. */
export function slug(name: string, max = 41): string {
  const s = fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let out = /^[a-z]/.test(s) ? s : `p-${s}`;
  if (out === 'p-') out = 'place';
  if (out.length <= max) return out;
  const cut = out.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return (dash > 8 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3` … whichever `taken` does not hold yet (and takes it). */
export function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 38)}-${n}`;
  taken.add(id);
  return id;
}
