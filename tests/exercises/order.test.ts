import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedPosition, orderExercises, type ChapterInfo } from '../../src/exercises/order.ts';

const chapters: ChapterInfo[] = [
  { slug: 'softmax', order: 5, title: 'Softmax', body: 'intro <Exercise id="log-sum-exp" /> later <Exercise id="softmax" />' },
  { slug: 'sigmoid', order: 2, title: 'Sigmoid', body: '{/* exercise: sigmoid-grad */} and <Exercise id="sigmoid" />' },
];

describe('orderExercises(exercises, chapters)', () => {
  it('sorts by chapter order, then by where the chapter embeds each exercise, then by id', () => {
    const list = [
      { id: 'softmax', chapter: 'softmax' },
      { id: 'zeta', chapter: 'sigmoid' },
      { id: 'sigmoid', chapter: 'sigmoid' },
      { id: 'log-sum-exp', chapter: 'softmax' },
      { id: 'sigmoid-grad', chapter: 'sigmoid' },
      { id: 'alpha', chapter: 'sigmoid' },
    ];
    expect(orderExercises(list, chapters).map((e) => e.id)).toEqual(['sigmoid-grad', 'sigmoid', 'alpha', 'zeta', 'log-sum-exp', 'softmax']);
  });
  it('throws for an exercise whose chapter does not exist', () => {
    expect(() => orderExercises([{ id: 'x', chapter: 'nope' }], chapters)).toThrow('chapter "nope"');
  });
  it('embedPosition(body, id) does not confuse an id with a longer one that starts the same', () => {
    expect(embedPosition('<Exercise id="relu-grad" />', 'relu')).toBe(Infinity);
    expect(embedPosition('<Exercise id="relu-grad" /> <Exercise id="relu" />', 'relu')).toBe(28);
  });
});

describe('the course\'s chapters', () => {
  it('embed each of the 13 exercises exactly once', () => {
    const ids = readdirSync('content/exercises');
    expect(ids).toHaveLength(13);
    const bodies = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx')).map((f) => readFileSync(`content/chapters/${f}`, 'utf8'));
    for (const id of ids) {
      const count = bodies.reduce((n, b) => n + b.split(`<Exercise id="${id}" />`).length - 1, 0);
      expect(count, id).toBe(1);
    }
  });
});
