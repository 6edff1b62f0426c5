/**
 * Freezes a plain data tree in place and returns it. The built-in instruments are shared by
 * every caller in a page or process; freezing them turns an accidental edit by one caller into
 * an error instead of a silent change to everyone else's instrument.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
