import type { GeneratedFootnoteKind } from "../model.js";
import type { FootnoteDefinition } from "mdast";
import { normalizeLabel } from "../load/markdown.js";
import type { Inline, ReportFootnote } from "../model.js";
import { convertInlines, type FootnoteAllocator } from "./inlines.js";
import { sourceOf } from "./source.js";

/** Footnote definitions of one file, by normalized label. */
export type FootnoteScope = {
  entity?: string;
  definitions: Map<string, FootnoteDefinition>;
};

/**
 * Numbers footnotes 1..F through the report in the order their references
 * are met. Labels are local to a file: `[^1]` in two files are two notes.
 * A definition referenced twice gives two footnotes with the same text.
 */
export class FootnoteNumberer implements FootnoteAllocator {
  readonly footnotes: ReportFootnote[] = [];
  /** Inside a footnote's text: references there are refused by validation, and here not followed, so a note citing itself cannot recurse. */
  private insideFootnote = false;

  constructor(
    private readonly scopes: Map<string, FootnoteScope>,
    /** Footnotes the build writes itself (`contributors`, `member-states`), used when a file does not define the label. */
    private readonly generated: Map<
      string,
      { paragraphs: Inline[][]; kind: GeneratedFootnoteKind } | null
    >,
  ) {}

  reference(file: string, label: string): number | undefined {
    if (this.insideFootnote) return undefined;
    const key = normalizeLabel(label);
    const scope = this.scopes.get(file);
    const definition = scope?.definitions.get(key);
    const number = this.footnotes.length + 1;
    if (definition !== undefined) {
      const source = sourceOf(definition, scope?.entity, file);
      // Reserve the number before converting, so references inside the note number after it.
      const footnote: ReportFootnote = { number, paragraphs: [], source };
      this.footnotes.push(footnote);
      this.insideFootnote = true;
      try {
        footnote.paragraphs = definition.children.map((child) =>
          child.type === "paragraph"
            ? convertInlines(child.children, { file, footnotes: this })
            : [{ type: "text", value: "" }],
        );
      } finally {
        this.insideFootnote = false;
      }
      return number;
    }
    const generated = this.generated.get(key);
    if (generated === undefined || generated === null) return undefined;
    this.footnotes.push({
      number,
      paragraphs: generated.paragraphs,
      source: { file, line: 1, column: 1 },
      generated: generated.kind,
    });
    return number;
  }
}
