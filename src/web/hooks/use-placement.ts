import { useMutation } from "@tanstack/react-query";
import { api } from "../api/api-client.ts";
import type { Background, Placement } from "../api/types.ts";

/** Asks the server where a newcomer with this background might enter the ladder. */
export function usePlacement() {
  return useMutation({
    mutationFn: (background: Background) =>
      api<Placement>("/api/v1/placement", { method: "POST", body: { background } }),
  });
}
