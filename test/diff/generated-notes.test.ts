// The acknowledgement notes the build writes are paired across drafts by
// what they are (the United Nations entities' note, the observers' note),
// not by their words: a short list that gains a name shares few words with
// the old one, and two such lists can look alike.
import { describe, expect, it } from "vitest";
import { diffReports } from "../../src/diff/index.js";
import type { GeneratedFootnoteKind, ReportFootnote } from "../../src/model.js";
import { footnote, makeReport, paragraph, source } from "../helpers/report.js";

function generated(
  number: number,
  value: string,
  kind: GeneratedFootnoteKind,
): ReportFootnote {
  return {
    ...footnote(number, value, source(undefined, 7)),
    generated: kind,
  };
}

function draft(footnotes: ReportFootnote[]) {
  return makeReport(
    [
      {
        id: "introduction",
        numeral: "I",
        title: "Introduction",
        style: "normal",
        blocks: [paragraph("Based on contributions.", source(undefined, 7))],
        sections: [],
      },
    ],
    footnotes,
  );
}

const summary = (before: ReportFootnote[], after: ReportFootnote[]): string[] =>
  diffReports(draft(before), draft(after)).changes.map(
    (c) => `${c.type} ${c.place}`,
  );

describe("diff of the acknowledgement notes", () => {
  it("shows the United Nations entities' note gaining a name as that note changed", () => {
    expect(
      summary(
        [generated(1, "World Food Programme.", "un-entities")],
        [
          generated(
            1,
            "Department of Political Affairs, United Nations Children's Fund and World Food Programme.",
            "un-entities",
          ),
        ],
      ),
    ).toEqual(["changed note 1"]);
  });

  it("never pairs one kind's note with another's, however alike their words", () => {
    expect(
      summary(
        [
          generated(
            1,
            "NGO Working Group on Women, Peace and Security.",
            "observers",
          ),
        ],
        [
          generated(
            1,
            "NGO Working Group on Women, Peace and Security and others.",
            "un-entities",
          ),
        ],
      ),
    ).toEqual(["removed note 1", "added note 1"]);
  });

  it("still pairs two contributors' notes by their words", () => {
    expect(
      summary(
        [footnote(1, "See the report of the meeting, para. 4.")],
        [footnote(1, "See the report of the meeting, para. 5.")],
      ),
    ).toEqual(["changed note 1"]);
  });
});
