import { useMutation, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { FrameworkSourceInput } from "../api/types.ts";

/**
 * Checking, importing and publishing framework files (admins); the server does every check.
 *
 * @example
 * const { validate } = useFrameworkActions();
 * validate.mutate({ source, fileName: "framework.yaml" });
 */
export function useFrameworkActions() {
  const client = useQueryClient();
  const validate = useMutation({
    mutationFn: (input: FrameworkSourceInput) =>
      answer(api.POST("/api/v1/frameworks/validate", { body: input })),
  });
  const importVersion = useMutation({
    mutationFn: (input: FrameworkSourceInput) =>
      answer(api.POST("/api/v1/frameworks", { body: input })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.frameworkVersions }),
  });
  const publish = useMutation({
    mutationFn: (versionId: string) =>
      answer(api.POST("/api/v1/frameworks/{id}/publish", { params: { path: { id: versionId } } })),
    // Every page reads the published framework: fetch it all again.
    onSuccess: () => client.invalidateQueries(),
  });
  return { validate, importVersion, publish };
}
