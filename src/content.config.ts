import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** One MDX file per chapter in content/chapters/; the entry id is the file name (the URL slug). */
const chapters = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/chapters' }),
  schema: z.object({
    title: z.string(),
    /** One line for the home page and the page's meta description. */
    summary: z.string(),
    /** Position in the course, from 1. */
    order: z.number().int().positive(),
  }),
});

export const collections = { chapters };
