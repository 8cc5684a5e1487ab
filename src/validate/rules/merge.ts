import type { LeftOut } from "../../merge/index.js";
import { defineRules, type RuleReporter } from "../define-rules.js";

const rules = {
  "merge/empty-section": {
    severity: "warning",
    title: "Every outline section has text",
    hint: "If an entity should cover it, remind its focal point (`wps-report status --matrix` shows who wrote what).",
  },
  "merge/empty-annex": {
    severity: "warning",
    title: "Every outline annex has text",
    hint: "If an entity should write it, remind its focal point; otherwise remove the annex from the outline. The other annexes are renumbered without it.",
  },
  "merge/empty-generated-footnote": {
    severity: "warning",
    title: "A generated footnote has something to list",
  },
} as const;

/** What the merge left out of the draft: sections and annexes no one wrote, generated footnotes with no one to list. */
export const mergeRules = defineRules({
  input: "report",
  rules,
  check: ({ leftOut }, reporter) => reportLeftOut(leftOut, reporter),
});

function reportLeftOut(
  leftOut: readonly LeftOut[],
  reporter: RuleReporter<typeof rules>,
): void {
  for (const omission of leftOut) {
    if (omission.kind === "generated-footnote")
      reporter.report(
        "merge/empty-generated-footnote",
        omission.position,
        `No contribution in the draft comes from an entity to list in [^${omission.label}]; the footnote is left out`,
      );
    else if (omission.kind === "annex")
      reporter.report(
        "merge/empty-annex",
        omission.position,
        `No contribution has text for annex "${omission.title}"; it is left out of the draft`,
      );
    else
      reporter.report(
        "merge/empty-section",
        omission.position,
        `No contribution has text for ${omission.kind} "${omission.title}"; it is left out of the draft`,
      );
  }
}
