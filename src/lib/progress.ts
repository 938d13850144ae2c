/**
 * The reader's progress: chapter visits, quiz answers and exercise code, kept in localStorage
 * under `nonlinear:progress` as `{ version: 2, chapters: { [slug]: { visitedAt?, quiz: { [id]:
 * { correct, answeredAt } } } }, exercises: { [id]: { code, attempts, passed, total, status,
 * updatedAt } } }`. Version 1 had no `exercises`; MIGRATIONS[1] adds them.
 *
 * Loading runs parse → migrate → validate. Data that fails is never overwritten behind the
 * reader's back: the store becomes read-only and reports why, and only `reset()` (the reader's
 * choice) replaces it, after copying the raw text to `nonlinear:progress:backup`. A document from
 * a newer version of the course is left alone the same way. No DOM here: the storage is passed in.
 *
 * The same document, wrapped as `{ format: 'nonlinear-progress', version, exportedAt, progress }`,
 * is the file a reader exports and imports, and the submission an instructor grades (it holds
 * each exercise's code). The file is longer than the house's ~200 lines because the stored form,
 * its checks and its file form must change together.
 */

export const PROGRESS_KEY = 'nonlinear:progress';
export const BACKUP_KEY = 'nonlinear:progress:backup';
export const PROGRESS_VERSION = 2;

export interface QuizAnswer {
  correct: boolean;
  /** ISO 8601 time of the latest check. */
  answeredAt: string;
}

export interface ChapterProgress {
  /** ISO 8601 time of the latest visit. */
  visitedAt?: string;
  quiz: Record<string, QuizAnswer>;
}

/** Where the reader is with one exercise. `passed`, `total` and `status` describe the latest run. */
export interface ExerciseProgress {
  /** The code in the editor, saved as the reader types. */
  code: string;
  /** How many times the reader ran the tests. */
  attempts: number;
  /** Tests passed in the latest run (0 before any run). */
  passed: number;
  /** Tests in the latest run (0 before any run). */
  total: number;
  /** 'started': code but no run yet; 'failed': the latest run failed a test; 'passed': it passed them all. */
  status: 'started' | 'failed' | 'passed';
  /** ISO 8601 time of the latest change. */
  updatedAt: string;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  chapters: Record<string, ChapterProgress>;
  exercises: Record<string, ExerciseProgress>;
}

/** What loading found. Only `empty` and `ok` may be written back. */
export type LoadResult =
  | { status: 'empty'; progress: Progress }
  | { status: 'ok'; progress: Progress }
  | { status: 'corrupt'; progress: Progress; raw: string; reason: string }
  | { status: 'newer'; progress: Progress; raw: string; version: number }
  | { status: 'unavailable'; progress: Progress; reason: string };

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A fresh, empty document. Example: `emptyProgress()` is `{ version: 2, chapters: {}, exercises: {} }`. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, chapters: {}, exercises: {} };
}

/**
 * Upgrades a parsed document of an older version, one step at a time, to the current version.
 * Each entry takes a document of version `v` to version `v + 1`, without changing its argument;
 * what it does not know it passes on, for validation to judge.
 * Example: `MIGRATIONS[1]({ version: 1, chapters: {} })` is `{ version: 2, chapters: {}, exercises: {} }`.
 */
export const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 2 adds the exercises; every chapter visit and quiz answer is kept as it was.
  1: (doc) => ({ ...doc, version: 2, exercises: {} }),
};

/** The longest code kept for one exercise: far above any solution, far below the storage quota (~5 MB). */
export const MAX_CODE_LENGTH = 100_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const STATUSES = ['started', 'failed', 'passed'];

function exerciseProblem(id: string, e: unknown): string | null {
  if (!SLUG.test(id)) return `"${id}" is not an exercise name`;
  const bad = `exercise "${id}" is malformed`;
  if (!isObject(e) || !onlyKeys(e, ['code', 'attempts', 'passed', 'total', 'status', 'updatedAt'])) return bad;
  if (typeof e.code !== 'string' || e.code.length > MAX_CODE_LENGTH) return `exercise "${id}" has no code, or too much`;
  if (!isCount(e.attempts) || !isCount(e.passed) || !isCount(e.total) || e.passed > e.total) return `${bad}: bad counts`;
  if (typeof e.status !== 'string' || !STATUSES.includes(e.status)) return `${bad}: unknown status`;
  if (e.status !== 'started' && e.attempts === 0) return `${bad}: a result without a run`;
  if (e.status === 'passed' && (e.total === 0 || e.passed !== e.total)) return `${bad}: "passed" with failing tests`;
  if (!isTime(e.updatedAt)) return `exercise "${id}" has a bad time`;
  return null;
}

function onlyKeys(o: Record<string, unknown>, allowed: string[]): boolean {
  return Object.keys(o).every((k) => allowed.includes(k));
}

/**
 * Checks that `doc` is a well-formed current-version document; returns it typed, or the first
 * problem as a sentence. Unknown fields are problems too: this version wrote none, so they mean
 * the data came from somewhere else.
 *
 * Example: `validateProgress({ version: 2, chapters: {}, exercises: {} })` is `{ progress: { version: 2, chapters: {}, exercises: {} } }`.
 */
export function validateProgress(doc: unknown): { progress: Progress } | { problem: string } {
  if (!isObject(doc) || !onlyKeys(doc, ['version', 'chapters', 'exercises'])) return { problem: 'it is not a progress document' };
  if (doc.version !== PROGRESS_VERSION) return { problem: `it has version ${String(doc.version)}` };
  if (!isObject(doc.chapters)) return { problem: 'its chapters are not a record' };
  if (!isObject(doc.exercises)) return { problem: 'its exercises are not a record' };
  for (const [id, e] of Object.entries(doc.exercises)) {
    const problem = exerciseProblem(id, e);
    if (problem) return { problem };
  }
  for (const [slug, chapter] of Object.entries(doc.chapters)) {
    if (!SLUG.test(slug)) return { problem: `"${slug}" is not a chapter name` };
    if (!isObject(chapter) || !onlyKeys(chapter, ['visitedAt', 'quiz']) || !isObject(chapter.quiz))
      return { problem: `chapter "${slug}" is malformed` };
    if (chapter.visitedAt !== undefined && !isTime(chapter.visitedAt)) return { problem: `chapter "${slug}" has a bad visit time` };
    for (const [id, answer] of Object.entries(chapter.quiz)) {
      if (!SLUG.test(id) || !isObject(answer) || !onlyKeys(answer, ['correct', 'answeredAt']) ||
        typeof answer.correct !== 'boolean' || !isTime(answer.answeredAt))
        return { problem: `answer "${id}" in chapter "${slug}" is malformed` };
    }
  }
  return { progress: doc as unknown as Progress };
}

/**
 * parse → migrate → validate. `raw` is what storage held (null when nothing).
 *
 * Example: `parseProgress(null).status` is `'empty'`; `parseProgress('{').status` is `'corrupt'`;
 * `parseProgress('{"version":9,"chapters":{}}').status` is `'newer'`.
 */
export function parseProgress(raw: string | null): LoadResult {
  if (raw === null) return { status: 'empty', progress: emptyProgress() };
  const corrupt = (reason: string): LoadResult => ({ status: 'corrupt', progress: emptyProgress(), raw, reason });
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    return corrupt('it is not valid JSON');
  }
  const up = upgradeProgress(doc);
  if ('newer' in up) return { status: 'newer', progress: emptyProgress(), raw, version: up.newer };
  return 'problem' in up ? corrupt(up.problem) : { status: 'ok', progress: up.progress };
}

/**
 * migrate → validate for a parsed document: the current-version document, the version it came
 * from when that is newer than this course knows, or the problem that stops it.
 * Example: `upgradeProgress({ version: 1, chapters: {} })` is `{ progress: { version: 2, chapters: {}, exercises: {} } }`.
 */
export function upgradeProgress(doc: unknown): { progress: Progress } | { newer: number } | { problem: string } {
  if (!isObject(doc) || !Number.isInteger(doc.version) || (doc.version as number) < 1) return { problem: 'it is not a progress document' };
  let version = doc.version as number;
  if (version > PROGRESS_VERSION) return { newer: version };
  let current: Record<string, unknown> = doc;
  while (version < PROGRESS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { problem: `no migration from version ${version}` };
    current = step(current);
    version += 1;
  }
  return validateProgress(current);
}

/**
 * A copy of `p` with chapter `slug` marked visited at `at`.
 * Example: `recordVisit(emptyProgress(), 'relu', new Date(0)).chapters.relu.visitedAt` is `'1970-01-01T00:00:00.000Z'`.
 */
export function recordVisit(p: Progress, slug: string, at: Date): Progress {
  const chapter = p.chapters[slug] ?? { quiz: {} };
  return { ...p, chapters: { ...p.chapters, [slug]: { ...chapter, visitedAt: at.toISOString() } } };
}

/**
 * A copy of `p` with the latest answer to question `id` of chapter `slug`.
 * Example: `recordAnswer(emptyProgress(), 'tanh', 'range', true, new Date(0)).chapters.tanh.quiz.range.correct` is true.
 */
export function recordAnswer(p: Progress, slug: string, id: string, correct: boolean, at: Date): Progress {
  const chapter = p.chapters[slug] ?? { quiz: {} };
  const quiz = { ...chapter.quiz, [id]: { correct, answeredAt: at.toISOString() } };
  return { ...p, chapters: { ...p.chapters, [slug]: { ...chapter, quiz } } };
}

/**
 * One line for the home page: "visited · 3 of 4 questions right", "not started yet", ...
 * `questionIds` are the chapter's current questions: stored answers to questions that no longer
 * exist do not count. Example: `describeChapter(undefined, ['a'])` is `'not started yet'`.
 */
export function describeChapter(chapter: ChapterProgress | undefined, questionIds: readonly string[]): string {
  if (!chapter) return 'not started yet';
  const parts: string[] = [];
  if (chapter.visitedAt) parts.push('visited');
  const answered = questionIds.filter((id) => chapter.quiz[id]);
  if (questionIds.length > 0 && answered.length > 0) {
    const right = answered.filter((id) => chapter.quiz[id]!.correct).length;
    parts.push(`${right} of ${questionIds.length} ${questionIds.length === 1 ? 'question' : 'questions'} right`);
  }
  return parts.length > 0 ? parts.join(' · ') : 'not started yet';
}

/**
 * A copy of `p` with the code of exercise `id` saved at `at`: a first save starts the exercise;
 * later saves keep its runs. Example: `recordExerciseCode(emptyProgress(), 'relu', 'x', new Date(0)).exercises.relu.status` is `'started'`.
 */
export function recordExerciseCode(p: Progress, id: string, code: string, at: Date): Progress {
  const before = p.exercises[id] ?? { attempts: 0, passed: 0, total: 0, status: 'started' as const };
  return { ...p, exercises: { ...p.exercises, [id]: { ...before, code, updatedAt: at.toISOString() } } };
}

/**
 * A copy of `p` recording a run of exercise `id` on `code` that passed `passed` of `total` tests:
 * one more attempt, and the status of this run ('passed' only when every test passed).
 * Example: `recordExerciseRun(emptyProgress(), 'relu', 'x', 12, 12, new Date(0)).exercises.relu` has `status: 'passed', attempts: 1`.
 */
export function recordExerciseRun(p: Progress, id: string, code: string, passed: number, total: number, at: Date): Progress {
  const attempts = (p.exercises[id]?.attempts ?? 0) + 1;
  const status = total > 0 && passed === total ? 'passed' : 'failed';
  return { ...p, exercises: { ...p.exercises, [id]: { code, attempts, passed, total, status, updatedAt: at.toISOString() } } };
}

/**
 * A short status of one exercise: "not started", "started", "3/12 tests passed" or "all 12 tests passed".
 * Example: `describeExercise(undefined)` is `'not started'`.
 */
export function describeExercise(e: ExerciseProgress | undefined): string {
  if (!e) return 'not started';
  if (e.status === 'started') return 'started';
  return e.status === 'passed' ? `all ${e.total} tests passed` : `${e.passed}/${e.total} tests passed`;
}

/**
 * One line for a chapter's exercises on the home page, counting only the exercises `ids` the
 * chapter has now: "exercises: 1 of 2 solved, 1 started", or "" when there are none.
 * Example: `describeExercises(emptyProgress().exercises, ['mse'])` is `'exercises: 0 of 1 solved'`.
 */
export function describeExercises(exercises: Progress['exercises'], ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const solved = ids.filter((id) => exercises[id]?.status === 'passed').length;
  const started = ids.filter((id) => exercises[id] && exercises[id].status !== 'passed').length;
  return `exercises: ${solved} of ${ids.length} solved${started > 0 ? `, ${started} started` : ''}`;
}

/** A store bound to one storage; see `openProgress`. */
export interface ProgressStore {
  /** What loading found; `progress` is what the page should show (empty unless `ok`). */
  readonly loaded: LoadResult;
  /** Whether `update` will write (false for corrupt, newer or unavailable data). */
  readonly writable: boolean;
  /** Applies `change` and saves; returns false, saving nothing, when not writable or storage fails. */
  update(change: (p: Progress) => Progress): boolean;
  /** The reader's choice: back up the raw text (if any), then start from an empty document. */
  reset(): boolean;
  /** The reader's choice too (importing a file): back up what storage holds now (if anything), then save `progress`. */
  replace(progress: Progress): boolean;
}

/**
 * Loads progress from `storage` (localStorage in the browser). Reading or writing storage may
 * throw (storage disabled, quota): that is reported as `unavailable` or a false return, never thrown.
 *
 * Example: `openProgress(localStorage).update((p) => recordVisit(p, 'sigmoid', new Date()))`.
 */
export function openProgress(storage: StorageLike): ProgressStore {
  let loaded: LoadResult;
  try {
    loaded = parseProgress(storage.getItem(PROGRESS_KEY));
  } catch (e) {
    loaded = { status: 'unavailable', progress: emptyProgress(), reason: String(e) };
  }
  let current = loaded.progress;
  let writable = loaded.status === 'ok' || loaded.status === 'empty';
  const save = (p: Progress): boolean => {
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(p));
      current = p;
      return true;
    } catch {
      return false;
    }
  };
  return {
    get loaded() {
      return loaded;
    },
    get writable() {
      return writable;
    },
    update(change) {
      return writable && save(change(current));
    },
    reset() {
      try {
        if ('raw' in loaded) storage.setItem(BACKUP_KEY, loaded.raw);
      } catch {
        return false;
      }
      if (!save(emptyProgress())) return false;
      loaded = { status: 'ok', progress: current };
      writable = true;
      return true;
    },
    replace(progress) {
      try {
        const now = storage.getItem(PROGRESS_KEY);
        if (now !== null) storage.setItem(BACKUP_KEY, now);
      } catch {
        return false;
      }
      if (!save(progress)) return false;
      loaded = { status: 'ok', progress: current };
      writable = true;
      return true;
    },
  };
}

/** The `format` of an exported progress file. */
export const EXPORT_FORMAT = 'nonlinear-progress';
/** The largest progress file `importProgress` reads: 13 exercises at the code limit, with room to spare. */
export const MAX_FILE_LENGTH = 2_000_000;

/**
 * The text of a progress file: `{ format: 'nonlinear-progress', version, exportedAt, progress }`,
 * indented so a person can read it. It is also the reader's submission: it holds every exercise's code.
 * Example: `JSON.parse(exportProgress(emptyProgress(), new Date(0))).format` is `'nonlinear-progress'`.
 */
export function exportProgress(p: Progress, at: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: p.version, exportedAt: at.toISOString(), progress: p }, null, 2)}\n`;
}

/**
 * Reads a progress file written by `exportProgress` (of this or an older version, migrated), or
 * says in a sentence why it cannot: not JSON, not a progress file, from a newer course, damaged.
 * Example: `importProgress('{}')` is `{ problem: 'This is not a Nonlinear progress file.' }`.
 */
export function importProgress(text: string): { progress: Progress } | { problem: string } {
  if (text.length > MAX_FILE_LENGTH) return { problem: 'This file is too large to be a Nonlinear progress file.' };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { problem: 'This file is not a Nonlinear progress file: it is not valid JSON.' };
  }
  if (!isObject(doc) || doc.format !== EXPORT_FORMAT || !isObject(doc.progress)) return { problem: 'This is not a Nonlinear progress file.' };
  if (doc.version !== doc.progress.version) return { problem: 'This progress file is damaged: its two version numbers disagree.' };
  const up = upgradeProgress(doc.progress);
  if ('newer' in up) return { problem: `This file was saved by a newer version of the course (format ${up.newer}); this page cannot read it.` };
  if ('problem' in up) return { problem: `This progress file is damaged: ${up.problem}.` };
  return up;
}
