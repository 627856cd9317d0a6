/**
 * Returns `target` with the given optional fields added only where they have a value, so that a unit read from a
 * file never carries keys set to undefined (deep comparisons and JSON then agree). Object in, same object out.
 */
export function withOptional<T extends object>(target: T, fields: Readonly<Record<string, unknown>>): T {
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}
