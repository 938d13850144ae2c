/**
 * The script a sandboxed child evaluates before the submission: runner.ts, the engine and one
 * exercise's spec with its hidden tests, bundled by esbuild into one function expression
 * `(function () { ...; return start; })`. The child gets it on stdin, so it needs no file access.
 *
 * sucrase is left out (the parent compiles submissions; the child only loads and grades them),
 * which keeps the bundle small enough to parse in a few milliseconds per child.
 */
import { build, type Plugin } from 'esbuild';
import type { Exercise } from './exercises.ts';

const RUNNER = new URL('./runner.ts', import.meta.url).pathname;
const MERGE = new URL('./merge-hidden.ts', import.meta.url).pathname;
const GLOBAL = '__nonlinearRunner';

/** Replaces sucrase with a module whose transform refuses: nothing in the child compiles TypeScript. */
const noSucrase: Plugin = {
  name: 'no-sucrase',
  setup(b) {
    b.onResolve({ filter: /^sucrase$/ }, () => ({ path: 'sucrase', namespace: 'no-sucrase' }));
    b.onLoad({ filter: /.*/, namespace: 'no-sucrase' }, () => ({
      contents: 'export function transform() { throw new Error("the sandbox does not compile code"); }',
      loader: 'js',
    }));
  },
};

/**
 * Builds the child script for one exercise. The result evaluates (vm.runInThisContext) to a
 * function `(job, capabilities) => void`.
 * Example: `const script = await runnerScript(exercise)`.
 */
export async function runnerScript(exercise: Exercise): Promise<string> {
  const entry = [
    `import spec from ${JSON.stringify(exercise.specFile)};`,
    exercise.hiddenFile ? `import hidden from ${JSON.stringify(exercise.hiddenFile)};` : 'const hidden = [];',
    `import { withHidden } from ${JSON.stringify(MERGE)};`,
    `import { start } from ${JSON.stringify(RUNNER)};`,
    'const merged = withHidden(spec, hidden);',
    'export default (job, caps) => start(merged, job, caps);',
  ].join('\n');
  const out = await build({
    stdin: { contents: entry, loader: 'ts', resolveDir: import.meta.dirname, sourcefile: `runner-${exercise.id}.ts` },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    target: 'es2023',
    plugins: [noSucrase],
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.text;
  return `(function () {\n${code}\nreturn ${GLOBAL}.default;\n})`;
}
