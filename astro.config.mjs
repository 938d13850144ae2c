// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeMathNowrap from './src/plugins/rehype-math-nowrap.mjs';
import { listChapters } from './src/lib/chapter-list.mjs';

/**
 * BASE_PATH lets an instructor host the course under a sub-path:
 * `BASE_PATH=/nn-course/ npm run build` emits links and assets under /nn-course/.
 * Astro wants a leading slash; a trailing slash is normalised away by Astro.
 */
function basePath(raw = '/') {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export default defineConfig({
  base: basePath(process.env.BASE_PATH),
  trailingSlash: 'ignore',
  // Starlight brings MDX with it.
  integrations: [
    starlight({
      title: 'Nonlinear',
      description: 'An interactive course on neural-network activation functions, losses and backpropagation.',
      // The sidebar is built from the chapter files themselves (src/lib/chapter-list.mjs): a new
      // chapter file appears in it, in `order`, without editing this file.
      sidebar: [
        { label: 'Course overview', link: '/' },
        {
          label: 'Chapters',
          items: listChapters('./content/chapters').map((c) => ({ slug: `chapters/${c.slug}`, label: `${c.order}. ${c.title}` })),
        },
        { label: 'Exercises', link: '/exercises/' },
        { label: 'For instructors', items: [{ slug: 'instructors', label: 'Hosting, exercises and grading' }] },
      ],
      customCss: ['katex/dist/katex.min.css', './src/styles/course.css'],
      markdown: { processedDirs: ['./content/chapters', './docs'] },
      routeMiddleware: './src/route-middleware.ts',
      components: {
        Banner: './src/components/ProgressBanner.astro',
        PageTitle: './src/components/ChapterTitle.astro',
        MarkdownContent: './src/components/CourseContent.astro',
      },
      pagination: true,
      lastUpdated: false,
    }),
  ],
  markdown: {
    // Astro 7's default processor does not run remark/rehype plugins; KaTeX needs unified.
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }], rehypeMathNowrap],
    }),
  },
});
