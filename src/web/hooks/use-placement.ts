import { useMutation } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import type { Background } from "../api/types.ts";

/** Asks the server where a newcomer with this background might enter the ladder. */
export function usePlacement() {
  return useMutation({
    mutationFn: (background: Background) =>
      answer(api.POST("/api/v1/placement", { body: { background } })),
  });
}
