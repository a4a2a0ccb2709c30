/**
 * Grow-only typed arrays reused across calls, one per purpose. Allocating tens of megabytes of
 * fresh typed arrays on every call makes V8 run full garbage collections over the caller's whole
 * heap; reusing them keeps large org analytics fast. Calls are synchronous, so a purpose's array
 * is never used by two callers at once; callers must initialise the part they use.
 */
type Purpose =
  | "head"
  | "next"
  | "source"
  | "cells"
  | "backed"
  | "kind"
  | "rater"
  | "levels"
  | "role-of";

const float64 = new Map<Purpose, Float64Array>();
const int32 = new Map<Purpose, Int32Array>();
const uint8 = new Map<Purpose, Uint8Array>();

function take<T extends Float64Array | Int32Array | Uint8Array>(
  pool: Map<Purpose, T>,
  purpose: Purpose,
  length: number,
  create: (length: number) => T,
): T {
  let array = pool.get(purpose);
  if (array === undefined || array.length < length) {
    array = create(Math.max(length, Math.ceil((array?.length ?? 0) * 1.5)));
    pool.set(purpose, array);
  }
  return array.subarray(0, length) as T;
}

/** A reused Float64Array of `length` for `purpose` (contents left from earlier calls). */
export function scratchFloat64(purpose: Purpose, length: number): Float64Array {
  return take(float64, purpose, length, (n) => new Float64Array(n));
}

/** A reused Int32Array of `length` for `purpose` (contents left from earlier calls). */
export function scratchInt32(purpose: Purpose, length: number): Int32Array {
  return take(int32, purpose, length, (n) => new Int32Array(n));
}

/** A reused Uint8Array of `length` for `purpose` (contents left from earlier calls). */
export function scratchUint8(purpose: Purpose, length: number): Uint8Array {
  return take(uint8, purpose, length, (n) => new Uint8Array(n));
}
