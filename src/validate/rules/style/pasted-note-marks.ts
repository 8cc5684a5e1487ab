import type { Fix } from "../../../diagnostics/diagnostic.js";
import type { Contribution } from "../../../model.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import type { Place } from "../../reporter.js";
import { holdsAny, pastedBlocks, sectionName } from "./pasted-blocks.js";

const RULE = "style/pasted-note-mark";

const rules = {
  [RULE]: {
    severity: "warning",
    title:
      "A footnote is written `[^1]` in the text and `[^1]: text` below it, not with a raised number pasted from Word (`¹`)",
    hint: "Write the mark as `[^1]` where the raised number was, and the note on a line of its own below the paragraph: `[^1]: The text of the note.` A raised number is a plain character once pasted: the draft prints it, but as no footnote. `wps-report validate --fix` makes the change when the file has the note (`[^1]: ...`), or a line that starts with the same raised number (the note as Word pasted it, which it turns into `[^1]: `). `m²` and `km³` are units, not notes, and are left alone.",
  },
} as const;

/** What it finds depends on the file alone: it runs where the file is parsed. */
export const pastedNoteMarkRule = defineRules({
  input: "file",
  rules,
  check: checkPastedNoteMarks,
});

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** Runs of SUPERSCRIPT_DIGITS (escaped: the bundle stays ASCII, see scripts/bundle.mjs). */
const RAISED = /[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+/g;
/** A unit before `²` or `³` makes it an exponent: 10 km², 5 m³. */
const UNIT_BEFORE = /(?<!\p{L})(?:km|dm|cm|mm|m|ft|yd|mi|in)$/u;
const PUNCTUATION_AFTER = /^[.,;:]/;

interface Found {
  label: string;
  written: string;
  place: Place;
  span?: Omit<Fix, "text">;
  /** The note itself as pasted: a raised number opening a line of a paragraph. */
  note: boolean;
  /** Punctuation right after the mark, which the mark moves behind. */
  after: string;
  /** The space after a raised number that opens a line, which the span takes in. */
  space: string;
  /** In a footnote's text, where a mark cannot stand. */
  inNote: boolean;
}

function checkPastedNoteMarks(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  if (
    contribution.text === undefined ||
    !holdsAny(contribution.text, SUPERSCRIPT_DIGITS)
  )
    return;
  const found: Found[] = [];
  for (const { block, locator, lineStart, inNote } of pastedBlocks(
    contribution,
  )) {
    for (const match of block.text.matchAll(RAISED)) {
      const start = match.index;
      const written = match[0];
      if (
        /^[\u00B2\u00B3]$/.test(written) &&
        UNIT_BEFORE.test(block.text.slice(0, start))
      )
        continue;
      const lineOpening = start === 0 || block.text[start - 1] === "\n";
      const space =
        /^[ \t\u00a0]*/.exec(block.text.slice(start + written.length))?.[0] ??
        "";
      const after = lineOpening
        ? ""
        : (PUNCTUATION_AFTER.exec(
            block.text.slice(start + written.length),
          )?.[0] ?? "");
      const end =
        start + written.length + (lineOpening ? space.length : after.length);
      const located = locator.locate(start, end);
      if (located === undefined) continue;
      const note =
        lineOpening &&
        lineStart !== undefined &&
        located.place.column === lineStart;
      const label = [...written]
        .map((digit) => SUPERSCRIPT_DIGITS.indexOf(digit))
        .join("");
      found.push({
        label,
        written,
        place: located.place,
        ...(located.span === undefined ? {} : { span: located.span }),
        note,
        after,
        space: lineOpening ? space : "",
        inNote: inNote === true,
      });
    }
  }
  // A note pasted as "¹ text" becomes `[^1]: text` only where the file has no note 1 and pasted only one.
  const pastedNotes = new Map<string, number>();
  for (const f of found)
    if (f.note) pastedNotes.set(f.label, (pastedNotes.get(f.label) ?? 0) + 1);
  const madeNote = (label: string) =>
    !contribution.footnotes.has(label) && pastedNotes.get(label) === 1;
  for (const f of found) {
    const mark = `[^${f.label}]`;
    if (f.note) {
      const certain = f.span !== undefined && madeNote(f.label);
      reporter.report(
        RULE,
        f.place,
        `Unexpected \`${f.written}\` at the start of a line: this reads as a note pasted from Word, which the draft would print as an ordinary paragraph; expected \`${mark}: \``,
        certain && f.span !== undefined
          ? {
              hint: `Replace \`${f.written}\` with \`${mark}: \` so the line becomes note ${f.label} (by hand on the website; on your computer \`wps-report validate --fix\` makes this change).`,
              fix: { ...f.span, text: `${mark}: ` },
            }
          : { hint: noteAdvice(contribution, f) },
      );
      continue;
    }
    const certain =
      f.span !== undefined &&
      !f.inNote &&
      (contribution.footnotes.has(f.label) || madeNote(f.label));
    // A raised number opening a line inside a list or quotation is a mark there: keep the space after it.
    const replacement = `${f.after}${mark}${f.space}`;
    reporter.report(
      RULE,
      f.place,
      `Unexpected raised number \`${f.written}\`: a note mark pasted from Word is a plain character here, so the draft would print no footnote; expected \`${mark}\``,
      certain && f.span !== undefined
        ? {
            hint: `Replace \`${f.written}${f.after}\` with \`${replacement}\` (by hand on the website; on your computer \`wps-report validate --fix\` makes this change).`,
            fix: { ...f.span, text: replacement },
          }
        : { hint: noteAdvice(contribution, f) },
    );
  }
}

/** How to write the note by hand, in the file's own terms. */
function noteAdvice(contribution: Contribution, f: Found): string {
  const mark = `[^${f.label}]`;
  const where =
    contribution.format === "yaml"
      ? `in the text under ${sectionName(contribution, f.place.line)}`
      : "below the paragraph";
  return f.note
    ? `Write the note on a line of its own ${where}, starting with \`${mark}: \` instead of \`${f.written}\`, and put \`${mark}\` in the text where the note's number stands.`
    : `Write \`${mark}\` instead of \`${f.written}\`, and the note on a line of its own ${where}: \`${mark}: The text of the note.\``;
}
