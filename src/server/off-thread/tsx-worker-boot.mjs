// Starts a worker thread whose entry is TypeScript (tests and `tsx` runs): registers tsx's
// loader in this thread, then imports the entry. The compiled build starts its .js entry directly.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
