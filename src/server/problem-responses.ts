import { problemContentType, problemKinds, problemSchema } from "./problem.ts";

/** Each status's description: the first kind of the registry answering with it. */
const descriptions: Record<number, string> = Object.fromEntries(
  Object.values(problemKinds)
    .reverse()
    .map((kind) => [kind.status, `${kind.title}: ${kind.detail}`]),
);

/**
 * OpenAPI response entries for the problem statuses a route can answer.
 *
 * @example
 * responses: { 200: ok, ...problemResponses(400, 401, 404) }
 */
export function problemResponses<S extends number>(...statuses: S[]) {
  const entry = (status: number) => ({
    description: descriptions[status] ?? "Something went wrong.",
    content: { [problemContentType]: { schema: problemSchema } },
  });
  return Object.fromEntries(statuses.map((status) => [status, entry(status)])) as Record<
    S,
    ReturnType<typeof entry>
  >;
}
