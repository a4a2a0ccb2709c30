import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Rating } from "../../engine/types.ts";
import { api } from "../api/api-client.ts";

/** A feedback request as `GET /api/v1/feedback-requests` lists it. */
export interface FeedbackRequestRecord {
  id: string;
  personId: string;
  addresseePersonId: string;
  competencies: string[];
  message: string | null;
  status: "open" | "answered" | "declined";
  assessmentId: string | null;
  /** Who asked; null when their account is gone. */
  requesterName: string | null;
  createdAt: string;
}

const inboxKey = ["feedback-requests", "inbox"] as const;

/**
 * The open feedback requests addressed to the signed-in person, idle until their person id is
 * known; keyed by it so a different sign-in never sees another person's requests.
 *
 * @example
 * const { data } = useFeedbackInbox(me?.user.personId ?? null);
 * data?.items.length;
 */
export function useFeedbackInbox(personId: string | null) {
  return useQuery({
    queryKey: [...inboxKey, personId ?? ""],
    queryFn: () =>
      api<{ items: FeedbackRequestRecord[]; nextCursor: string | null }>(
        "/api/v1/feedback-requests?limit=100",
      ),
    enabled: personId !== null,
  });
}

/**
 * Answers or declines one request addressed to the signed-in person; refreshes the inbox and
 * the insights of the person the feedback is about.
 *
 * @example
 * const { answer } = useFeedbackReply(request);
 * answer.mutate([{ competency: "discovery", level: 3 }]);
 */
export function useFeedbackReply(request: FeedbackRequestRecord) {
  const client = useQueryClient();
  const refresh = () => {
    void client.invalidateQueries({ queryKey: inboxKey });
    void client.invalidateQueries({ queryKey: ["insights", request.personId] });
  };
  const path = `/api/v1/feedback-requests/${request.id}`;
  return {
    answer: useMutation({
      mutationFn: (ratings: Rating[]) =>
        api<FeedbackRequestRecord>(`${path}/answer`, { method: "POST", body: { ratings } }),
      onSuccess: refresh,
    }),
    decline: useMutation({
      mutationFn: () => api<FeedbackRequestRecord>(`${path}/decline`, { method: "POST" }),
      onSuccess: refresh,
    }),
  };
}
