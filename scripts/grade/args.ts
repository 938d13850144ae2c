/**
 * The command line's flags, checked before any grading starts. Every mistake becomes a
 * UsageError: one line on stderr and a non-zero exit, so a script notices.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

export const FORMATS = ['gradescope', 'json', 'csv', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

/** A mistake in how the command was called (exit 2), as opposed to a submission that fails (exit 0). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Options {
  /** An exercise id, or 'all'. */
  exercise: string;
  /** Undefined: chosen from the inputs (gradescope for a single file, json otherwise). */
  format: Format | undefined;
  out: string | undefined;
  timeoutSeconds: number;
  jobs: number;
  paths: string[];
  help: boolean;
}

export const USAGE = `Usage: npm run -s grade -- --exercise <id|all> [--format gradescope|json|csv|junit] [--out FILE] [--timeout SECONDS] [--jobs N] <file-or-dir>...

Grades submissions (.ts or .js files with the exercise's named export, or progress files exported
from the site) in sandboxed child processes. A directory holds a class: <dir>/<student>/<exercise-id>.ts,
<dir>/<student>.ts (for one exercise) or <dir>/<student>.json (progress files).

  --exercise <id|all>  the exercise to grade, or every exercise found for every student
  --format             gradescope (default for a single file): one results.json object;
                       json (default otherwise): an array of { student, exercise, ...results };
                       csv: a gradebook, one row per student; junit: JUnit XML
  --out FILE           write the result to FILE, atomically, instead of stdout
  --timeout SECONDS    wall-clock limit per submission (default 5)
  --jobs N             submissions graded in parallel (default: the number of cores)
  -h, --help           this text

Exit code 0 when grading ran, whatever the scores; 2 with a one-line message for a usage error.`;

function number(flag: string, text: string | undefined, fallback: number, ok: (n: number) => boolean, what: string): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (text.trim() === '' || !ok(n)) throw new UsageError(`${flag} must be ${what}, not "${text}"`);
  return n;
}

/**
 * Parses argv (without `node` and the script). Throws UsageError on an unknown flag, a missing or
 * bad value, or no input.
 * Example: `parseOptions(['--exercise', 'relu', 'alice.ts'])` is `{ exercise: 'relu', paths: ['alice.ts'], ... }`.
 */
export function parseOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        exercise: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        timeout: { type: 'string' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(((e as Error).message.split('\n')[0] ?? 'bad arguments').replace(/\. To specify a positional.*$/, ''));
  }
  const v = parsed.values;
  const help = v.help === true;
  if (help) return { exercise: '', format: undefined, out: undefined, timeoutSeconds: 5, jobs: 1, paths: [], help };
  if (v.exercise === undefined || v.exercise === '') throw new UsageError('--exercise <id|all> is required');
  if (v.format !== undefined && !(FORMATS as readonly string[]).includes(v.format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${v.format}"`);
  }
  if (v.out === '') throw new UsageError('--out needs a file name');
  if (parsed.positionals.length === 0) throw new UsageError('no submissions given: name one or more files or directories');
  return {
    exercise: v.exercise,
    format: v.format as Format | undefined,
    out: v.out,
    timeoutSeconds: number('--timeout', v.timeout, 5, (n) => Number.isFinite(n) && n > 0 && n <= 600, 'a number of seconds between 0 and 600'),
    jobs: number('--jobs', v.jobs, availableParallelism(), (n) => Number.isInteger(n) && n >= 1 && n <= 256, 'a whole number from 1 to 256'),
    paths: parsed.positionals,
    help,
  };
}
