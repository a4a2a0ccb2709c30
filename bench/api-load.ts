import autocannon from "autocannon";

/** One endpoint to put under load. */
export interface LoadTarget {
  url: string;
  path: string;
  method?: "GET" | "PUT" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

/** What one load run measured. */
export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** Responses outside 2xx plus connection errors and timeouts; a fair run has none. */
  failures: number;
}

/**
 * Runs autocannon in this process against one endpoint for a bounded time.
 *
 * @example
 * const result = await runLoad({ url, path: "/healthz" }, { connections: 10, seconds: 10 });
 */
export async function runLoad(
  target: LoadTarget,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url: `${target.url}${target.path}`,
    method: target.method ?? "GET",
    headers: { ...target.headers, ...(target.body ? { "content-type": "application/json" } : {}) },
    body: target.body,
    connections: options.connections,
    duration: options.seconds,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
