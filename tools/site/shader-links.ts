import type { Page } from '@playwright/test';

/** A program the page linked: its shaders' sources, as they were handed to WebGL. */
export interface LinkedProgram {
  vertex: string;
  fragment: string;
}

/** One program's identity: its two sources (what the GPU process's cache is keyed on). */
export const programKey = (p: LinkedProgram): string => `${p.vertex}\u0000${p.fragment}`;

/**
 * Watches the page's own WebGL 2 programs (its main thread's, not a worker's) from before its
 * scripts run: call before navigating, read with `linkedPrograms` after.
 */
export async function watchLinks(page: Page): Promise<void> {
  // tsx (which runs scripts/) names functions with a helper of its own: the page gets a stand-in.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript(() => {
    const proto = WebGL2RenderingContext.prototype;
    const sources = new WeakMap<WebGLShader, { type: number; source: string }>();
    const attached = new WeakMap<WebGLProgram, WebGLShader[]>();
    const linked: { vertex: string; fragment: string }[] = [];
    (window as unknown as { linkedPrograms: typeof linked }).linkedPrograms = linked;
    const { createShader, shaderSource, attachShader, linkProgram } = proto;
    proto.createShader = function (type) {
      const shader = createShader.call(this, type);
      if (shader) sources.set(shader, { type, source: '' });
      return shader;
    };
    proto.shaderSource = function (shader, source) {
      const s = sources.get(shader);
      if (s) s.source = source;
      shaderSource.call(this, shader, source);
    };
    proto.attachShader = function (program, shader) {
      attached.set(program, [...(attached.get(program) ?? []), shader]);
      attachShader.call(this, program, shader);
    };
    proto.linkProgram = function (program) {
      const shaders = (attached.get(program) ?? []).map((s) => sources.get(s));
      const of = (type: number) => shaders.find((s) => s?.type === type)?.source ?? '';
      linked.push({ vertex: of(this.VERTEX_SHADER), fragment: of(this.FRAGMENT_SHADER) });
      linkProgram.call(this, program);
    };
  });
}

/** The programs the page has linked so far, in order. */
export function linkedPrograms(page: Page): Promise<LinkedProgram[]> {
  return page.evaluate(
    () => (window as unknown as { linkedPrograms: LinkedProgram[] }).linkedPrograms,
  );
}

/** The ways the page is opened to find its programs: a phone and a desktop, light and dark. */
export const SHADER_VIEWS = [
  { name: 'phone, light', width: 390, height: 844, query: '?theme=light' },
  { name: 'phone, dark', width: 390, height: 844, query: '?theme=dark' },
  { name: 'desktop, light', width: 1280, height: 800, query: '?theme=light' },
  { name: 'desktop, dark', width: 1280, height: 800, query: '?theme=dark' },
] as const;
