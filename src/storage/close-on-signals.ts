import type { DatabaseHandle } from "./database.ts";

/** What to do around a graceful shutdown. */
export interface CloseOnSignalsOptions {
  /** Runs first, e.g. stop accepting HTTP requests. */
  beforeClose?: () => Promise<void>;
  /** Ends the process; defaults to process.exit. */
  exit?: (code: number) => void;
  /** Reports a failure while shutting down; defaults to console.error. */
  onError?: (error: unknown) => void;
}

/**
 * Closes the database cleanly on SIGINT or SIGTERM, then exits; returns a function that removes
 * the handlers again.
 *
 * @example
 * const handle = await openDatabase({});
 * closeOnSignals(handle, { beforeClose: () => server.close() });
 */
export function closeOnSignals(
  handle: Pick<DatabaseHandle, "close">,
  options: CloseOnSignalsOptions = {},
): () => void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  let closing = false;
  const onSignal = async () => {
    if (closing) return;
    closing = true;
    let code = 0;
    try {
      await options.beforeClose?.();
    } catch (error) {
      onError(error);
      code = 1;
    }
    try {
      await handle.close();
    } catch (error) {
      onError(error);
      code = 1;
    }
    exit(code);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}
