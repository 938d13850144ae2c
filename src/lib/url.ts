/**
 * A site-internal URL under the configured base path.
 * `withBase('chapters/sigmoid/')` is `/chapters/sigmoid/` by default and
 * `/nn-course/chapters/sigmoid/` when built with `BASE_PATH=/nn-course/`.
 */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return `${base}/${path.replace(/^\/+/, '')}`;
}
