import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listChapters, readFrontmatter } from '../../src/lib/chapter-list.mjs';

describe('readFrontmatter(text)', () => {
  it('reads scalar fields, removing quotes', () => {
    expect(readFrontmatter('---\ntitle: "Why \\"nonlinear\\"?"\nsummary: It\'s the kink.\norder: 1\n---\n\nBody: not: frontmatter')).toEqual({
      title: 'Why "nonlinear"?',
      summary: "It's the kink.",
      order: '1',
    });
    expect(readFrontmatter("---\r\ntitle: 'It''s ReLU'\r\norder: 4\r\n---\r\n")).toEqual({ title: "It's ReLU", order: '4' });
    expect(readFrontmatter('no frontmatter')).toEqual({});
  });
});

describe('listChapters(dir)', () => {
  it('lists .md/.mdx chapters by order, skipping _drafts and files without a title or order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chapters-'));
    try {
      writeFileSync(join(dir, 'tanh.mdx'), '---\ntitle: Tanh\norder: 3\n---\n');
      writeFileSync(join(dir, 'sigmoid.mdx'), '---\ntitle: The sigmoid\norder: 2\n---\n');
      writeFileSync(join(dir, 'why.md'), '---\ntitle: Why\norder: 1\n---\n');
      writeFileSync(join(dir, '_draft.mdx'), '---\ntitle: Draft\norder: 0\n---\n');
      writeFileSync(join(dir, 'half.mdx'), '---\ntitle: Half-written\n---\n');
      writeFileSync(join(dir, 'notes.txt'), '---\ntitle: Notes\norder: 9\n---\n');
      expect(listChapters(dir)).toEqual([
        { slug: 'why', title: 'Why', order: 1 },
        { slug: 'sigmoid', title: 'The sigmoid', order: 2 },
        { slug: 'tanh', title: 'Tanh', order: 3 },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
