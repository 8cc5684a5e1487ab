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
  for (const chapter of edition.outline.chapters) {
    const only =
      chapter.sections.length === 1 ? chapter.sections[0] : undefined;
    if (only === undefined) continue;
    reporter.report(
      "outline/lone-section",
      only.position,
      `Chapter \`${chapter.title}\` has a lone section "A. ${only.title}" with no "B."`,
    );
  }
}
