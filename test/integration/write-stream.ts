import type { ApiAnswer, ApiSession } from "./api-session.ts";

/** A write the server answered with 2xx, and how to read it back. */
export interface AcknowledgedWrite {
  readPath: string;
  expected: Record<string, string>;
}

/** A stream of writes that runs until the server stops answering. */
export interface WriteStream {
  /** Every write acknowledged so far, in the order the answers arrived. */
  acknowledged: AcknowledgedWrite[];
  /** Answers that were not 2xx (a healthy server gives none for these valid writes). */
  refused: ApiAnswer[];
  /** Resolves once `count` writes are acknowledged, or after `maxMs` on a slow machine. */
  reached(count: number, maxMs: number): Promise<void>;
  /** Resolves once every writer has met a connection error, i.e. the server is gone. */
  done: Promise<void>;
}

/**
 * Starts `concurrency` writers that alternately create people and log evidence for the signed-in
 * user's person, each write with a unique name, until a request fails at the connection level.
 *
 * @example
 * const stream = startWriteStream({ url: server.url, session, concurrency: 4 });
 * await stream.reached(100, 10_000);
 */
export function startWriteStream(options: {
  url: string;
  session: ApiSession;
  concurrency: number;
}): WriteStream {
  const { url, session } = options;
  const acknowledged: AcknowledgedWrite[] = [];
  const refused: ApiAnswer[] = [];
  const listeners = new Set<() => void>();
  let next = 0;
  let running = options.concurrency;

  async function writeOne(n: number): Promise<void> {
    if (n % 2 === 0) {
      const name = `Stream person ${n}`;
      const answer = await session.send(url, "POST", "/api/v1/people", { name, team: "Crash" });
      record(answer, (id) => ({ readPath: `/api/v1/people/${id}`, expected: { id, name } }));
    } else {
      const title = `Stream evidence ${n}`;
      const path = `/api/v1/people/${session.user.personId}/evidence`;
      const answer = await session.send(url, "POST", path, { date: "2026-03-14", title });
      record(answer, (id) => ({ readPath: `/api/v1/evidence/${id}`, expected: { id, title } }));
    }
  }

  function record(answer: ApiAnswer, toWrite: (id: string) => AcknowledgedWrite): void {
    const id = (answer.body as { id?: unknown } | null)?.id;
    if (answer.status >= 200 && answer.status < 300 && typeof id === "string") {
      acknowledged.push(toWrite(id));
      for (const listener of listeners) listener();
    } else {
      refused.push(answer);
    }
  }

  async function writer(): Promise<void> {
    try {
      for (;;) await writeOne(next++);
    } catch {
      // A connection error: the server is gone, which is how the stream ends.
    } finally {
      running -= 1;
      for (const listener of listeners) listener();
    }
  }

  const done = Promise.all(Array.from({ length: options.concurrency }, writer)).then(() => {});

  function reached(count: number, maxMs: number): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        listeners.delete(check);
        resolve();
      };
      const check = () => {
        if (acknowledged.length >= count || running === 0) finish();
      };
      const timer = setTimeout(finish, maxMs);
      listeners.add(check);
      check();
    });
  }

  return { acknowledged, refused, reached, done };
}
