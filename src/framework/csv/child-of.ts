/** The value under `key`, first storing `initial` there when the key holds nothing yet. */
export function childOf<T>(owner: Record<string, unknown>, key: string, initial: T): T {
  if (owner[key] === undefined) owner[key] = initial;
  return owner[key] as T;
}
