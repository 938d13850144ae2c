import { describe, expect, it } from 'vitest';
import {
  BACKUP_KEY,
  PROGRESS_KEY,
  describeChapter,
  emptyProgress,
  openProgress,
  parseProgress,
  recordAnswer,
  recordVisit,
  validateProgress,
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
const valid = {
  version: 1,
  chapters: {
    sigmoid: { visitedAt: '2025-01-01T00:00:00.000Z', quiz: { 'ten-layer-bound': { correct: true, answeredAt: '2025-01-01T00:01:00.000Z' } } },
    relu: { quiz: {} },
  },
};

describe('parseProgress(raw)', () => {
  it('is empty for nothing stored', () => {
    expect(parseProgress(null)).toEqual({ status: 'empty', progress: { version: 1, chapters: {} } });
  });
  it('accepts a well-formed version-1 document as is', () => {
    const r = parseProgress(JSON.stringify(valid));
    expect(r.status).toBe('ok');
    expect(r.progress).toEqual(valid);
  });
  it.each([
    ['not JSON', '{"version":1,', 'not valid JSON'],
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
  ])('reports %s as corrupt, keeping the raw text', (_name, raw, reason) => {
    const r = parseProgress(raw);
    expect(r.status).toBe('corrupt');
    if (r.status !== 'corrupt') return;
    expect(r.raw).toBe(raw);
    expect(r.reason).toContain(reason);
    expect(r.progress).toEqual({ version: 1, chapters: {} });
  });
  it('reports a document from a newer version as newer, not corrupt', () => {
    const raw = '{"version":3,"chapters":{},"exercises":{}}';
    expect(parseProgress(raw)).toMatchObject({ status: 'newer', version: 3, raw });
  });
});

describe('validateProgress(doc)', () => {
  it('returns the document typed when it is valid, and a problem otherwise', () => {
    expect(validateProgress(valid)).toEqual({ progress: valid });
    expect(validateProgress({ version: 1 })).toEqual({ problem: 'its chapters are not a record' });
  });
});

describe('recordVisit and recordAnswer', () => {
  it('recordVisit(p, slug, at) sets visitedAt and keeps the quiz answers, without changing p', () => {
    const before = structuredClone(valid) as typeof valid & { version: 1 };
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
      version: 1,
      chapters: { relu: { visitedAt: '2025-01-02T03:04:05.000Z', quiz: { dead: { correct: true, answeredAt: '2025-01-02T03:04:05.000Z' } } } },
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
    expect(JSON.parse(data.get(PROGRESS_KEY)!)).toEqual({ version: 1, chapters: {} });
    expect(store.writable).toBe(true);
    expect(store.update((p) => recordVisit(p, 'relu', T0))).toBe(true);
    expect(JSON.parse(data.get(PROGRESS_KEY)!).chapters.relu.visitedAt).toBe('2025-01-02T03:04:05.000Z');
  });
  it('leaves a newer document alone', () => {
    const raw = '{"version":2,"chapters":{}}';
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
