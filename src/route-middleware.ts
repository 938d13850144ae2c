import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Previous/next links stay inside the course: a chapter links only to neighbouring chapters
 * (or, for the first, the course overview), and the instructor guide has none. Starlight would
 * otherwise walk the whole sidebar and send the last chapter's reader on to the instructor guide.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const inCourse = (href: string | undefined) => href !== undefined && !/\/instructors\/?$/.test(href);
  if (route.id === 'instructors') {
    route.pagination = { prev: undefined, next: undefined };
    return;
  }
  if (!inCourse(route.pagination.next?.href)) route.pagination.next = undefined;
  if (!inCourse(route.pagination.prev?.href)) route.pagination.prev = undefined;
});
