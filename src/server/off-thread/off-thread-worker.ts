import { parentPort } from "node:worker_threads";
import { type OffThreadTask, offThreadTasks } from "./off-thread-tasks.ts";

/** A task sent to a worker, and the answer it sends back. */
export interface OffThreadRequest {
  id: number;
  task: OffThreadTask;
  input: unknown;
}

/** What a worker answers: the task's value, or the name and message of what it threw. */
export type OffThreadAnswer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; name: string; message: string };

// The worker thread's entry: runs each task it is sent and answers with its value or its error.
parentPort?.on("message", async (request: OffThreadRequest) => {
  let answer: OffThreadAnswer;
  try {
    const run = offThreadTasks[request.task] as (input: unknown) => unknown;
    answer = { id: request.id, ok: true, value: await run(request.input) };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    answer = { id: request.id, ok: false, name, message };
  }
  parentPort?.postMessage(answer);
});
