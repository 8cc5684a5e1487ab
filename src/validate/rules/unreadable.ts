import type { Edition, UnreadableReason } from "../../model.js";
import { defineRules, type RuleReporter } from "../define-rules.js";

const rules = {
  "file/encoding": {
    severity: "error",
    unreadable: true,
    title: "Files are UTF-8 text",
  },
  "file/empty": {
    severity: "error",
    unreadable: true,
    title: "A contribution is not empty",
  },
  "file/too-large": {
    severity: "error",
    unreadable: true,
    title: "A contribution is at most 2 MiB",
  },
  "front-matter/missing": {
    severity: "error",
    unreadable: true,
    title: "A contribution starts with front matter",
  },
  "front-matter/syntax": {
    severity: "error",
    unreadable: true,
    title: "Front matter is valid YAML",
  },
  "markdown/nesting-too-deep": {
    severity: "error",
    unreadable: true,
    title:
      "Block quotes and lists nest at most 32 levels (the file is not read past that)",
    hint: "Lists in the report go two levels deep, (a) then (i); remove the extra `>`, `-` or indentation.",
  },
  "markdown/too-complex": {
    severity: "error",
    unreadable: true,
    title:
      "A paragraph has at most 1,000 emphasis and bracket marks, a table 1,000 rows, a contribution 5,000 list items",
    hint: "Split the paragraph, or remove the stray marks; keep a summary table here and the full data in an annex.",
  },
} as const;

/** The rule that reports each reason the loader gives for not reading a file. */
const ruleFor: Record<UnreadableReason, keyof typeof rules> = {
  encoding: "file/encoding",
  empty: "file/empty",
  "too-large": "file/too-large",
  "no-front-matter": "front-matter/missing",
  "front-matter-syntax": "front-matter/syntax",
  "nesting-too-deep": "markdown/nesting-too-deep",
  "too-complex": "markdown/too-complex",
};

/** Files the loader could not read at all: nothing of them reaches the draft, so these are always errors. */
export const unreadableRules = defineRules({
  input: "edition",
  rules,
  check: reportUnreadable,
});

function reportUnreadable(
  edition: Edition,
  reporter: RuleReporter<typeof rules>,
): void {
  for (const { reason, message, hint, ...place } of edition.unreadable)
    reporter.report(ruleFor[reason], place, message, { hint });
}
