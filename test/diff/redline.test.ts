import { describe, expect, it } from "vitest";
import { diffReports } from "../../src/diff/index.js";
import { renderRedline } from "../../src/diff/redline/index.js";
import { renderText } from "../../src/render/text.js";
import { docxToText } from "../../src/textconv/index.js";
import { part, unzipDocx } from "../helpers/docx.js";
import { revisedSample } from "../helpers/revised-sample.js";
import { sampleReport } from "../helpers/sample-report.js";

const DATE = "2004-10-20T09:30:00+02:00";

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
