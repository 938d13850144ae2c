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
