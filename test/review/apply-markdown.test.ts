import { describe, expect, it } from "vitest";
import type { Anchor } from "../../src/render/docx/anchors.js";
import { applyOperations } from "../../src/review/apply.js";
import {
  SourceText,
  renderedText,
  findTarget,
} from "../../src/review/locate.js";
import {
  FOOTNOTE_MARK,
  type DraftParagraph,
  type Piece,
} from "../../src/review/read-draft.js";

const FILE = "contributions/2004/unicef.md";
const WHO = { author: "Alice Editor", date: "2004-10-20T09:00:00Z" };

function source(body: string): SourceText {
  const text = `---\nentity: UNICEF\nyear: 2004\n---\n\n## Humanitarian assistance\n\n${body}\n`;
  const parsed = SourceText.parse(text, FILE);
  if (parsed === undefined) throw new Error("not a contribution");
  return parsed;
}

/** A paragraph as the draft shows it, with the tracked changes given as [same|del|ins, text] pieces. */
function paragraph(pieces: [Piece["state"], string][]): DraftParagraph {
  return {
    index: 0,
    part: "body",
    anchors: [1],
    pieces: pieces.map(([state, text]) => ({
      state,
      text,
      ...(state === "same" ? {} : { revision: WHO }),
    })),
    mark: "same",
    formatChanges: [],
    commentIds: [],
  };
}

const LINE = 8;
const anchor: Anchor = { kind: "p", file: 0, line: LINE, ordinal: 0 };

function apply(body: string, pieces: [Piece["state"], string][]) {
  const result = applyOperations(source(body), [
    {
      type: "edit",
      anchor,
      item: {
        paragraph: paragraph(pieces),
        anchor: 1,
        own: true,
        where: "para. 1",
        place: {
          origin: "contribution",
          entity: "UNICEF",
          file: FILE,
          line: LINE,
        },
      },
    },
  ]);
  const text = result.text
    .split("\n")
    .slice(LINE - 1, -1)
    .join("\n");
  return { text, notApplied: result.notApplied.map((n) => n.why) };
}

describe("the text a paragraph shows, mapped to its Markdown", () => {
  it("reads soft line breaks as spaces and escapes as their character, footnote marks as one mark", () => {
    const parsed = source(
      "Women \\*and\n  girls in *camps*[^1].\n\n[^1]: Note.",
    );
    const target = findTarget(parsed, anchor);
    expect(target.kind).toBe("inline");
    if (target.kind !== "inline") return;
    const shown = renderedText(parsed, target.nodes);
    expect(shown.text).toBe(`Women *and girls in camps${FOOTNOTE_MARK}.`);
    // "*" is the escape's second character in the file; "g" is after the line break.
    const at = (char: string) =>
      parsed.text.slice(
        shown.start[shown.text.indexOf(char)],
        shown.end[shown.text.indexOf(char)],
      );
    expect(at("*")).toBe("\\*");
    expect(at(FOOTNOTE_MARK)).toBe("[^1]");
    expect(at("g")).toBe("g");
  });
});

describe("review --apply on one paragraph's Markdown", () => {
  it("changes words across a soft line break and keeps the wrapping elsewhere", () => {
    const result = apply("Women and adolescent\ngirls can obtain care.", [
      ["same", "Women and "],
      ["del", "adolescent girls"],
      ["ins", "young women"],
      ["same", " can obtain care."],
    ]);
    expect(result).toEqual({
      text: "Women and young women can obtain care.",
      notApplied: [],
    });
  });

  it("keeps emphasis, links and footnote marks around the changed words", () => {
    const result = apply(
      "See *the study* and [the site](http://example.org/) now.[^1]\n\n[^1]: Note.",
      [
        ["same", "See the "],
        ["del", "study"],
        ["ins", "report"],
        ["same", " and the "],
        ["ins", "new "],
        // The draft prints a link's address after its words.
        ["same", "site (http://example.org/) now."],
        ["ins", " Thanks."],
        ["same", FOOTNOTE_MARK],
      ],
    );
    expect(result.notApplied).toEqual([]);
    expect(result.text.split("\n")[0]).toBe(
      "See *the report* and [the new site](http://example.org/) now. Thanks.[^1]",
    );
  });

  it("puts words typed after emphasis outside it, and escapes Markdown in them", () => {
    const result = apply("A *Study* here.", [
      ["same", "A Study"],
      ["ins", " (2002) *draft*"],
      ["same", " here."],
    ]);
    expect(result.text).toBe("A *Study* (2002) \\*draft\\* here.");
  });

  it("removes emphasis deleted whole, markers included", () => {
    const result = apply("Keep *this bit* out.", [
      ["same", "Keep "],
      ["del", "this bit "],
      ["same", "out."],
    ]);
    expect(result.text).toBe("Keep out.");
  });

  it("leaves for a person a change across the edge of emphasis, and one that deletes a footnote mark", () => {
    const crossing = apply("Keep *this bit* out.", [
      ["same", "Keep this "],
      ["del", "bit out"],
      ["ins", "part"],
      ["same", "."],
    ]);
    expect(crossing.text).toBe("Keep *this bit* out.");
    expect(crossing.notApplied).toEqual([
      "the change crosses the edge of emphasis: change it by hand",
    ]);
    const note = apply("Text.[^1]\n\n[^1]: Note.", [
      ["same", "Text."],
      ["del", FOOTNOTE_MARK],
    ]);
    expect(note.notApplied).toEqual([
      "the change deletes a footnote mark: delete the footnote by hand",
    ]);
  });

  it("refuses a paragraph that no longer reads as the draft showed it", () => {
    const result = apply("Women and girls can obtain care.", [
      ["same", "Women and teenage girls "],
      ["del", "can"],
      ["ins", "may"],
      ["same", " obtain care."],
    ]);
    expect(result.text).toBe("Women and girls can obtain care.");
    expect(result.notApplied).toEqual([
      "the paragraph in the file no longer reads as it did in the draft",
    ]);
  });
});
