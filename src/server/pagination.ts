import { z } from "@hono/zod-openapi";

/** The most items one page may hold. */
export const maxPageSize = 100;

/** The page size when the client does not ask for one. */
export const defaultPageSize = 20;

const cursorPattern = /^o[0-9]{1,9}$/;

/** Query parameters of every list route: `limit` and an opaque `cursor` from the previous page. */
export const pageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(maxPageSize)
    .default(defaultPageSize)
    .openapi({
      param: { name: "limit", in: "query" },
      description: "How many items one page holds, from 1 to 100.",
      example: 20,
    }),
  cursor: z
    .string()
    .regex(cursorPattern, "cursor must be a value returned as nextCursor by the previous page")
    .optional()
    .openapi({
      param: { name: "cursor", in: "query" },
      description:
        "Where the page starts: the nextCursor the previous page gave; leave out for the first page.",
      example: "o20",
    }),
});

/** A parsed page request: how many items, starting where. */
export interface PageRequest {
  limit: number;
  offset: number;
}

/** Reads a validated page query into a limit and an offset. */
export function pageRequest(query: { limit: number; cursor?: string | undefined }): PageRequest {
  return { limit: query.limit, offset: query.cursor ? Number(query.cursor.slice(1)) : 0 };
}

/** Wraps an item schema in the page envelope every list route answers with. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: "Pass as `cursor` for the next page; null on the last page." }),
  });
}

/** A page of items and the cursor of the next page, if any. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Builds a page from rows fetched with `limit + 1`, so one extra row tells whether more follow.
 *
 * @example
 * const request = pageRequest(c.req.valid("query"));
 * const rows = await listPeople(db, { orgId, limit: request.limit + 1, offset: request.offset });
 * return c.json(toPage(rows.map(presentPerson), request), 200);
 */
export function toPage<T>(rows: T[], request: PageRequest): Page<T> {
  const more = rows.length > request.limit;
  return {
    items: more ? rows.slice(0, request.limit) : rows,
    nextCursor: more ? `o${request.offset + request.limit}` : null,
  };
}
