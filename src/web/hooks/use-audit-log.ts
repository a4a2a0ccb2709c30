import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

/** The audit log's filters as the page keeps them (empty strings are no filter). */
export interface AuditFilters {
  personId: string;
  action: string;
  from: string;
  to: string;
  cursor: string;
}

const given = (value: string) => (value.trim() === "" ? undefined : value.trim());

/**
 * One page of the audit log, newest first, filtered by person (as target), action and dates.
 *
 * @example const log = useAuditLog({ personId: "", action: "", from: "", to: "", cursor: "" });
 */
export function useAuditLog(filters: AuditFilters) {
  return useQuery({
    queryKey: queryKeys.auditLog({ ...filters }),
    queryFn: () =>
      answer(
        api.GET("/api/v1/audit", {
          params: {
            query: {
              limit: 25,
              cursor: given(filters.cursor),
              action: given(filters.action),
              personId: given(filters.personId),
              from: given(filters.from),
              to: given(filters.to),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
