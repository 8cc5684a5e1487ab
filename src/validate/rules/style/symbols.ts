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
      let written = m[0].replace(/\.$/, "");
      if (m[3] === undefined) {
        // "A/59/ for": the symbol ends where an English word begins.
        written = written.slice(
          0,
          m[1].length + symbolLength(written.slice(m[1].length)),
        );
      }
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
        expected === INCOMPLETE
          ? `Unexpected \`${written}\`, expected a complete document symbol (it ends with a slash)`
          : `Unexpected \`${written}\`, expected \`${expected}\``,
        { hint: HINT },
      );
    }
  });
}

/** What `wellFormed` says of a symbol cut short by a slash ("A/59/"): no replacement is offered, since any would be a guess. */
const INCOMPLETE = "";

/**
 * Parts of symbols that may be written in small letters by mistake
 * ("A/res/52/214"), and "xxx" for a number not yet known; any other word in small letters is English ("for",
 * "and"), where the symbol has ended.
 */
const LOWER_CASE_PARTS =
  /^(res|prst|crp|inf|sr|pv|wp|ac|ga|sc|dec|conf|add|rev|corr|amend|sub|summary|l|c|x+)(\.\d+)?$/;

/** How much of `rest` (after the series letter) is the symbol: up to a part that is an English word. */
function symbolLength(rest: string): number {
  const separator = /[ \u00a0]?[/\\][ \u00a0]?/gu;
  let end = 0;
  for (let m = separator.exec(rest); m; m = separator.exec(rest)) {
    const partStart = m.index + m[0].length;
    const next = /[^ \u00a0/\\]*/u.exec(rest.slice(partStart))?.[0] ?? "";
    if (/^\p{Ll}+$/u.test(next) && !LOWER_CASE_PARTS.test(next))
      return m.index + m[0].trimEnd().length;
    end = partStart + next.length;
  }
  return end;
}

/** The symbol as it should be written, undefined when `written` does not look like a symbol at all, INCOMPLETE when it ends with a slash. */
function wellFormed(series: string, rest: string): string | undefined {
  const all = rest.split(/[ \u00a0]?[/\\][ \u00a0]?/).slice(1);
  if (all.length > 1 && all.at(-1) === "")
    return all.some((part) => /\d/.test(part)) ? INCOMPLETE : undefined;
  const parts = splitRunTogether(series.toUpperCase(), all);
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

/**
 * A Security Council year and number written with a dash or run together,
 * "S/2004-814" or "S/2004814", as the two parts they are.
 */
function splitRunTogether(series: string, parts: string[]): string[] {
  if (series !== "S") return parts;
  const yearAt = parts[0]?.toUpperCase() === "PRST" ? 1 : 0;
  const part = parts[yearAt];
  if (part === undefined) return parts;
  const dashed = /^((?:19|20)\d{2})-(\d+)$/.exec(part);
  const runTogether =
    parts.length === yearAt + 1 ? /^((?:19|20)\d{2})(\d+)$/.exec(part) : null;
  const split = dashed ?? runTogether;
  if (split === null) return parts;
  return [
    ...parts.slice(0, yearAt),
    split[1] ?? "",
    split[2] ?? "",
    ...parts.slice(yearAt + 1),
  ];
}

/** Security Council symbols carry four-digit years since 1994. */
function fullYear(year: string): string {
  if (year.length !== 2) return year;
  return `${Number(year) >= 46 ? "19" : "20"}${year}`;
}
