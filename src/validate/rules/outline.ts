import type { Edition } from "../../model.js";
import { defineRules, type RuleReporter } from "../define-rules.js";

const rules = {
  "outline/lone-section": {
    severity: "warning",
    title: 'If there is an "A." there must be a "B."',
    hint: "Add a second section, or drop the lone one into its chapter.",
  },
} as const;

/** UN editorial rule: if there is an "A." there must be a "B.". */
export const outlineRules = defineRules({
  input: "edition",
  rules,
  check: checkOutline,
});

function checkOutline(
  edition: Edition,
  reporter: RuleReporter<typeof rules>,
): void {
  const parts = [
    ...edition.outline.chapters.map((part) => ({ part, kind: "Chapter" })),
    ...(edition.outline.annexes ?? []).map((part) => ({ part, kind: "Annex" })),
  ];
  for (const { part, kind } of parts) {
    const only = part.sections.length === 1 ? part.sections[0] : undefined;
    if (only === undefined) continue;
    reporter.report(
      "outline/lone-section",
      only.position,
      `${kind} \`${part.title}\` has a lone section "A. ${only.title}" with no "B."`,
    );
  }
}
