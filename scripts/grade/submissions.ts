/**
 * Finding the submissions: files and directories named on the command line become
 * `{ student, exercise, source }` entries. Path mistakes (no such file, a file type the grader
 * does not read, two submissions for the same student and exercise) are usage errors; content
 * problems (a damaged progress file, a file too large) belong to that student and are graded as
 * zero with the reason, so one bad file never stops a class's batch.
 *
 * Layouts: a file `alice.ts` (student from the file name), `alice/sigmoid.ts` (a file named after
 * an exercise: the student is its folder), `alice.json` (a progress file exported from the site);
 * a directory holding any of `<student>/<exercise-id>.ts|.js`, `<student>.ts|.js`, `<student>.json`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { importProgress } from '../../src/lib/progress.ts';
import { UsageError } from './args.ts';

/** One student's code for one exercise, or why there is none to run. */
export interface Submission {
  student: string;
  exercise: string;
  /** Where it came from, for messages. */
  origin: string;
  /** The code; absent when `problem` or `missing` says why. */
  source?: string;
  /** The submission exists but cannot be graded (damaged progress file, too large): zero, with this reason. */
  problem?: string;
  /** The student has no submission for this exercise. */
  missing?: boolean;
}

/** Largest submission read, in characters: far above any solution. */
export const MAX_SOURCE = 200_000;
const CODE = new Set(['.ts', '.js']);

interface Found {
  student: string;
  /** An exercise id, or null for "the exercise named by --exercise" (flat files). */
  exercise: string | null;
  path: string;
  kind: 'code' | 'progress';
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    throw new UsageError(`no such file or directory: ${p}`);
  }
}

function classifyFile(path: string, known: ReadonlySet<string>, inDir: boolean): Found {
  const ext = extname(path);
  const name = basename(path, ext);
  if (ext === '.json') return { student: name, exercise: null, path, kind: 'progress' };
  if (!CODE.has(ext)) throw new UsageError(`${path}: a submission is a .ts, .js or progress .json file`);
  // Named on the command line as <student>/<exercise-id>.ts: the folder is the student.
  if (!inDir && known.has(name)) return { student: basename(dirname(resolve(path))), exercise: name, path, kind: 'code' };
  return { student: name, exercise: null, path, kind: 'code' };
}

function walk(dir: string, known: ReadonlySet<string>): Found[] {
  const found: Found[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      for (const f of readdirSync(path).sort()) {
        const ext = extname(f);
        if (CODE.has(ext) && known.has(basename(f, ext))) found.push({ student: entry.name, exercise: basename(f, ext), path: join(path, f), kind: 'code' });
      }
    } else if (entry.isFile() && (CODE.has(extname(entry.name)) || extname(entry.name) === '.json')) {
      found.push(classifyFile(path, known, true));
    }
  }
  return found;
}

function readText(path: string): { text: string } | { problem: string } {
  if (statSync(path).size > MAX_SOURCE * 4) return { problem: `${basename(path)} is larger than ${MAX_SOURCE / 1000} KB` };
  const text = readFileSync(path, 'utf8');
  return text.length > MAX_SOURCE ? { problem: `${basename(path)} is longer than ${MAX_SOURCE / 1000} K characters` } : { text };
}

/** Expands a progress file into one submission per exercise it holds code for (or a problem for each wanted exercise). */
function fromProgress(f: Found, wanted: readonly string[] | 'all', known: ReadonlySet<string>): Submission[] {
  const read = readText(f.path);
  const parsed = 'text' in read ? importProgress(read.text) : { problem: read.problem };
  if ('problem' in parsed) {
    const ids = wanted === 'all' ? [...known] : wanted;
    return ids.map((exercise) => ({ student: f.student, exercise, origin: f.path, problem: `The progress file could not be read: ${parsed.problem}` }));
  }
  const held = Object.entries(parsed.progress.exercises).filter(([id]) => known.has(id) && (wanted === 'all' || wanted.includes(id)));
  return held.map(([exercise, e]) => ({ student: f.student, exercise, origin: `${f.path} (${exercise})`, source: e.code }));
}

/**
 * Collects the submissions named by `paths` for `exercise` (an id or 'all'), with a `missing`
 * entry for each student who lacks one of the graded exercises, sorted by student then course order.
 * `known` lists every exercise id in course order.
 * Example: `collect(['class/'], 'relu', ['sigmoid', 'relu'])`.
 */
export function collect(paths: readonly string[], exercise: string, known: readonly string[]): Submission[] {
  const knownSet = new Set(known);
  const found = paths.flatMap((p) => (isDir(p) ? walk(p, knownSet) : [classifyFile(p, knownSet, false)]));
  const subs: Submission[] = [];
  for (const f of found) {
    if (f.kind === 'progress') {
      subs.push(...fromProgress(f, exercise === 'all' ? 'all' : [exercise], knownSet));
      continue;
    }
    if (f.exercise === null && exercise === 'all') {
      throw new UsageError(`${f.path}: with --exercise all, name code files after their exercise (<student>/<exercise-id>.ts) or use progress files`);
    }
    const id = f.exercise ?? exercise;
    if (exercise !== 'all' && id !== exercise) {
      if (paths.includes(f.path)) throw new UsageError(`${f.path} is named for exercise ${id}, not ${exercise}`);
      continue; // another exercise's file in a student's folder
    }
    const read = readText(f.path);
    subs.push({ student: f.student, exercise: id, origin: f.path, ...('text' in read ? { source: read.text } : { problem: read.problem }) });
  }
  const byKey = new Map<string, Submission>();
  const key = (student: string, id: string): string => JSON.stringify([student, id]);
  for (const s of subs) {
    const other = byKey.get(key(s.student, s.exercise));
    if (other) throw new UsageError(`two submissions for student "${s.student}", exercise ${s.exercise}: ${other.origin} and ${s.origin}`);
    byKey.set(key(s.student, s.exercise), s);
  }
  if (found.length === 0) throw new UsageError(`no submissions found in ${paths.join(', ')}`);
  const graded = exercise === 'all' ? known.filter((id) => subs.some((s) => s.exercise === id)) : [exercise];
  const students = [...new Set(found.map((f) => f.student))].sort();
  const out: Submission[] = [];
  for (const student of students) {
    for (const id of graded) {
      out.push(byKey.get(key(student, id)) ?? { student, exercise: id, origin: '', missing: true });
    }
  }
  return out;
}
