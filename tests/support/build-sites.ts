import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the site built without BASE_PATH (served at `/`). */
    siteRoot: string;
    /** dist/ of the site built with BASE_PATH=/nn-course/. */
    siteNnCourse: string;
  }
}

/**
 * Vitest global setup of the `site` project: builds the site once at `/` and once under
 * `/nn-course/` into temporary folders, provides their paths to the tests (`inject('siteRoot')`),
 * and removes them when the run ends.
 */
export default function setup(project: TestProject): () => void {
  const dirs: string[] = [];
  try {
    const root = buildSite();
    dirs.push(root);
    const nnCourse = buildSite('/nn-course/');
    dirs.push(nnCourse);
    project.provide('siteRoot', root);
    project.provide('siteNnCourse', nnCourse);
  } catch (e) {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    throw e;
  }
  return () => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  };
}
