import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { OffThreadTask, OffThreadTasks } from "./off-thread-tasks.ts";
import type { OffThreadAnswer, OffThreadRequest } from "./off-thread-worker.ts";

/** Runs pure tasks on worker threads. */
export interface OffThread {
  /** Runs `task` on a worker with `input` (structured-cloned) and resolves with its value. */
  run<K extends OffThreadTask>(
    task: K,
    input: Parameters<OffThreadTasks[K]>[0],
  ): Promise<Awaited<ReturnType<OffThreadTasks[K]>>>;
  /** Starts every worker now, so the first heavy request does not wait for one to load. */
  warm(): void;
  /** Stops the workers; tasks still running are rejected. */
  close(): Promise<void>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  busy: number;
}

// Compiled, this file is off-thread.js beside off-thread-worker.js; from source both are .ts,
// and a plain worker thread cannot load TypeScript until tsx's loader is registered in it.
const fromSource = import.meta.url.endsWith(".ts");
const entry = new URL(`./off-thread-worker.${fromSource ? "ts" : "js"}`, import.meta.url);

function spawn(): Worker {
  const worker = fromSource
    ? new Worker(new URL("./tsx-worker-boot.mjs", import.meta.url), {
        workerData: { entry: entry.href },
      })
    : new Worker(entry);
  // Idle workers never keep the process alive.
  worker.unref();
  return worker;
}

/**
 * A small pool of worker threads, started on first use: one per spare core, at least one.
 * A worker that dies rejects what it was running and is replaced on the next task.
 *
 * @example
 * const offThread = createOffThread();
 * const result = await offThread.run("parseFramework", { source, fileName: "acme.yaml" });
 */
export function createOffThread(options: { workers?: number } = {}): OffThread {
  const size = options.workers ?? Math.max(1, availableParallelism() - 1);
  const slots: Slot[] = [];
  const pending = new Map<number, Pending & { slot: Slot }>();
  let nextId = 1;

  function failAll(slot: Slot, error: Error): void {
    for (const [id, task] of pending) {
      if (task.slot !== slot) continue;
      pending.delete(id);
      task.reject(error);
    }
  }

  function start(): Slot {
    const slot: Slot = { worker: spawn(), busy: 0 };
    slot.worker.on("message", (answer: OffThreadAnswer) => {
      const task = pending.get(answer.id);
      if (!task) return;
      pending.delete(answer.id);
      slot.busy -= 1;
      if (slot.busy === 0) slot.worker.unref();
      if (answer.ok) task.resolve(answer.value);
      else task.reject(Object.assign(new Error(answer.message), { name: answer.name }));
    });
    const retire = (error: Error) => {
      const at = slots.indexOf(slot);
      if (at >= 0) slots.splice(at, 1);
      failAll(slot, error);
    };
    slot.worker.on("error", retire);
    slot.worker.on("exit", (code) => retire(new Error(`A worker thread stopped (exit ${code}).`)));
    slots.push(slot);
    return slot;
  }

  function pick(): Slot {
    const idle = slots.find((slot) => slot.busy === 0);
    if (idle) return idle;
    if (slots.length < size) return start();
    return slots.reduce((least, slot) => (slot.busy < least.busy ? slot : least));
  }

  return {
    run(task, input) {
      const slot = pick();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject, slot });
        slot.busy += 1;
        // A busy worker keeps the process alive until it answers.
        slot.worker.ref();
        slot.worker.postMessage({ id, task, input } satisfies OffThreadRequest);
      });
    },
    warm() {
      while (slots.length < size) start();
    },
    async close() {
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}

let shared: OffThread | undefined;

/** The process's one pool, created on first use (its workers start on first task). */
export function sharedOffThread(): OffThread {
  shared ??= createOffThread();
  return shared;
}
