/**
 * The view state in one small store. A subscriber names the part it needs with a selector and
 * is called only when that part changes (compared shallowly: a selector may return a tuple).
 */
export interface Store<S extends object> {
  get: () => Readonly<S>;
  set: (patch: Partial<S>) => void;
  subscribe: <T>(select: (s: S) => T, fn: (value: T, previous: T) => void) => () => void;
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  return false;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  type Sub = { select: (s: S) => unknown; fn: (v: unknown, p: unknown) => void; last: unknown };
  const subs = new Set<Sub>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const sub of [...subs]) {
        if (!subs.has(sub)) continue;
        const value = sub.select(state);
        if (same(value, sub.last)) continue;
        const previous = sub.last;
        sub.last = value;
        sub.fn(value, previous);
      }
    },
    subscribe(select, fn) {
      const sub: Sub = {
        select: select as (s: S) => unknown,
        fn: fn as (v: unknown, p: unknown) => void,
        last: select(state),
      };
      subs.add(sub);
      return () => subs.delete(sub);
    },
  };
}
