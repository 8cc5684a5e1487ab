// A loud guard on the redline's in-band marks (src/diff/redline/tracking.ts):
// the text of an inserted or deleted inline carries a private-use character
// through the DOCX renderer to the redline's `make.text`, which turns it
// into w:ins / w:del. If the renderer changes or splits text on the way
// (typography, a new inline), a mark would be printed or a change lost.
import { describe, expect, it } from "vitest";
import { diffReports } from "../../src/diff/index.js";
import { renderRedline } from "../../src/diff/redline/index.js";
import { IN_BAND_MARKS } from "../../src/diff/redline/tracking.js";
import { unzipDocx } from "../helpers/docx.js";
import { revisedSample } from "../helpers/revised-sample.js";
import { sampleReport } from "../helpers/sample-report.js";

describe("the redline's in-band marks", () => {
  it("all become tracked changes: none is left in any part of the redline", async () => {
    const diff = diffReports(sampleReport(), revisedSample());
    const parts = unzipDocx(
      await renderRedline(diff, { date: "2004-10-20T09:30:00+02:00" }),
    );
    for (const [name, xml] of parts) {
      const left = IN_BAND_MARKS.filter((mark) => xml.includes(mark));
      expect(
        left.map(
          (mark) => `U+${mark.codePointAt(0)?.toString(16).toUpperCase()}`,
        ),
        `${name} still holds the redline's in-band marks: the DOCX renderer no longer hands each text inline to make.text unchanged (see src/diff/redline/tracking.ts)`,
      ).toEqual([]);
    }
    const body = parts.get("word/document.xml") ?? "";
    expect(body).toMatch(/<w:ins /);
    expect(body).toMatch(/<w:del /);
  });
});
