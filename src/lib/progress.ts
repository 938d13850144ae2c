/**
 * The reader's progress: chapter visits and quiz answers, kept in localStorage under
 * `nonlinear:progress` as `{ version: 1, chapters: { [slug]: { visitedAt?, quiz: { [id]: { correct, answeredAt } } } } }`.
 *
 * Loading runs parse → migrate → validate. Data that fails is never overwritten behind the
 * reader's back: the store becomes read-only and reports why, and only `reset()` (the reader's
 * choice) replaces it, after copying the raw text to `nonlinear:progress:backup`. A document from
 * a newer version of the course is left alone the same way. No DOM here: the storage is passed in.
 */

export const PROGRESS_KEY = 'nonlinear:progress';
export const BACKUP_KEY = 'nonlinear:progress:backup';
export const PROGRESS_VERSION = 1;

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

export interface Progress {
  version: typeof PROGRESS_VERSION;
  chapters: Record<string, ChapterProgress>;
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

/** A fresh, empty document. Example: `emptyProgress()` is `{ version: 1, chapters: {} }`. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, chapters: {} };
}

/**
 * Upgrades a parsed document of an older version, one step at a time, to the current version.
 * Each entry takes a document of version `v` to version `v + 1`. There are none yet: version 1 is
 * the first. Example: `MIGRATIONS[1]` will turn a version-1 document into version 2.
 */
export const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function onlyKeys(o: Record<string, unknown>, allowed: string[]): boolean {
  return Object.keys(o).every((k) => allowed.includes(k));
}

/**
 * Checks that `doc` is a well-formed current-version document; returns it typed, or the first
 * problem as a sentence. Unknown fields are problems too: this version wrote none, so they mean
 * the data came from somewhere else.
 *
 * Example: `validateProgress({ version: 1, chapters: {} })` is `{ progress: { version: 1, chapters: {} } }`.
 */
export function validateProgress(doc: unknown): { progress: Progress } | { problem: string } {
  if (!isObject(doc) || !onlyKeys(doc, ['version', 'chapters'])) return { problem: 'it is not a progress document' };
  if (doc.version !== PROGRESS_VERSION) return { problem: `it has version ${String(doc.version)}` };
  if (!isObject(doc.chapters)) return { problem: 'its chapters are not a record' };
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
  if (!isObject(doc) || !Number.isInteger(doc.version) || (doc.version as number) < 1) return corrupt('it is not a progress document');
  let version = doc.version as number;
  if (version > PROGRESS_VERSION) return { status: 'newer', progress: emptyProgress(), raw, version };
  while (version < PROGRESS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return corrupt(`no migration from version ${version}`);
    doc = step(doc as Record<string, unknown>);
    version += 1;
  }
  const checked = validateProgress(doc);
  return 'problem' in checked ? corrupt(checked.problem) : { status: 'ok', progress: checked.progress };
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
  };
}
