import type { ReportMeta } from "../model.js";

/** A note on the symbol or the title, marked with asterisks instead of a number. */
export interface AsteriskNote {
  on: "symbol" | "title";
  /** "*", then "**" for a second note. */
  mark: string;
  text: string;
}

/**
 * The asterisk notes of the first page, in reading order (the symbol's,
 * then the title's), with their marks. UN documents mark a note on the
 * title or symbol with `*` (a second one `**`) and keep numbers for the
 * notes of the text, which still start at 1. A symbol written with a final
 * `*` ("S/2004/814*", reissued) already carries the first mark: it is the
 * symbol note's mark, or taken when there is none.
 */
export function asteriskNotes(meta: ReportMeta): AsteriskNote[] {
  const notes: AsteriskNote[] = [];
  if (meta.symbolNote !== undefined)
    notes.push({ on: "symbol", mark: "*", text: meta.symbolNote });
  if (meta.titleNote !== undefined) {
    const taken = notes.length > 0 || meta.symbol.endsWith("*") ? 1 : 0;
    notes.push({
      on: "title",
      mark: "*".repeat(taken + 1),
      text: meta.titleNote,
    });
  }
  return notes;
}

/** The symbol and title as printed before their marks, and the marks: "S/2004/814" and "*". */
export function markedHeadings(meta: ReportMeta): {
  symbol: string;
  symbolMark: string;
  titleMark: string;
} {
  const notes = asteriskNotes(meta);
  const symbolMark = notes.find((n) => n.on === "symbol")?.mark ?? "";
  return {
    symbol:
      symbolMark !== "" && meta.symbol.endsWith("*")
        ? meta.symbol.slice(0, -1)
        : meta.symbol,
    symbolMark,
    titleMark: notes.find((n) => n.on === "title")?.mark ?? "",
  };
}
