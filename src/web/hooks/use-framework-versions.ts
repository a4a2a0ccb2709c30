import { useQuery } from "@tanstack/react-query";
import { api } from "../api/api-client.ts";
import type { FrameworkDiff, FrameworkVersion } from "../organisation/organisation-types.ts";

/** The query key of the organisation's framework versions. */
export const frameworkVersionsKey = ["frameworks", "versions"] as const;

/**
 * The organisation's framework versions, newest first.
 *
 * @example
 * const drafts = useFrameworkVersions().data?.items.filter((v) => v.status === "draft");
 */
export function useFrameworkVersions() {
  return useQuery({
    queryKey: frameworkVersionsKey,
    queryFn: () => api<{ items: FrameworkVersion[] }>("/api/v1/frameworks"),
  });
}

/** What changed from `againstId` (default: the published version) to `versionId`. */
export function useFrameworkDiff(versionId: string, againstId: string | null) {
  const query = againstId ? `?${new URLSearchParams({ against: againstId })}` : "";
  return useQuery({
    queryKey: ["frameworks", "diff", versionId, againstId],
    queryFn: () => api<FrameworkDiff>(`/api/v1/frameworks/${versionId}/diff${query}`),
  });
}
