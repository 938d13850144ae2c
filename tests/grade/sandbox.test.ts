/**
 * The sandbox at the level of one child (gradeInSandbox) with limits a test can reach quickly:
 * a small heap, a small output cap; what the submission's scope can see; and acceptResult, the
 * parent's check that a child's message describes exactly the spec's tests.
 */
import { compileSubmission, type GradeResult } from '@nonlinear/grader';
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptResult } from '../../scripts/grade/accept.ts';
import { runnerScript } from '../../scripts/grade/bundle.ts';
import { SUBMISSION_GLOBALS } from '../../scripts/grade/runner.ts';
import { loadExercises, type Exercise } from '../../scripts/grade/exercises.ts';
import { DEFAULT_LIMITS, gradeInSandbox, type Limits } from '../../scripts/grade/sandbox.ts';

let relu: Exercise;
let runner: string;
beforeAll(async () => {
  relu = (await loadExercises()).find((e) => e.id === 'relu')!;
  runner = await runnerScript(relu);
}, 120_000);

async function run(source: string, limits: Partial<Limits> = {}): Promise<GradeResult> {
  const compiled = compileSubmission(source);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return gradeInSandbox(relu.spec, runner, compiled.code, { includeHidden: true }, { ...DEFAULT_LIMITS, timeoutSeconds: 60, ...limits });
}

describe('gradeInSandbox(spec, runner, code, options, limits)', () => {
  it('grades a correct submission with full marks, hidden tests included', async () => {
    const r = await run('export function relu(x: number) { return x > 0 ? x : 0; }');
    expect(r.score).toBe(r.maxScore);
    expect(r.tests.some((t) => t.hidden)).toBe(true);
  }, 120_000);

  it('stops a submission that fills the heap, and says it ran out of memory', async () => {
    const r = await run('const a: number[][] = []; for (;;) a.push(new Array(1e5).fill(1)); export const relu = (x: number) => x;', { heapMb: 32 });
    expect(r.error?.kind).toBe('crash');
    expect(r.error?.message).toMatch(/ran out of memory \(the limit is 32 MB/);
    expect(r.score).toBe(0);
  }, 120_000);

  it('stops a submission that prints more than the cap', async () => {
    const r = await run('for (let i = 0; i < 100; i++) console.log("z".repeat(100)); export const relu = (x: number) => x;', { outputBytes: 2048 });
    expect(r.error?.message).toMatch(/printed more than 2 KB/);
  }, 120_000);

  it('the submission sees none of the boot script’s names, nor process, fetch or the built-in modules (require and module are its own, refusing, parameters)', async () => {
    const names = ['fs', 'vm', 'input', 'start', 'writeSync', 'format', 'process', 'fetch', 'net', 'http', 'dgram', 'child_process', 'worker_threads', 'Buffer', 'performance', 'WebAssembly'];
    const r = await run(`declare const ${names.map((n) => `${n}: unknown`).join(', ')};\nexport function relu(x: number) { return ([${names.map((n) => `typeof ${n} !== 'undefined' && '${n}'`).join(', ')}].filter(Boolean).join() || 'none') as any; }`);
    expect(r.tests[0]!.got).toBe('"none"');
  }, 120_000);

  it('keeps only an allowlist of globals, and a console that prints but holds no stream', async () => {
    const allowed = JSON.stringify([...SUBMISSION_GLOBALS, 'Symbol(Symbol.toStringTag)']);
    const r = await run(`export function relu(x: number) { console.log("hello from the submission"); const ok = new Set(${allowed}); const extra = Reflect.ownKeys(globalThis).map(String).filter((k) => !ok.has(k)); const data = Object.keys(console).filter((k) => typeof (console as any)[k] !== "function"); return [typeof Math, ...extra, ...data].join() as any; }`);
    expect(r.tests[0]!.got).toBe('"object"');
  }, 120_000);
});

describe('acceptResult(spec, options, json)', () => {
  const honest = (): GradeResult => {
    const tests = relu.spec.tests.map((t) => ({ name: t.name, passed: false, points: 0, maxPoints: t.points ?? 1, input: '', got: '0', message: 'wrong', hidden: t.hidden === true }));
    return { exercise: 'relu', passed: 0, total: tests.length, score: 0, maxScore: tests.length, tests };
  };
  const accept = (r: unknown) => acceptResult(relu.spec, { includeHidden: true }, JSON.stringify(r));

  it('accepts what the runner writes, recomputing the totals', () => {
    const r = honest();
    r.tests[0] = { ...r.tests[0]!, passed: true, points: 1 };
    expect(accept({ ...r, score: 999, passed: 999 })).toMatchObject({ score: 1, passed: 1, maxScore: relu.spec.tests.length });
  });

  it('refuses a message that adds, drops, renames or re-weights tests, or flips a hidden flag', () => {
    const r = honest();
    expect(accept({ ...r, tests: [...r.tests, { ...r.tests[0]!, name: 'bonus' }] })).toBeNull();
    expect(accept({ ...r, tests: r.tests.slice(1) })).toBeNull();
    expect(accept({ ...r, tests: [{ ...r.tests[0]!, name: 'renamed' }, ...r.tests.slice(1)] })).toBeNull();
    expect(accept({ ...r, tests: [{ ...r.tests[0]!, passed: true, points: 100, maxPoints: 100 }, ...r.tests.slice(1)] })).toBeNull();
    expect(accept({ ...r, tests: [{ ...r.tests[0]!, passed: false, points: 1 }, ...r.tests.slice(1)] })).toBeNull();
    expect(accept({ ...r, tests: r.tests.map((t) => ({ ...t, hidden: !t.hidden })) })).toBeNull();
    expect(accept({ ...r, exercise: 'sigmoid' })).toBeNull();
    expect(accept({ ...r, error: { kind: 'pwned', message: 'x' } })).toBeNull();
    expect(acceptResult(relu.spec, { includeHidden: true }, '{"score":')).toBeNull();
  });

  it('cuts long texts', () => {
    const r = honest();
    r.tests[0] = { ...r.tests[0]!, message: 'm'.repeat(1e5) };
    expect(accept(r)!.tests[0]!.message.length).toBeLessThan(2100);
  });
});
