import { describe, expect, it } from 'vitest';
import {
  BACKUP_KEY,
  MAX_CODE_LENGTH,
  PROGRESS_KEY,
  describeChapter,
  describeExercise,
  describeExercises,
  emptyProgress,
  exportProgress,
  importProgress,
  openProgress,
  parseProgress,
  recordAnswer,
  recordExerciseCode,
  recordExerciseRun,
  recordVisit,
  validateProgress,
  type Progress,
  type StorageLike,
} from '../../src/lib/progress.ts';

/** An in-memory Storage; `failWrites`/`failReads` make it throw like a browser with storage disabled or full. */
function memoryStorage(initial: Record<string, string> = {}, opts: { failWrites?: boolean; failReads?: boolean } = {}) {
  const data = new Map(Object.entries(initial));
  const storage: StorageLike = {
    getItem: (k) => {
      if (opts.failReads) throw new Error('SecurityError');
      return data.get(k) ?? null;
    },
    setItem: (k, v) => {
      if (opts.failWrites) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
  };
  return { storage, data };
}

const T0 = new Date('2025-01-02T03:04:05.000Z');
const chapters = {
  sigmoid: { visitedAt: '2025-01-01T00:00:00.000Z', quiz: { 'ten-layer-bound': { correct: true, answeredAt: '2025-01-01T00:01:00.000Z' } } },
  relu: { quiz: {} },
};
/** A version-1 document as the course stored it before exercises existed. */
const v1 = { version: 1, chapters };
const valid: Progress = {
  version: 2,
  chapters,
  exercises: {
    sigmoid: { code: 'export function sigmoid(x: number) { return 0; }', attempts: 2, passed: 3, total: 12, status: 'failed', updatedAt: '2025-01-01T00:02:00.000Z' },
    'sigmoid-grad': { code: '', attempts: 0, passed: 0, total: 0, status: 'started', updatedAt: '2025-01-01T00:03:00.000Z' },
  },
};

/** A stored version-2 document whose one exercise, "relu", is a good record with `changes` applied (undefined drops a field). */
function ex(changes: Record<string, unknown>): string {
  const relu = { code: 'x', attempts: 1, passed: 1, total: 12, status: 'failed', updatedAt: '2025-01-01T00:00:00Z', ...changes };
  return JSON.stringify({ version: 2, chapters: {}, exercises: { relu } });
}

describe('parseProgress(raw)', () => {
  it('is empty for nothing stored', () => {
    expect(parseProgress(null)).toEqual({ status: 'empty', progress: { version: 2, chapters: {}, exercises: {} } });
  });
  it('accepts a well-formed version-2 document as is', () => {
    const r = parseProgress(JSON.stringify(valid));
    expect(r.status).toBe('ok');
    expect(r.progress).toEqual(valid);
  });
  it('migrates a version-1 document to version 2, keeping every chapter visit and quiz answer', () => {
    const raw = JSON.stringify(v1);
    const r = parseProgress(raw);
    expect(r).toEqual({ status: 'ok', progress: { version: 2, chapters, exercises: {} } });
    expect(JSON.parse(raw)).toEqual(v1); // the stored text is read, not changed
  });
  it('still rejects a malformed version-1 document after migrating it', () => {
    const r = parseProgress('{"version":1,"chapters":{"relu":{}}}');
    expect(r).toMatchObject({ status: 'corrupt', reason: 'chapter "relu" is malformed' });
  });
  it.each([
    ['not JSON', '{"version":2,', 'not valid JSON'],
    ['a JSON array', '[1,2]', 'not a progress document'],
    ['no version', '{"chapters":{}}', 'not a progress document'],
    ['version 0', '{"version":0,"chapters":{}}', 'not a progress document'],
    ['a fractional version', '{"version":1.5,"chapters":{}}', 'not a progress document'],
    ['chapters as a string', '{"version":1,"chapters":"x"}', 'chapters are not a record'],
    ['an unknown top-level field', '{"version":1,"chapters":{},"x":1}', 'not a progress document'],
    ['a chapter without quiz', '{"version":1,"chapters":{"relu":{}}}', 'chapter "relu" is malformed'],
    ['a bad visit time', '{"version":1,"chapters":{"relu":{"visitedAt":"yesterday","quiz":{}}}}', 'bad visit time'],
    ['a non-boolean correct', '{"version":1,"chapters":{"relu":{"quiz":{"a":{"correct":"yes","answeredAt":"2025-01-01T00:00:00Z"}}}}}', 'answer "a"'],
    ['a chapter name with a slash', '{"version":1,"chapters":{"../x":{"quiz":{}}}}', 'not a chapter name'],
    ['a version-2 document without exercises', '{"version":2,"chapters":{}}', 'exercises are not a record'],
    ['an exercise without code', ex({ code: undefined }), 'has no code'],
    ['code over the length limit', ex({ code: 'x'.repeat(MAX_CODE_LENGTH + 1) }), 'has no code, or too much'],
    ['more tests passed than ran', ex({ passed: 13, total: 12 }), 'bad counts'],
    ['a fractional attempt count', ex({ attempts: 1.5 }), 'bad counts'],
    ['an unknown status', ex({ status: 'done' }), 'unknown status'],
    ['"passed" with a failing test', ex({ status: 'passed', passed: 11, total: 12 }), '"passed" with failing tests'],
    ['a result without any run', ex({ status: 'failed', attempts: 0 }), 'a result without a run'],
    ['an unknown exercise field', ex({ solution: 'x' }), 'exercise "relu" is malformed'],
    ['a bad exercise time', ex({ updatedAt: 'soon' }), 'has a bad time'],
    ['an exercise name with a slash', '{"version":2,"chapters":{},"exercises":{"a/b":{}}}', 'not an exercise name'],
  ])('reports %s as corrupt, keeping the raw text', (_name, raw, reason) => {
    const r = parseProgress(raw);
    expect(r.status).toBe('corrupt');
    if (r.status !== 'corrupt') return;
    expect(r.raw).toBe(raw);
    expect(r.reason).toContain(reason);
    expect(r.progress).toEqual({ version: 2, chapters: {}, exercises: {} });
  });
  it('reports a document from a newer version as newer, not corrupt', () => {
    const raw = '{"version":3,"chapters":{},"exercises":{}}';
    expect(parseProgress(raw)).toMatchObject({ status: 'newer', version: 3, raw });
  });
});

describe('validateProgress(doc)', () => {
  it('returns the document typed when it is valid, and a problem otherwise', () => {
    expect(validateProgress(valid)).toEqual({ progress: valid });
    expect(validateProgress({ version: 2 })).toEqual({ problem: 'its chapters are not a record' });
    expect(validateProgress(v1)).toEqual({ problem: 'it has version 1' });
  });
});

describe('recordVisit and recordAnswer', () => {
  it('recordVisit(p, slug, at) sets visitedAt and keeps the quiz answers, without changing p', () => {
    const before = structuredClone(valid);
    const after = recordVisit(before, 'sigmoid', T0);
    expect(after.chapters.sigmoid).toEqual({ ...valid.chapters.sigmoid, visitedAt: '2025-01-02T03:04:05.000Z' });
    expect(before).toEqual(valid);
  });
  it('recordAnswer(p, slug, id, correct, at) replaces an earlier answer to the same question', () => {
    let p = recordAnswer(emptyProgress(), 'tanh', 'range', false, new Date(0));
    p = recordAnswer(p, 'tanh', 'range', true, T0);
    p = recordAnswer(p, 'tanh', 'zero-centred', false, T0);
    expect(p.chapters.tanh).toEqual({
      quiz: {
        range: { correct: true, answeredAt: '2025-01-02T03:04:05.000Z' },
        'zero-centred': { correct: false, answeredAt: '2025-01-02T03:04:05.000Z' },
      },
    });
    expect(validateProgress(p)).toEqual({ progress: p });
  });
});

describe('describeChapter(chapter, questionIds)', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('says "not started yet" without any record', () => {
    expect(describeChapter(undefined, ids)).toBe('not started yet');
    expect(describeChapter({ quiz: {} }, ids)).toBe('not started yet');
  });
  it('counts right answers among the current questions only', () => {
    const quiz = {
      a: { correct: true, answeredAt: '2025-01-01T00:00:00Z' },
      b: { correct: true, answeredAt: '2025-01-01T00:00:00Z' },
      c: { correct: false, answeredAt: '2025-01-01T00:00:00Z' },
      gone: { correct: true, answeredAt: '2025-01-01T00:00:00Z' },
    };
    expect(describeChapter({ visitedAt: '2025-01-01T00:00:00Z', quiz }, ids)).toBe('visited · 2 of 4 questions right');
    expect(describeChapter({ quiz }, ['c'])).toBe('0 of 1 question right');
    expect(describeChapter({ visitedAt: '2025-01-01T00:00:00Z', quiz: {} }, ids)).toBe('visited');
  });
});

describe('openProgress(storage)', () => {
  it('saves updates as JSON under nonlinear:progress', () => {
    const { storage, data } = memoryStorage();
    const store = openProgress(storage);
    expect(store.writable).toBe(true);
    expect(store.update((p) => recordVisit(p, 'relu', T0))).toBe(true);
    expect(store.update((p) => recordAnswer(p, 'relu', 'dead', true, T0))).toBe(true);
    expect(JSON.parse(data.get(PROGRESS_KEY)!)).toEqual({
      version: 2,
      chapters: { relu: { visitedAt: '2025-01-02T03:04:05.000Z', quiz: { dead: { correct: true, answeredAt: '2025-01-02T03:04:05.000Z' } } } },
      exercises: {},
    });
  });
  it('never writes over corrupt data until reset(), which first backs it up', () => {
    const { storage, data } = memoryStorage({ [PROGRESS_KEY]: 'garbage' });
    const store = openProgress(storage);
    expect(store.loaded.status).toBe('corrupt');
    expect(store.writable).toBe(false);
    expect(store.update((p) => recordVisit(p, 'relu', T0))).toBe(false);
    expect(data.get(PROGRESS_KEY)).toBe('garbage');
    expect(store.reset()).toBe(true);
    expect(data.get(BACKUP_KEY)).toBe('garbage');
    expect(JSON.parse(data.get(PROGRESS_KEY)!)).toEqual({ version: 2, chapters: {}, exercises: {} });
    expect(store.writable).toBe(true);
    expect(store.update((p) => recordVisit(p, 'relu', T0))).toBe(true);
    expect(JSON.parse(data.get(PROGRESS_KEY)!).chapters.relu.visitedAt).toBe('2025-01-02T03:04:05.000Z');
  });
  it('leaves a newer document alone', () => {
    const raw = '{"version":3,"chapters":{},"exercises":{},"badges":[]}';
    const { storage, data } = memoryStorage({ [PROGRESS_KEY]: raw });
    const store = openProgress(storage);
    expect(store.loaded.status).toBe('newer');
    expect(store.update((p) => recordVisit(p, 'relu', T0))).toBe(false);
    expect(data.get(PROGRESS_KEY)).toBe(raw);
  });
  it('reports storage that throws as unavailable, or an update as unsaved, without throwing', () => {
    expect(openProgress(memoryStorage({}, { failReads: true }).storage).loaded.status).toBe('unavailable');
    const store = openProgress(memoryStorage({}, { failWrites: true }).storage);
    expect(store.update((p) => recordVisit(p, 'relu', T0))).toBe(false);
  });
});

describe('exercise records', () => {
  it('recordExerciseCode(p, id, code, at) starts an exercise, then keeps its runs while saving new code', () => {
    let p = recordExerciseCode(emptyProgress(), 'relu', 'a', T0);
    expect(p.exercises.relu).toEqual({ code: 'a', attempts: 0, passed: 0, total: 0, status: 'started', updatedAt: '2025-01-02T03:04:05.000Z' });
    p = recordExerciseRun(p, 'relu', 'b', 5, 12, T0);
    p = recordExerciseCode(p, 'relu', 'c', new Date(0));
    expect(p.exercises.relu).toEqual({ code: 'c', attempts: 1, passed: 5, total: 12, status: 'failed', updatedAt: '1970-01-01T00:00:00.000Z' });
    expect(validateProgress(p)).toEqual({ progress: p });
  });
  it('recordExerciseRun(p, id, code, passed, total, at) counts attempts; the status is that of the latest run', () => {
    const before = structuredClone(valid);
    let p = recordExerciseRun(before, 'sigmoid', 'ok', 12, 12, T0);
    expect(p.exercises.sigmoid).toMatchObject({ code: 'ok', attempts: 3, passed: 12, total: 12, status: 'passed' });
    p = recordExerciseRun(p, 'sigmoid', 'broken', 0, 12, T0);
    expect(p.exercises.sigmoid).toMatchObject({ attempts: 4, passed: 0, status: 'failed' });
    expect(recordExerciseRun(emptyProgress(), 'mse', '', 0, 0, T0).exercises.mse!.status).toBe('failed'); // no tests ran: not a pass
    expect(before).toEqual(valid);
    expect(p.chapters).toEqual(valid.chapters);
  });
  it('describeExercise(e) says "not started", "started", "N/M tests passed" or "all M tests passed"', () => {
    expect(describeExercise(undefined)).toBe('not started');
    expect(describeExercise(valid.exercises['sigmoid-grad'])).toBe('started');
    expect(describeExercise(valid.exercises.sigmoid)).toBe('3/12 tests passed');
    expect(describeExercise(recordExerciseRun(emptyProgress(), 'a', '', 9, 9, T0).exercises.a)).toBe('all 9 tests passed');
  });
  it('describeExercises(exercises, ids) counts solved and started exercises among the chapter\'s current ones', () => {
    const p = recordExerciseRun(valid, 'relu', '', 12, 12, T0);
    expect(describeExercises(p.exercises, ['sigmoid', 'sigmoid-grad'])).toBe('exercises: 0 of 2 solved, 2 started');
    expect(describeExercises(p.exercises, ['relu', 'relu-grad', 'leaky-relu'])).toBe('exercises: 1 of 3 solved');
    expect(describeExercises(p.exercises, [])).toBe('');
  });
});

describe('openProgress(storage) with exercises', () => {
  it('upgrades stored version-1 progress on the first save, keeping the quiz answers', () => {
    const { storage, data } = memoryStorage({ [PROGRESS_KEY]: JSON.stringify(v1) });
    const store = openProgress(storage);
    expect(store.loaded.status).toBe('ok');
    expect(store.update((p) => recordExerciseCode(p, 'relu', 'code', T0))).toBe(true);
    const saved = JSON.parse(data.get(PROGRESS_KEY)!);
    expect(saved.version).toBe(2);
    expect(saved.chapters).toEqual(chapters);
    expect(saved.exercises.relu.code).toBe('code');
  });
  it('replace(progress) keeps what was stored as the backup, then saves the new document, even over corrupt data', () => {
    const { storage, data } = memoryStorage({ [PROGRESS_KEY]: 'garbage' });
    const store = openProgress(storage);
    expect(store.writable).toBe(false);
    expect(store.replace(valid)).toBe(true);
    expect(data.get(BACKUP_KEY)).toBe('garbage');
    expect(JSON.parse(data.get(PROGRESS_KEY)!)).toEqual(valid);
    expect(store.writable).toBe(true);
    expect(store.loaded).toEqual({ status: 'ok', progress: valid });
  });
});

describe('exportProgress(p, at) and importProgress(text)', () => {
  it('round-trips a document through a file that holds each exercise\'s code', () => {
    const text = exportProgress(valid, T0);
    const file = JSON.parse(text);
    expect(file).toEqual({ format: 'nonlinear-progress', version: 2, exportedAt: '2025-01-02T03:04:05.000Z', progress: valid });
    expect(file.progress.exercises.sigmoid.code).toBe('export function sigmoid(x: number) { return 0; }');
    expect(importProgress(text)).toEqual({ progress: valid });
  });
  it('reads a file holding version-1 progress by migrating it', () => {
    const text = JSON.stringify({ format: 'nonlinear-progress', version: 1, exportedAt: '2025-01-01T00:00:00Z', progress: v1 });
    expect(importProgress(text)).toEqual({ progress: { version: 2, chapters, exercises: {} } });
  });
  const file = (progress: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ format: 'nonlinear-progress', version: 2, exportedAt: '2025-01-01T00:00:00Z', progress, ...extra });
  it.each([
    ['text that is not JSON', 'version: 2', 'not valid JSON'],
    ['a bare progress document (not a file)', JSON.stringify(valid), 'not a Nonlinear progress file'],
    ['another program\'s JSON', '{"format":"anki-deck","version":2,"progress":{}}', 'not a Nonlinear progress file'],
    ['a JSON array', '[]', 'not a Nonlinear progress file'],
    ['version numbers that disagree', file(v1), 'two version numbers disagree'],
    ['a file from a newer course', file({ ...valid, version: 3 }, { version: 3 }), 'newer version of the course (format 3)'],
    ['a damaged exercise', file({ ...valid, exercises: { relu: { code: 1 } } }), 'damaged: exercise "relu" has no code'],
    ['a file far over the size limit', file(valid, { padding: 'x'.repeat(2_000_001) }), 'too large'],
  ])('refuses %s with a sentence saying why', (_name, text, problem) => {
    const r = importProgress(text);
    expect('problem' in r && r.problem).toContain(problem);
  });
});
