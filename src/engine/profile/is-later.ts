import type { Assessment } from "../types.ts";
import { submittedAfter } from "./latest-submitted.ts";

function isIsoUtc(text: string): boolean {
  return (
    text.length === 24 &&
    text.charCodeAt(23) === 90 &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(10) === 84
  );
}

/**
 * True when `a` was submitted after `b`, as `submittedAfter` decides; canonical UTC timestamps
 * compare as strings, which orders them the same way without parsing dates in a hot loop.
 */
export function isLater(a: Assessment, b: Assessment): boolean {
  const x = a.submittedAt ?? "";
  const y = b.submittedAt ?? "";
  if (isIsoUtc(x) && isIsoUtc(y)) {
    if (x !== y) return x > y;
    return a.id > b.id;
  }
  return submittedAfter(a, b);
}
