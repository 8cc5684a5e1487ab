// Asterisk notes on the title or symbol, which the docx package (9.15) cannot
// write: it has no custom footnote marks (w:customMarkFollows). The masthead
// refers to each note by a placeholder id and packDocx passes the notes under
// those ids; conformAsteriskNotes then gives them the next free ids, marks
// their references and the notes themselves with their asterisks, and moves
// them to the front of footnotes.xml, because LibreOffice pairs notes with
// references by file order and these come first on the page.
// test/render/docx/asterisk-notes.test.ts fails when docx's markup changes.
import { Paragraph, TextRun } from "docx";
import type { ReportMeta } from "../../model.js";
import { asteriskNotes } from "../asterisk-notes.js";
import type { PackageParts } from "./ooxml-conformance.js";
import { STYLE } from "./styles.js";

/** Far above any numbered note, so a placeholder never meets a real id. */
const PLACEHOLDER_BASE = 2_000_000_000;

/** The placeholder id of the note on the symbol or title. */
export function asteriskNoteId(
  meta: ReportMeta,
  on: "symbol" | "title",
): number {
  return PLACEHOLDER_BASE + asteriskNotes(meta).findIndex((n) => n.on === on);
}

/** The asterisk notes as DOCX footnotes under their placeholder ids, text after a tab as numbered notes have it. */
export function asteriskFootnotes(
  meta: ReportMeta,
): Record<string, { children: Paragraph[] }> {
  const notes: Record<string, { children: Paragraph[] }> = {};
  asteriskNotes(meta).forEach((note, index) => {
    notes[String(PLACEHOLDER_BASE + index)] = {
      children: [
        new Paragraph({
          style: STYLE.footnoteText,
          children: [new TextRun({ text: `\t${note.text}` })],
        }),
      ],
    };
  });
  return notes;
}

const FOOTNOTE =
  /<w:footnote\b[^>]*\bw:id="(-?\d+)"[^>]*>[\s\S]*?<\/w:footnote>/g;
const REFERENCE = /<w:footnoteReference w:id="(\d+)"\/>/g;

/**
 * Write the asterisk notes as Word writes a custom mark: the reference
 * `<w:footnoteReference w:customMarkFollows="1" w:id="n"/>` followed by the
 * mark as text in the same run, and the mark as text where the note would
 * have its number (w:footnoteRef). They take ids 1, 2 and the numbered
 * notes move up after them, so reading order, id order and file order
 * agree: LibreOffice 7.4 was seen giving the n-th reference the n-th note
 * in id order, whatever the ids. Word and LibreOffice print `*` and keep
 * the numbered notes at 1, 2, 3 ...
 */
export function conformAsteriskNotes(
  parts: PackageParts,
  meta: ReportMeta,
): void {
  const notes = asteriskNotes(meta);
  if (notes.length === 0) return;
  const footnotesXml = parts.get("word/footnotes.xml");
  const documentXml = parts.get("word/document.xml");
  if (typeof footnotesXml !== "string" || typeof documentXml !== "string")
    throw new Error("docx wrote no footnotes.xml or document.xml as text");
  const shift = notes.length;
  const markText = (index: number) =>
    `<w:t xml:space="preserve">${notes[index]?.mark ?? "*"}</w:t>`;
  let referenced = 0;
  const document = documentXml.replace(REFERENCE, (_all, id: string) => {
    const n = Number(id);
    if (n < PLACEHOLDER_BASE)
      return `<w:footnoteReference w:id="${n + shift}"/>`;
    referenced++;
    const index = n - PLACEHOLDER_BASE;
    return `<w:footnoteReference w:customMarkFollows="1" w:id="${index + 1}"/>${markText(index)}`;
  });
  const starred: string[] = [];
  const numbered: string[] = [];
  let separators = "";
  let head: string | undefined;
  let end = 0;
  for (const match of footnotesXml.matchAll(FOOTNOTE)) {
    head ??= footnotesXml.slice(0, match.index);
    end = match.index + match[0].length;
    const n = Number(match[1]);
    const renumbered = (to: number) =>
      match[0].replace(`w:id="${match[1]}"`, `w:id="${to}"`);
    if (n < 1) separators += match[0];
    else if (n < PLACEHOLDER_BASE) numbered.push(renumbered(n + shift));
    else if (match[0].includes("<w:footnoteRef/>")) {
      const index = n - PLACEHOLDER_BASE;
      starred[index] = renumbered(index + 1).replace(
        "<w:footnoteRef/>",
        markText(index),
      );
    }
  }
  if (
    referenced !== notes.length ||
    starred.filter((note) => note !== undefined).length !== notes.length
  )
    throw new Error(
      "docx no longer writes footnotes as src/render/docx/asterisk-notes.ts expects",
    );
  parts.set(
    "word/footnotes.xml",
    `${head ?? ""}${separators}${starred.join("")}${numbered.join("")}${footnotesXml.slice(end)}`,
  );
  parts.set("word/document.xml", document);
}
