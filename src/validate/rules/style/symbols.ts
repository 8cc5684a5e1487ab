import type { Contribution } from "../../../model.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import { forEachTextBlock } from "./style-text.js";

const RULE = "style/document-symbol";

const rules = {
  [RULE]: {
    severity: "warning",
    title:
      "Document symbols are well formed: S/2004/814, S/PRST/2004/40, A/RES/52/214",
    hint: "Write symbols as the Official Document System does: capital letters, slashes, no spaces, four-digit years, no leading zeros (S/2004/814, S/PRST/2004/40, A/RES/52/214, E/2004/CRP.3).",
  },
} as const;

export const documentSymbolRule = defineRules({
  input: "file",
  rules,
  check: checkDocumentSymbols,
});

/**
 * Something shaped like a document symbol: a series letter (A, S, E, ST),
 * then parts joined by slashes (or backslashes, with stray spaces), or the
 * dashed "S-2004-814". Which of them are wrong is decided in code.
 */
const CANDIDATE =
  /(?<![\p{L}\p{N}/\\.-])(?:(ST|[ASEase])((?:[ \u00a0]?[/\\][ \u00a0]?[\p{L}\p{N}.\-*]+)+)|(S)-(\d{4})-(\d+)(?![\p{L}\p{N}-]))/gu;
/** Parts of a symbol written in capitals and small letters: "Rev.1", "Add.2", "Corr.1". */
const MIXED_CASE_PART = /^(rev|add|corr|amend|sub|summary)(\.\d+)?$/i;

const HINT =
  "Write document symbols as the Official Document System does: capital letters, slashes and no spaces, four-digit years, no leading zeros (S/2004/814, S/PRST/2004/40, A/RES/52/214, E/2004/CRP.3).";

/** Document symbols well formed. No fix: a malformed symbol may also be a wrong one, so a person should look. */
function checkDocumentSymbols(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  forEachTextBlock(contribution, (block, locator) => {
    const text = block.text;
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      // "S/2004/..." is a placeholder; a full stop after a symbol ends the sentence.
      if (m[0].endsWith("..")) continue;
      const written = m[0].replace(/\.$/, "");
      const expected =
        m[3] === undefined
          ? wellFormed(m[1], written.slice(m[1].length))
          : `S/${m[4]}/${Number(m[5])}`;
      if (expected === undefined || expected === written) continue;
      const located = locator.locate(m.index, m.index + written.length);
      if (located === undefined) continue;
      reporter.report(
        RULE,
        located.place,
        `Unexpected \`${written}\`, expected \`${expected}\``,
        { hint: HINT },
      );
    }
  });
}

/** The symbol as it should be written, or undefined when `written` does not look like a symbol at all. */
function wellFormed(series: string, rest: string): string | undefined {
  const parts = rest
    .split(/[ \u00a0]?[/\\][ \u00a0]?/)
    .slice(1)
    .filter((part, index, all) => part !== "" || index < all.length - 1);
  if (!parts.some((part) => /\d/.test(part))) return undefined; // "s/he", "A/B"
  // "s/he said" style accidents: a lower-case series needs a year or number right after it.
  if (series !== series.toUpperCase() && !/^\d/.test(parts[0] ?? ""))
    return undefined;
  const upper = series.toUpperCase();
  const out = parts.map((part, index) => {
    if (/^x+$/i.test(part)) return part; // "A/59/xxx": number not yet known
    if (MIXED_CASE_PART.test(part))
      return part[0]?.toUpperCase() + part.slice(1).toLowerCase();
    if (/^\d+$/.test(part)) {
      const yearSlot =
        upper === "S" &&
        (index === 0 || (index === 1 && parts[0]?.toUpperCase() === "PRST"));
      if (yearSlot) return fullYear(part);
      return part.length > 1 ? String(Number(part)) : part;
    }
    return part.toUpperCase();
  });
  return [upper, ...out].join("/");
}

/** Security Council symbols carry four-digit years since 1994. */
function fullYear(year: string): string {
  if (year.length !== 2) return year;
  return `${Number(year) >= 46 ? "19" : "20"}${year}`;
}
