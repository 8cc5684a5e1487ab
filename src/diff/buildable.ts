import type { BuildResult } from "../build-report.js";
import { mergeContributions } from "../merge/index.js";
import type { Report } from "../model.js";

/** A contribution left out of a draft because it has errors. */
export interface LeftOut {
  file: string;
  entity?: string;
  errors: number;
}

/**
 * The draft a revision can give even when some contributions have errors:
 * those contributions are left out (and named) and the rest merged, so a
 * broken revision can still be compared. Errors outside contributions
 * (a stray file in the edition) change nothing in the draft and leave it
 * whole.
 */
export function buildableReport(result: BuildResult): {
  report: Report;
  leftOut: LeftOut[];
} {
  const errors = new Map<string, number>();
  for (const d of result.diagnostics)
    if (d.severity === "error")
      errors.set(d.file, (errors.get(d.file) ?? 0) + 1);
  if (errors.size === 0) return { report: result.report, leftOut: [] };
  const { edition } = result;
  const broken = edition.contributions.filter((c) => errors.has(c.file));
  if (broken.length === 0) return { report: result.report, leftOut: [] };
  const kept = edition.contributions.filter((c) => !errors.has(c.file));
  const { report } = mergeContributions({ ...edition, contributions: kept });
  return {
    report,
    leftOut: broken.map((c) => ({
      file: c.file,
      ...(c.entity === undefined ? {} : { entity: c.entity }),
      errors: errors.get(c.file) ?? 0,
    })),
  };
}
