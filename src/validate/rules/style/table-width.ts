import { reportBlocks, type Report } from "../../../model.js";
import { CM, layoutFor } from "../../../render/docx/layout.js";
import { planTable } from "../../../render/table-columns.js";
import { typeset } from "../../../render/typography.js";
import { largest } from "../../../shared/append.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";

const RULE = "style/table-width";

const rules = {
  [RULE]: {
    severity: "warning",
    title: "Every word of a table fits the width of the page",
    hint: "Shorten the longest words (abbreviate a column heading and spell it out in a note, move a web address to a footnote), or split the table into two with fewer columns.",
  },
} as const;

/**
 * A table's columns are at least as wide as their longest words (the DOCX
 * renderer sizes them so: src/render/table-columns.ts); when those words
 * are wider than the page, Word and LibreOffice break them mid-word, so
 * say so. Measured as the draft prints them: typeset, at the printed size.
 */
export const tableWidthRule = defineRules({
  input: "report",
  rules,
  check: ({ report }, reporter) => checkTableWidths(report, reporter),
});

function checkTableWidths(
  written: Report,
  reporter: RuleReporter<typeof rules>,
): void {
  const size = layoutFor(false).table;
  const printed = typeset(written);
  // Annexes too: their tables are printed at the same width.
  for (const block of reportBlocks(printed)) {
    if (block.kind !== "table") continue;
    const columns = largest(
      block.rows.map((row) => row.length),
      block.header.length,
    );
    const plan = planTable([block.header, ...block.rows], columns, size);
    if (plan.fits) continue;
    const needed = plan.minimum.reduce((a, b) => a + b, 0);
    const distinct = [...new Set(plan.longest.filter((word) => word !== ""))];
    const words = [
      ...distinct.slice(0, 3).map((word) => `\`${word}\``),
      ...(distinct.length > 3 ? ["…"] : []),
    ].join(", ");
    reporter.report(
      RULE,
      block.source,
      `Unexpected table wider than the page: its longest words (${words}) need ${centimetres(needed)} cm side by side, the page has ${centimetres(plan.width)} cm, so some would be broken mid-word`,
    );
  }
}

function centimetres(twips: number): string {
  return (twips / CM).toFixed(1);
}
