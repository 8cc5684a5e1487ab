/**
 * `target.push(...items)` and `Math.max(...values)` pass every item as a
 * function argument, and V8 runs out of stack at about 120,000 of them: a
 * 150,000-row table or as many warnings ended in "Maximum call stack size
 * exceeded". These take any number. (eslint's no-restricted-syntax refuses
 * the spread forms in src/.)
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `floor` when there is none larger. */
export function largest(values: Iterable<number>, floor: number): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}
