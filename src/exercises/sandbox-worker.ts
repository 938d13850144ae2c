/**
 * The grader as a worker script: given `{ id, source }`, grades the reader's source against the
 * exercise's visible tests and posts the GradeResult back. Vite bundles it into one file
 * (`?worker&url`); the page fetches that file and hands its text to the sandboxed iframe, which
 * starts it from a Blob URL (src/exercises/sandbox-frame.ts). The reader's code runs here, and
 * only here. Hidden tests are never requested (no `includeHidden`).
 */
import { gradeSource, type ExerciseSpec } from '@nonlinear/grader';

const specs = import.meta.glob<ExerciseSpec>('/content/exercises/*/spec.ts', { eager: true, import: 'default' });
const byId = new Map(Object.values(specs).map((spec) => [spec.id, spec]));

/**
 * The reader's code runs in this realm, beside the grader and the specs' checks, so it could
 * otherwise rig them: `Math.abs = () => 0` makes every tolerance comparison pass. Freezing the
 * built-ins they use, and the global names that lead to them, turns such code into a TypeError
 * ("Cannot assign to read only property") that the reader sees. The cost: code that adds
 * methods to Array.prototype and the like fails too, which no exercise needs.
 */
function freezeBuiltins(): void {
  const names = ['Math', 'JSON', 'Number', 'String', 'Array', 'ArrayBuffer', 'Object', 'Reflect', 'Error', 'TypeError', 'isFinite', 'isNaN'] as const;
  const global = globalThis as unknown as Record<string, unknown>;
  for (const name of names) {
    const value = global[name];
    if (typeof value === 'object' || typeof value === 'function') {
      Object.freeze(value);
      const prototype = (value as { prototype?: unknown }).prototype;
      if (prototype && name !== 'Object') Object.freeze(prototype); // Object.prototype stays open: freezing it breaks `o.toString = …` on plain objects
    }
    Object.defineProperty(globalThis, name, { value, writable: false, configurable: false });
  }
}
freezeBuiltins();

interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}
const scope = globalThis as unknown as WorkerScope;
// Taken before any reader code runs, so code that replaces `postMessage` does not change the reply channel.
const post = scope.postMessage.bind(scope);

scope.onmessage = (event) => {
  const { id, source } = (event.data ?? {}) as { id?: unknown; source?: unknown };
  const spec = typeof id === 'string' ? byId.get(id) : undefined;
  if (!spec || typeof source !== 'string') {
    post({ invalid: `no exercise "${String(id)}"` });
    return;
  }
  post(gradeSource(spec, source));
};
post({ loaded: true }); // tells the frame to send the job and start the clock
