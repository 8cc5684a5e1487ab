import type { Diagnostic } from "./diagnostic.js";

/** 0 when nothing blocks, 1 when there are errors (or, with strict, warnings). */
export function exitCodeFor(
  diagnostics: readonly Diagnostic[],
  options: { strict?: boolean } = {},
): 0 | 1 {
  const blocking = diagnostics.some(
    (d) =>
      d.severity === "error" ||
      (options.strict === true && d.severity === "warning"),
  );
  return blocking ? 1 : 0;
}
