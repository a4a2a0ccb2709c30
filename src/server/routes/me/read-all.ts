import type { PageOptions } from "../../../storage/page.ts";

const pageSize = 500;

/**
 * Reads every row of a paged list query, page after page, for exports that must be complete.
 *
 * @example
 * const all = await readAll((page) => listEvidence(db, { orgId, personId, ...page }));
 */
export async function readAll<T>(
  list: (page: Required<PageOptions>) => Promise<T[]>,
): Promise<T[]> {
  const rows: T[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await list({ limit: pageSize, offset });
    rows.push(...page);
    if (page.length < pageSize) return rows;
  }
}
