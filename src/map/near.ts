/** Calls `near(true)` as `el` comes within `margin` of the viewport, `near(false)` as it leaves. */
export function whileNear(el: Element, margin: string, near: (isNear: boolean) => void): void {
  new IntersectionObserver(
    (entries) => {
      for (const e of entries) near(e.isIntersecting);
    },
    { rootMargin: margin },
  ).observe(el);
}
