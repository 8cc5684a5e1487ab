import { describe, expect, it } from "vitest";
import { renderDocx } from "../../../src/render/docx/index.js";
import {
  paragraphs,
  attr,
  child,
  children,
  parseXml,
  part,
  unzipDocx,
} from "../../helpers/docx.js";
import { numberedBlocks } from "../../helpers/report.js";
import { sampleReport } from "../../helpers/sample-report.js";

describe("--annotate", () => {
  it("writes one comment per numbered paragraph naming its entity and source line", async () => {
    const report = sampleReport();
    const parts = unzipDocx(await renderDocx(report, { annotate: true }));
    const comments = children(
      child(parseXml(part(parts, "word/comments.xml")), "w:comments"),
      "w:comment",
    );
    const blocks = numberedBlocks(report);
    expect(comments).toHaveLength(blocks.length);
    const commentTexts = paragraphs(part(parts, "word/comments.xml")).map(
      (p) => p.text,
    );
    expect(commentTexts).toEqual(
      blocks.map(
        (block) =>
          `${block.source.entity ?? "Outline"} \u2014 ${block.source.file}:${block.source.line}`,
      ),
    );
    expect(commentTexts).toContain(
      "UNICEF \u2014 contributions/2004/unicef.md:14",
    );
    expect(commentTexts[0]).toBe("Outline \u2014 templates/sg-report.yaml:5");
    for (const comment of comments) {
      expect(attr(comment, "w:author")).toBe("wps-report");
      expect(attr(comment, "w:date")).toMatch(/^2004-10-13T00:00:00(\.000)?Z$/);
    }
  });

  it("anchors each comment in its numbered paragraph, the reference inside a run", async () => {
    const report = sampleReport();
    const parts = unzipDocx(await renderDocx(report, { annotate: true }));
    const numbered = paragraphs(part(parts, "word/document.xml")).filter(
      (p) => p.style === "NumberedParagraph",
    );
    const ids = numbered.map((p) => {
      const start = /<w:commentRangeStart w:id="(\d+)"\/>/.exec(p.xml)?.[1];
      expect(p.xml).toContain(`<w:commentRangeEnd w:id="${start}"/>`);
      expect(p.xml).toMatch(
        new RegExp(`<w:r><w:commentReference w:id="${start}"/></w:r>`),
      );
      return Number(start);
    });
    // Consecutive, and above every footnote id: LibreOffice confuses a comment and a footnote sharing an id.
    const first = report.footnotes.length + 1;
    expect(ids).toEqual(numbered.map((_, i) => first + i));
    const commentIds = children(
      child(parseXml(part(parts, "word/comments.xml")), "w:comments"),
      "w:comment",
    ).map((comment) => Number(attr(comment, "w:id")));
    expect(commentIds).toEqual(ids);
  });
});
