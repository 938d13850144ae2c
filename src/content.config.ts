import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';

/**
 * Starlight's `docs` collection, read from two places outside src/:
 * - `content/chapters/<slug>.mdx` → id `chapters/<slug>` → `/chapters/<slug>/`;
 * - `docs/instructor-guide.md` → id `instructors` → `/instructors/` (the same file the
 *   repository shows, so the guide on the site and in the repo cannot drift).
 * Chapters carry `summary` (one line, also the page's meta description) and `order` (from 1);
 * src/lib/chapters.ts insists on both for every chapter.
 */
const docs = defineCollection({
  loader: glob({
    base: '.',
    pattern: ['content/chapters/**/[^_]*.{md,mdx}', 'docs/instructor-guide.md'],
    generateId: ({ entry }) =>
      entry === 'docs/instructor-guide.md' ? 'instructors' : entry.replace(/^content\//, '').replace(/\.mdx?$/, ''),
  }),
  schema: (context) =>
    docsSchema({
      extend: z.object({
        /** One line for the home page and the page's meta description. */
        summary: z.string().min(1).optional(),
        /** Position in the course, from 1. */
        order: z.number().int().positive().optional(),
      }),
    })(context).transform((data) => ({ ...data, description: data.description ?? data.summary })),
});

export const collections = { docs };
