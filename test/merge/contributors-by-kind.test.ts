import { expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { plainText } from "../helpers/docx.js";
import { repoRoot } from "../helpers/cli.js";

it("the shipped outline acknowledges United Nations entities and NGO observers in separate footnotes, as S/2004/814 does", async () => {
  const { report } = await buildReport(repoRoot, "contributions/2004", {
    cache: false,
  });
  const note = (kind: string) =>
    report.footnotes.find((f) => f.generated === kind);
  const entities = plainText(note("un-entities")?.paragraphs[0] ?? []);
  const observers = plainText(note("observers")?.paragraphs[0] ?? []);
  expect(entities).toContain("Department of Peacekeeping Operations");
  expect(entities).toContain(
    "Office of the Special Adviser on Gender Issues and Advancement of Women",
  );
  expect(entities).not.toContain("NGO Working Group");
  expect(observers).toBe("NGO Working Group on Women, Peace and Security.");
  // Both marks in the introduction, the observers' after the full stop.
  const intro = report.chapters[0]?.blocks
    .map((b) => (b.kind === "paragraph" ? plainText(b.content) : ""))
    .find((t) => t.includes("civil society partners"));
  expect(intro).toMatch(
    /United Nations system\[\d+\] and from civil society partners\.\[\d+\]$/,
  );
});
