/** The values of a route's `:name` segments, e.g. `{ id: "pm" }` for `/roles/:id`. */
export type RouteParams = Record<string, string>;

/**
 * Matches a pathname against a pattern such as `/roles/:id`; null when it does not fit.
 *
 * @example
 * matchPath("/roles/:id", "/roles/senior-pm"); // { id: "senior-pm" }
 */
export function matchPath(pattern: string, pathname: string): RouteParams | null {
  const wanted = pattern.split("/").filter(Boolean);
  const actual = pathname.split("/").filter(Boolean);
  if (wanted.length !== actual.length) return null;
  const params: RouteParams = {};
  for (const [index, part] of wanted.entries()) {
    const value = actual[index] ?? "";
    if (part.startsWith(":")) {
      try {
        params[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

/** Finds the first route whose path fits, with its params. */
export function matchRoute<R extends { path: string }>(
  routes: readonly R[],
  pathname: string,
): { route: R; params: RouteParams } | null {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}
