/** Largest framework file accepted, in bytes: real frameworks are a few hundred kilobytes at most. */
export const maxFrameworkBytes = 5 * 1024 * 1024;

/** Deepest nesting of lists and maps accepted: the format itself needs fewer than ten levels. */
export const maxFrameworkDepth = 64;
