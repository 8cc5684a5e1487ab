import type { Edition } from "../../../model.js";
import { normalizeLabel } from "../../../load/markdown.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import type { Place } from "../../reporter.js";
import { BlockLocator } from "./locate.js";
import { readingOrder } from "./reading-order.js";
import { collectTextBlocks, type TextBlock } from "./text-blocks.js";

const RULE = "style/acronyms";

const rules = {
  [RULE]: {
    severity: "warning",
    title: "Acronyms are spelled out at their first use in the report",
    hint: "Write the full name followed by the acronym in parentheses, e.g. `United Nations Children's Fund (UNICEF)`, where the merged report first uses it; the outline's order of sections and entities decides where that is.",
  },
} as const;

export const acronymRule = defineRules({
  input: "report",
  rules,
  check: ({ edition }, reporter) => checkAcronyms(edition, reporter),
});

/**
 * A word in capitals with at least two letters, hyphenated parts allowed
 * (UN-HABITAT, OSRSG-CAAC), with an optional plural "s" (NGOs). Not part of
 * a document symbol or "HIV/AIDS" (a slash on either side), nor "US$".
 */
const ACRONYM =
  /(?<![\p{L}\p{N}\-/&$])([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)(s?)(?![\p{L}\p{N}/$]|-[\p{L}\p{N}])/gu;
const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Never spelled out in United Nations reports, or checked by another rule (UNSCR: style/resolution-citation). */
const EXEMPT = new Set(["HIV", "AIDS", "UNSCR", "SCR"]);
const SPELLED_OUT_AFTER = /^[ \u00a0]?\(\p{Lu}/u;

interface Use {
  place: Place;
  defined: boolean;
}

/**
 * Acronyms spelled out at their first use in the merged report: "United
 * Nations Children's Fund (UNICEF)", then "UNICEF". Runs on the reading
 * order of the draft, so an acronym UNICEF's text uses before DPKO's text
 * spells it out is flagged at UNICEF's line. Footnotes are read right
 * after the paragraph that first refers to them.
 */
function checkAcronyms(
  edition: Edition,
  reporter: RuleReporter<typeof rules>,
): void {
  const first = new Map<string, Use>();
  const laterDefinition = new Map<string, Place>();
  const names = new Map(edition.config.entities.map((e) => [e.code, e.name]));
  const readNotes = new Set<string>();
  for (const piece of readingOrder(edition)) {
    const read = (block: TextBlock) => {
      const locator = new BlockLocator(block, piece.file, piece.lines);
      const text = block.text;
      ACRONYM.lastIndex = 0;
      for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
        const acronym = m[1];
        if (!isAcronym(acronym)) continue;
        const end = m.index + m[0].length;
        const defined =
          (text[m.index - 1] === "(" && text[end] === ")") ||
          SPELLED_OUT_AFTER.test(text.slice(end, end + 3));
        const seen = first.get(acronym);
        if (
          seen !== undefined &&
          (seen.defined || !defined || laterDefinition.has(acronym))
        )
          continue;
        const located = locator.locate(m.index, end);
        if (located === undefined) continue;
        if (seen === undefined)
          first.set(acronym, { place: located.place, defined });
        else laterDefinition.set(acronym, located.place);
      }
    };
    for (const block of collectTextBlocks(piece.blocks)) {
      read(block);
      for (const label of block.footnoteReferences) {
        const key = `${piece.file}\u0000${normalizeLabel(label)}`;
        const definition = piece.footnotes.get(normalizeLabel(label));
        if (definition === undefined || readNotes.has(key)) continue;
        readNotes.add(key);
        collectTextBlocks([definition]).forEach(read);
      }
    }
  }
  for (const [acronym, use] of first) {
    if (use.defined) continue;
    const name = names.get(acronym);
    const later = laterDefinition.get(acronym);
    reporter.report(
      RULE,
      use.place,
      `Unexpected \`${acronym}\` before it is spelled out, expected ${name === undefined ? `the full name followed by \`(${acronym})\`` : `\`${name} (${acronym})\``} at its first use in the report`,
      {
        // Spelled out in another entity's text, read later: the order of the report is the task manager's to settle.
        ...(later !== undefined && later.file !== use.place.file
          ? { scope: "report" as const }
          : {}),
        hint: `An acronym is spelled out where the merged report first uses it, and the order of sections and entities decides where that is${later === undefined ? "" : ` (it is spelled out later, at ${later.file}:${later.line})`}. Spell it out here, or write the full name instead.`,
      },
    );
  }
}

function isAcronym(word: string): boolean {
  if (EXEMPT.has(word) || ROMAN.test(word)) return false;
  let letters = 0;
  for (const char of word)
    if (char >= "A" && char <= "Z" && ++letters >= 2) return true;
  return false;
}
