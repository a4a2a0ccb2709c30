import { type BenchSession, callJson } from "../api-client.ts";

/** One timed read: milliseconds, or why it failed. */
export interface Timing {
  ms: number;
  /** The status or error when the read did not answer 200. */
  failure?: string;
  bytes: number;
}

const requestTimeoutMs = 180_000;

/**
 * Times one GET end to end (until the whole body has arrived).
 *
 * @example const { ms } = await timeGet(url, admin, "/api/v1/analytics/org");
 */
export async function timeGet(url: string, session: BenchSession, path: string): Promise<Timing> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}${path}`, {
      headers: session.headers,
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    const body = await res.arrayBuffer();
    const ms = performance.now() - started;
    return res.ok
      ? { ms, bytes: body.byteLength }
      : { ms, bytes: body.byteLength, failure: `HTTP ${res.status}` };
  } catch (error) {
    const reason = error instanceof Error ? error.name : String(error);
    return { ms: performance.now() - started, bytes: 0, failure: reason };
  }
}

/**
 * A change analytics must see: the admin (head of the organisation) submits a manager
 * assessment of one of their direct reports.
 */
export async function submitOneAssessment(
  url: string,
  admin: BenchSession,
  personId: string,
  competencies: string[],
  level: number,
): Promise<void> {
  const draft = await callJson<{ id: string }>(url, admin, "POST", "/api/v1/assessments", {
    personId,
    raterKind: "manager",
  });
  await callJson(url, admin, "PUT", `/api/v1/assessments/${draft.id}/ratings`, {
    ratings: competencies.map((competency) => ({ competency, level })),
  });
  await callJson(url, admin, "POST", `/api/v1/assessments/${draft.id}/submit`, {});
}

/** `/healthz` polled every 100 ms until stopped: what other users would wait meanwhile. */
export function pollHealth(url: string): { stop(): Promise<number[]> } {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(60_000) });
        await res.arrayBuffer();
      } catch {
        // A timeout still counts, at the time it took.
      }
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return latencies;
    },
  };
}

/**
 * The value at a quantile of a list of numbers (nearest rank).
 *
 * @example quantile([1, 2, 3], 0.5) // 2
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}
