/**
 * Turns the reader's TypeScript (or JavaScript) into a function body that can run anywhere:
 * sucrase strips the types and rewrites `export` into assignments on `exports`. Nothing is
 * type-checked: a reader's type error is not a grading failure, only code that cannot run is.
 */
import { transform } from 'sucrase';
import type { SubmissionError } from './types.ts';

export type Compiled = { ok: true; code: string } | { ok: false; error: SubmissionError };

/**
 * Compiles a submission. On a syntax error, reports its 1-based line and column.
 * Example: `compileSubmission('export const f = (x: number) => x')` is `{ ok: true, code: '...' }`.
 */
export function compileSubmission(source: string): Compiled {
  try {
    const { code } = transform(source, { transforms: ['typescript', 'imports'], production: true });
    return { ok: true, code };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /\((\d+):(\d+)\)\s*$/.exec(message);
    const loc = (e as { loc?: { line: number; column: number } }).loc;
    const line = loc?.line ?? (at ? Number(at[1]) : undefined);
    // sucrase reports 1-based lines and columns, in `loc` and in the message's "(line:column)".
    const column = loc ? loc.column : at ? Number(at[2]) : undefined;
    const text = message.replace(/\s*\(\d+:\d+\)\s*$/, '');
    return {
      ok: false,
      error: {
        kind: 'syntax',
        message: line === undefined ? `Syntax error: ${text}` : `Syntax error on line ${line}, column ${column}: ${text}`,
        ...(line === undefined ? {} : { line }),
        ...(column === undefined ? {} : { column }),
      },
    };
  }
}

/**
 * Runs compiled code as a module body and returns its exports. It must only ever be called inside
 * a sandbox (the browser's worker, the command line's locked-down child process): the code is the
 * reader's. `import`s are refused with a clear message: exercises are self-contained.
 */
export function loadExports(code: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string): never => {
    throw new Error(`imports are not available in exercises (tried to import "${name}"): write everything in this file`);
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the reader's code is the point; the caller provides the sandbox
  const body = new Function('exports', 'module', 'require', code) as (e: unknown, m: unknown, r: unknown) => void;
  body(module.exports, module, require);
  return module.exports;
}
