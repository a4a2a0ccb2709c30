import type { Database } from "../../../storage/database.ts";
import { getPerson, listPeople, type StoredPerson } from "../../../storage/queries/people.ts";
import type { PageRequest } from "../../pagination.ts";

// A reporting line deeper than this is bad data, not an organisation.
const maxDepth = 20;

/**
 * The people a member (not an admin) may list: themself and everyone who reports to them,
 * directly or through others, in name order.
 */
export async function visiblePeople(
  db: Database,
  orgId: string,
  personId: string | null,
  page: PageRequest,
): Promise<StoredPerson[]> {
  if (personId === null) return [];
  const self = await getPerson(db, orgId, personId);
  if (!self) return [];
  const found = new Map<string, StoredPerson>([[self.id, self]]);
  let frontier = [self.id];
  for (let depth = 0; depth < maxDepth && frontier.length > 0; depth += 1) {
    const next: string[] = [];
    for (const managerId of frontier) {
      for (const report of await listPeople(db, { orgId, managerId, limit: 10_000 })) {
        if (found.has(report.id)) continue;
        found.set(report.id, report);
        next.push(report.id);
      }
    }
    frontier = next;
  }
  const sorted = [...found.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  return sorted.slice(page.offset, page.offset + page.limit + 1);
}
