import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/load/markdown.js";

const placement = { file: "unicef.md", lineOffset: 0, columnOffset: 0 };

function silenced(text: string) {
  return parseMarkdown(text, placement).suppressions.map(
    (s) => `${s.ruleId} at ${s.position.line}: lines ${s.fromLine}-${s.toLine}`,
  );
}

describe("disable comments between blocks", () => {
  it("silence the next block, past other comments stacked before it", () => {
    const text = [
      "<!-- wps-report-disable style/dates -- quoted -->",
      "",
      "<!-- an author's note -->",
      "",
      "<!-- wps-report-disable style/per-cent -- quoted -->",
      "",
      "First paragraph,",
      "two lines.",
      "",
      "Second paragraph.",
    ].join("\n");
    expect(silenced(text)).toEqual([
      "style/dates at 1: lines 7-8",
      "style/per-cent at 5: lines 7-8",
    ]);
  });

  it("silence only their own line when nothing follows them", () => {
    const text = "Text.\n\n<!-- wps-report-disable style/dates -- end -->\n";
    expect(silenced(text)).toEqual(["style/dates at 3: lines 3-3"]);
  });
});
