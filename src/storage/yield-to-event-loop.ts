/**
 * Lets the event loop run timers and other requests' IO before going on. PGlite answers
 * statements through promise continuations alone, so a long series of statements (one large
 * transaction) would otherwise hold the thread from its first statement to its last.
 *
 * @example for (const batch of batches) { await write(batch); await yieldToEventLoop(); }
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
