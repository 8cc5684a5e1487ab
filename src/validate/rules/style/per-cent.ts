import type { Contribution } from "../../../model.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import { forEachTextBlock, matchCase } from "./style-text.js";
import { fixHint } from "./fix-hint.js";

const RULE = "style/per-cent";

const rules = {
  [RULE]: {
    severity: "warning",
    title: "`per cent`, not `%` or `percent`",
    hint: "Write `25 per cent`. `wps-report validate --fix` does it where a number comes before the sign.",
  },
} as const;

export const perCentRule = defineRules({
  input: "file",
  rules,
  check: checkPerCent,
});

/** "25%", "25 %", "percent", "per-cent", and a "%" with no number before it. */
const PER_CENT =
  /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)*)[ \u00a0\u202f]?%|\b([Pp]er-?cent)\b|%/gu;

const HINT =
  "United Nations documents write `per cent` in running text, never `%` or `percent`.";

/** "per cent", not "%" or "percent". The fix is certain after a number and for the word itself. */
function checkPerCent(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  forEachTextBlock(contribution, (block, locator) => {
    const text = block.text;
    PER_CENT.lastIndex = 0;
    for (let match = PER_CENT.exec(text); match; match = PER_CENT.exec(text)) {
      const written = match[0];
      const start = match.index;
      const end = start + written.length;
      const number = match[1];
      const word = match[2];
      const expected =
        number !== undefined
          ? `${number} per cent`
          : word !== undefined
            ? matchCase(word, "per cent")
            : undefined;
      const located = locator.fixFor(start, end, expected ?? "");
      if (located === undefined) continue;
      const fix = expected === undefined ? undefined : located.fix;
      reporter.report(
        RULE,
        located.place,
        `Unexpected \`${written}\`, expected \`${expected ?? "per cent"}\``,
        {
          hint:
            expected === undefined
              ? `${HINT} Where no number comes before it, write \`per cent\` or \`percentage\` as the sentence needs.`
              : fix === undefined
                ? HINT
                : `${HINT}${fixHint(written, expected)}`,
          fix,
        },
      );
    }
  });
}
