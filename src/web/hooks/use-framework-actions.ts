import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/api-client.ts";
import type {
  FrameworkSourceInput,
  FrameworkValidation,
  FrameworkVersion,
} from "../organisation/organisation-types.ts";
import { frameworkVersionsKey } from "./use-framework-versions.ts";

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
      api<FrameworkValidation>("/api/v1/frameworks/validate", { method: "POST", body: input }),
  });
  const importVersion = useMutation({
    mutationFn: (input: FrameworkSourceInput) =>
      api<FrameworkVersion>("/api/v1/frameworks", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: frameworkVersionsKey }),
  });
  const publish = useMutation({
    mutationFn: (versionId: string) =>
      api<FrameworkVersion>(`/api/v1/frameworks/${versionId}/publish`, { method: "POST" }),
    // Every page reads the published framework: fetch it all again.
    onSuccess: () => client.invalidateQueries(),
  });
  return { validate, importVersion, publish };
}
