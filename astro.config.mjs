// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeMathNowrap from './src/plugins/rehype-math-nowrap.mjs';

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
  integrations: [mdx()],
  markdown: {
    // Astro 7's default processor does not run remark/rehype plugins; KaTeX needs unified.
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }], rehypeMathNowrap],
    }),
  },
});
