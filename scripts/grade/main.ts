/**
 * `npm run -s grade -- --exercise <id|all> [--format gradescope|json|csv|junit] [--out FILE]
 * [--timeout SECONDS] [--jobs N] <file-or-dir>...` — the instructor's autograder. The interface
 * is fixed by issue 7 (instructors' scripts depend on it); see args.ts for the flags and
 * docs/instructor-guide.md for the whole story. stdout carries only the result; progress and
 * messages go to stderr. Exit 0 when grading ran, 2 for a usage error, 1 for a fault of the
 * grader itself, 130/143 when interrupted (and then nothing is written).
 */
import { statSync } from 'node:fs';
import type { ExerciseSpec } from '@nonlinear/grader';
import { parseOptions, UsageError, USAGE, type Format } from './args.ts';
import { gradeBatch, type Graded } from './batch.ts';
import { loadExercises } from './exercises.ts';
import { csv } from './formats/csv.ts';
import { gradescope, json } from './formats/gradescope.ts';
import { junit } from './formats/junit.ts';
import { progress } from './progress.ts';
import { DEFAULT_LIMITS, killAll } from './sandbox.ts';
import { collect } from './submissions.ts';
import { removePending, writeAtomic } from './write.ts';

function render(format: Format, graded: Graded[], specs: Map<string, ExerciseSpec>, order: string[]): string {
  switch (format) {
    case 'gradescope':
      return `${JSON.stringify(gradescope(graded, specs), null, 2)}\n`;
    case 'json':
      return json(graded, specs);
    case 'csv':
      return csv(graded, order);
    case 'junit':
      return junit(graded);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const exercises = await loadExercises();
  const order = exercises.map((e) => e.id);
  if (options.exercise !== 'all' && !order.includes(options.exercise)) {
    throw new UsageError(`unknown exercise "${options.exercise}" (known: ${order.join(', ')}, or all)`);
  }
  const subs = collect(options.paths, options.exercise, order);
  const students = new Set(subs.map((s) => s.student)).size;
  const single = options.paths.length === 1 && !statSync(options.paths[0]!).isDirectory();
  const format = options.format ?? (single ? 'gradescope' : 'json');
  if (format === 'gradescope' && students > 1) {
    throw new UsageError(`--format gradescope describes one student's submission, and these are ${students} students': use --format json, csv or junit`);
  }

  const stop = (signal: NodeJS.Signals, code: number) => () => {
    killAll();
    removePending();
    process.stderr.write(`\ngrade: ${signal}: stopped, nothing written\n`);
    process.exit(code);
  };
  process.on('SIGINT', stop('SIGINT', 130));
  process.on('SIGTERM', stop('SIGTERM', 143));

  const bar = subs.length > 1 ? progress(subs.length, process.stderr) : null;
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const graded = await gradeBatch(subs, byId, {
    jobs: options.jobs,
    limits: { ...DEFAULT_LIMITS, timeoutSeconds: options.timeoutSeconds },
    onProgress: (done, timedOut) => bar?.update(done, timedOut),
  });
  bar?.finish();

  const text = render(format, graded, new Map(exercises.map((e) => [e.id, e.spec])), order);
  if (options.out !== undefined) writeAtomic(options.out, text);
  else process.stdout.write(text);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const usage = e instanceof UsageError;
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`grade: ${usage ? '' : 'internal error: '}${message.split('\n')[0]}\n`);
    process.exitCode = usage ? 2 : 1;
  },
);
