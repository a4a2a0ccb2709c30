import { useQuery } from "@tanstack/react-query";
import { api } from "../api/api-client.ts";

/** Whether the server still waits for its first owner. */
export function useSetupStatus() {
  return useQuery({
    queryKey: ["setup"],
    queryFn: () => api<{ open: boolean }>("/api/v1/setup"),
  });
}
