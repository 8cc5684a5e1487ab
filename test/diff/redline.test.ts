import { describe, expect, it } from "vitest";
import { diffReports } from "../../src/diff/index.js";
import { renderRedline } from "../../src/diff/redline/index.js";
import type { Report, ReportBlock } from "../../src/model.js";
import { renderText } from "../../src/render/text.js";
import { docxToText } from "../../src/textconv/index.js";
import { part, unzipDocx } from "../helpers/docx.js";
import {
  footnote,
  makeReport,
  paragraph,
  source,
  text,
} from "../helpers/report.js";
import { sampleReport } from "../helpers/sample-report.js";

const DATE = "2004-10-20T09:30:00+02:00";

function blocks(
  report: Report,
  chapter: number,
  section?: number,
): ReportBlock[] {
  const at = report.chapters[chapter];
  const found =
    section === undefined ? at?.blocks : at?.sections[section]?.blocks;
  if (found === undefined)
    throw new Error("no such place in the sample report");
  return found;
}

/** The sample report with a change of every kind, renumbered as merge would. */
function revisedSample(): Report {
  const report = sampleReport();
  const conflict = blocks(report, 1, 0);
  const peacekeeping = blocks(report, 1, 1);
  conflict[0] = paragraph(
    "Women's organizations continued to play a growing part in early warning, although their analyses were rarely taken up in formal prevention mechanisms.",
    source("UNDP", 12),
  );
  const list = conflict[2];
  if (list?.kind !== "list") throw new Error("sample changed");
  list.list.items[0] = {
    content: [text("Training of adolescent girls and boys in mediation;")],
  };
  list.list.items[1]?.children?.items.pop();
  list.list.items.push({ content: [text("Support to girls' schooling.")] });
  const table = peacekeeping[1];
  if (table?.kind !== "table") throw new Error("sample changed");
  table.rows = [
    [[text("MONUC")], [text("215")], [text("27")]],
    [[text("UNMIL")], [text("143")], [text("31")]],
    [[text("UNOCI")], [text("40")], [text("22")]],
  ];
  // Removed: the training paragraph and the figure; moved: the checklist paragraph to section A.
  peacekeeping.splice(2, 2);
  const checklist = peacekeeping.splice(2, 1)[0];
  conflict.push(checklist);
  const quote = peacekeeping.at(-1);
  if (quote?.kind !== "quote") throw new Error("sample changed");
  quote.paragraphs = [
    [
      text(
        "Gender mainstreaming is the responsibility of every section of the mission.",
      ),
    ],
  ];
  const humanitarian = report.chapters[1]?.sections[2];
  if (humanitarian) humanitarian.title = "Humanitarian assistance and relief";
  const recommendations = blocks(report, 2);
  recommendations[1] = paragraph(
    "Member States should nominate more women as candidates for senior positions in peacekeeping missions.",
    source(undefined, 42, "templates/sg-report.yaml"),
  );
  recommendations.push(
    paragraph(
      [
        text("UNICEF will report on girls in armed groups."),
        { type: "footnote", number: 6 },
      ],
      source("UNICEF", 50),
    ),
  );
  const notes = report.footnotes.map((note) =>
    note.number === 5
      ? footnote(5, "Contributions are due by 31 August each year.")
      : note,
  );
  notes.push(footnote(6, "See the Paris Principles.", source("UNICEF", 52)));
  return makeReport(
    report.chapters,
    notes,
    [...report.images.values()],
    report.meta,
  );
}

/** Every w:ins / w:del of a part, with its author and the text it holds. */
function revisions(
  xml: string,
): { kind: string; author: string; date: string; text: string }[] {
  return [
    ...xml.matchAll(
      /<w:(ins|del) w:id="\d+" w:author="([^"]*)" w:date="([^"]*)"(?:\/>|>([\s\S]*?)<\/w:\1>)/g,
    ),
  ].map(([, kind, author, date, inner]) => ({
    kind: kind ?? "",
    author: author ?? "",
    date: date ?? "",
    text: [...(inner ?? "").matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)]
      .map((m) => m[1])
      .join(""),
  }));
}

describe("the redline", () => {
  it("accepted in full, it is the newer draft", async () => {
    const before = sampleReport();
    const after = revisedSample();
    expect(
      diffReports(before, after).changes.map(
        (c) => `${c.type} ${c.what} ${c.entity ?? "-"}`,
      ),
    ).toEqual([
      "changed paragraph UNDP",
      "changed list UNICEF",
      "moved paragraph DPKO",
      "changed table DPKO",
      "removed paragraph DPKO",
      "removed figure DPKO",
      "changed quote DPKO",
      "changed heading -",
      "changed paragraph -",
      "added paragraph UNICEF",
      "changed note -",
      "added note UNICEF",
    ]);
    const redline = await renderRedline(diffReports(before, after), {
      date: DATE,
    });
    expect(docxToText(redline)).toBe(renderText(after));
  });

  it("tracks each change under the entity that contributed it, dated as given", async () => {
    const redline = await renderRedline(
      diffReports(sampleReport(), revisedSample()),
      {
        date: DATE,
      },
    );
    const parts = unzipDocx(redline);
    const body = revisions(part(parts, "word/document.xml"));
    expect(new Set(body.map((r) => r.date))).toEqual(new Set([DATE]));
    const by = (kind: string, fragment: string) =>
      body
        .filter((r) => r.kind === kind && r.text.includes(fragment))
        .map((r) => r.author);

    expect(by("ins", "growing")).toEqual(["UNDP"]);
    expect(by("del", "seldom")).toEqual(["UNDP"]);
    expect(by("ins", "and boys")).toEqual(["UNICEF"]);
    expect(by("del", "radio programmes")).toEqual(["UNICEF"]);
    expect(by("ins", "schooling")).toEqual(["UNICEF"]);
    expect(by("del", "Training on gender issues")).toEqual(["DPKO"]);
    // Moved: deleted where it was, inserted where it is.
    expect(by("del", "A checklist prepared")).toEqual(["DPKO"]);
    expect(by("ins", "A checklist prepared")).toEqual(["DPKO"]);
    expect(by("ins", "215")).toEqual(["DPKO"]);
    expect(by("del", "UNAMSIL")).toEqual(["DPKO"]);
    expect(by("ins", "UNOCI")).toEqual(["DPKO"]);
    expect(by("del", "not of the gender adviser alone")).toEqual(["DPKO"]);
    expect(by("ins", "Humanitarian assistance and relief")).toEqual([
      "Outline",
    ]);
    expect(by("ins", "peacekeeping")).toEqual(["Outline"]);
    expect(by("ins", "UNICEF will report")).toEqual(["UNICEF"]);

    const xml = part(parts, "word/document.xml");
    // Whole rows and paragraphs are tracked, not only their words.
    expect(xml).toMatch(
      /<w:trPr>(?:(?!<\/w:trPr>).)*<w:del w:id="\d+" w:author="DPKO"/,
    );
    expect(xml).toMatch(
      /<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:del w:id="\d+" w:author="DPKO"/,
    );
    expect(xml).toMatch(
      /<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:ins w:id="\d+" w:author="UNICEF"/,
    );
    // The removed figure's picture is tracked as deleted.
    expect(xml).toMatch(
      /<w:del w:id="\d+" w:author="DPKO"[^>]*><w:r>(?:(?!<\/w:r>).)*<w:drawing>/,
    );

    const notes = revisions(part(parts, "word/footnotes.xml"));
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "ins",
          author: "UNICEF",
          text: "See the Paris Principles.",
        }),
        expect.objectContaining({ kind: "del", text: "July" }),
        expect.objectContaining({ kind: "ins", text: "August" }),
      ]),
    );
  });

  it("is the same bytes for the same drafts and date", async () => {
    const make = () =>
      renderRedline(diffReports(sampleReport(), revisedSample()), {
        date: DATE,
      });
    expect(Buffer.from(await make()).equals(Buffer.from(await make()))).toBe(
      true,
    );
  });
});
