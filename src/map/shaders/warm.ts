/** The map's shader programs as MapLibre builds them for this app's style (see programs.json). */
export interface RecordedPrograms {
  /** The MapLibre version the sources were recorded with. */
  maplibre: string;
  programs: { vertex: string; fragment: string }[];
}

export interface WarmResult {
  linked: number;
  failed: number;
  /** Why nothing was compiled (no WebGL 2 in a worker), if so. */
  skipped?: string;
}

/**
 * Compiles and links every program (in the order and form the map does), then asks whether each
 * linked: the work is queued to the GPU process together, and only this thread waits for it.
 * The context is left as it is (see warm-worker.ts).
 */
export function warmPrograms(
  context: () => WebGL2RenderingContext | null,
  recorded: RecordedPrograms,
): WarmResult {
  let gl: WebGL2RenderingContext | null = null;
  try {
    gl = context();
  } catch {
    gl = null;
  }
  if (!gl) return { linked: 0, failed: 0, skipped: 'no WebGL 2 context in a worker' };
  const programs = recorded.programs.map(({ vertex, fragment }) => {
    const program = gl.createProgram();
    for (const [type, source] of [
      [gl.FRAGMENT_SHADER, fragment],
      [gl.VERTEX_SHADER, vertex],
    ] as const) {
      const shader = gl.createShader(type);
      if (!shader) continue;
      gl.shaderSource(shader, source);
      gl.compileShader(shader);
      gl.attachShader(program, shader);
    }
    gl.linkProgram(program);
    return program;
  });
  const linked = programs.filter((p) => gl.getProgramParameter(p, gl.LINK_STATUS) === true).length;
  return { linked, failed: programs.length - linked };
}
