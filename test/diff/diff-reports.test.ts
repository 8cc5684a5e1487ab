import { describe, expect, it } from "vitest";
import { diffReports, type Change } from "../../src/diff/index.js";
import { formatDiffText } from "../../src/diff/format-text.js";
import { renderRedline } from "../../src/diff/redline/index.js";
import { renderText } from "../../src/render/text.js";
import { docxToText } from "../../src/textconv/index.js";
import type { Report, ReportBlock } from "../../src/model.js";
import { makeReport, paragraph, source, text } from "../helpers/report.js";
import { sampleReport } from "../helpers/sample-report.js";

/** The sample report's blocks of section II.A, II.B, ... by index. */
function section(
  report: Report,
  chapter: number,
  index: number,
): ReportBlock[] {
  const found = report.chapters[chapter]?.sections[index];
  if (found === undefined) throw new Error("no such section");
  return found.blocks;
}

/** Renumber paragraphs 1..N in reading order, as merge does. */
function renumber(report: Report): Report {
  return makeReport(
    report.chapters,
    report.footnotes,
    [...report.images.values()],
    report.meta,
  );
}

const summary = (changes: readonly Change[]) =>
  changes.map(
    (c) =>
      `${c.type} ${c.what} ${c.place}${c.was ? ` <- ${c.was}` : ""} ${c.entity ?? "-"}`,
  );

describe("diffReports", () => {
  it("finds nothing between a draft and itself", () => {
    expect(diffReports(sampleReport(), sampleReport()).changes).toEqual([]);
  });

  it("does not count renumbering as a change: one paragraph added before all others is one change", () => {
    const before = sampleReport();
    const after = sampleReport();
    after.chapters[0]?.blocks.unshift(
      paragraph(
        "A new opening paragraph from the task manager.",
        source("OSAGI", 3),
      ),
    );
    const changes = diffReports(before, renumber(after)).changes;
    expect(summary(changes)).toEqual(["added paragraph paragraph 1 OSAGI"]);
    expect(changes[0]?.lines[0]?.words).toEqual([
      { value: "A new opening paragraph from the task manager.", added: true },
    ]);
  });

  it("reports an edit, an addition, a removal and a move, each with its entity", () => {
    const before = sampleReport();
    const after = sampleReport();
    const conflict = section(after, 1, 0);
    const peacekeeping = section(after, 1, 1);
    // Edited: UNDP's paragraph.
    conflict[0] = paragraph(
      "Women's organizations continued to play a growing part in early warning, although their analyses were seldom taken up in formal prevention mechanisms.",
      source("UNDP", 12),
    );
    // Removed: DPKO's training paragraph; moved: the checklist paragraph to the top of its section.
    const training = peacekeeping.splice(2, 1);
    expect(training).toHaveLength(1);
    const checklist = peacekeeping.splice(3, 1)[0];
    peacekeeping.unshift(checklist);
    // Added: a UNICEF paragraph at the end of section A.
    conflict.push(
      paragraph("UNICEF also trained 40 mediators.", source("UNICEF", 20)),
    );

    const changes = diffReports(before, renumber(after)).changes;
    expect(summary(changes)).toEqual([
      "changed paragraph paragraph 3 UNDP",
      "added paragraph paragraph 5 UNICEF",
      "moved paragraph paragraph 6 <- paragraph 7 DPKO",
      "removed paragraph paragraph 6 DPKO",
    ]);
    expect(
      changes[0]?.lines[0]?.words.filter((w) => w.added || w.removed),
    ).toEqual([{ value: "growing ", added: true }]);
    expect(changes[3]).toMatchObject({
      draft: "older",
      section: "II.B Peacekeeping operations",
      source: { file: "contributions/2004/dpko.md", line: 18 },
    });
  });

  it("reports a paragraph edited and moved elsewhere as changed, saying where it was", async () => {
    const before = sampleReport();
    const after = sampleReport();
    const [moved] = section(after, 1, 0).splice(0, 1);
    if (moved?.kind !== "paragraph") throw new Error("sample changed");
    moved.content = [
      text(
        "Women's organizations continued to play a part in early warning, although their analyses were seldom taken up in formal mechanisms.",
      ),
    ];
    after.chapters[2]?.blocks.push(moved);
    const revised = renumber(after);
    const diff = diffReports(before, revised);
    expect(summary(diff.changes)).toEqual([
      "changed paragraph paragraph 13 <- paragraph 3 UNDP",
    ]);
    expect(diff.changes[0]?.lines[0]?.words.filter((w) => w.removed)).toEqual([
      { value: "prevention ", removed: true },
    ]);
    // In the redline it is deleted where it was and inserted where it is; accepted, it is the newer draft.
    const redline = await renderRedline(diff, { date: "2004-10-20T00:00:00Z" });
    expect(docxToText(redline)).toBe(renderText(revised));
  });

  it("shows a changed list item by item, with its labels", () => {
    const before = sampleReport();
    const after = sampleReport();
    const listBlock = section(after, 1, 0)[2];
    if (listBlock?.kind !== "list") throw new Error("sample changed");
    const items = listBlock.list.items;
    items[0] = {
      content: [text("Training of adolescent girls and boys in mediation;")],
    };
    items.push({ content: [text("Support to girls' schooling.")] });
    const [change, ...rest] = diffReports(before, after).changes;
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      type: "changed",
      what: "list",
      place: "subparagraphs of paragraph 4",
      entity: "UNICEF",
    });
    expect(change?.lines.map((l) => `${l.op} ${l.prefix}`)).toEqual([
      "changed (a) ",
      "equal (b) ",
      "equal     (i) ",
      "equal     (ii) ",
      "equal (c) ",
      "added (d) ",
    ]);
  });

  it("follows footnotes by their text: renumbered notes are no change, edited ones are", () => {
    const before = sampleReport();
    const after = sampleReport();
    // A note cited earlier renumbers every later one; that alone changes nothing.
    const first = section(after, 1, 0)[0];
    if (first?.kind !== "paragraph") throw new Error("sample changed");
    first.content = [...first.content, { type: "footnote", number: 3 }];
    const renumbered = (n: number) => (n >= 3 ? n + 1 : n);
    for (const block of [
      ...section(after, 1, 1),
      ...section(after, 1, 2),
      ...(after.chapters[2]?.blocks ?? []),
    ])
      if (block.kind === "paragraph")
        block.content = block.content.map((inline) =>
          inline.type === "footnote"
            ? { ...inline, number: renumbered(inline.number) }
            : inline,
        );
    after.footnotes = [
      ...after.footnotes.slice(0, 2),
      {
        number: 3,
        paragraphs: [[text("A new note from UNDP.")]],
        source: source("UNDP", 30),
      },
      ...after.footnotes
        .slice(2)
        .map((note) => ({ ...note, number: note.number + 1 })),
    ];
    const last = after.footnotes.at(-1);
    if (last)
      last.paragraphs = [
        [text("Contributions are due by 31 August each year.")],
      ];

    expect(summary(diffReports(before, after).changes)).toEqual([
      "changed paragraph paragraph 3 UNDP",
      "added note note 3 UNDP",
      "changed note note 6 -",
    ]);
  });

  it("reports a masthead change and a renamed section", () => {
    const before = sampleReport();
    const after = sampleReport();
    after.meta = { ...after.meta, date: "2004-10-20" };
    const renamed = after.chapters[1]?.sections[2];
    if (renamed) renamed.title = "Humanitarian assistance and relief";
    const changes = diffReports(before, after).changes;
    expect(summary(changes)).toEqual([
      "changed masthead masthead (date) -",
      "changed heading section II.C -",
    ]);
    expect(changes[0]?.lines[0]?.words).toEqual([
      { value: "13", removed: true },
      { value: "20", added: true },
      { value: " October 2004" },
    ]);
  });

  it("prints changes for a terminal without colour: markers, brackets, places and sources", () => {
    const before = makeReport([
      {
        id: "intro",
        numeral: "I",
        title: "Introduction",
        style: "normal",
        sections: [],
        blocks: [
          paragraph("Kept as it was.", source("OSAGI", 5)),
          paragraph("UNICEF trained 30 mediators.", source("UNICEF", 7)),
        ],
      },
    ]);
    const after = structuredClone(before);
    const edited = after.chapters[0]?.blocks[1];
    if (edited?.kind === "paragraph")
      edited.content = [text("UNICEF trained 40 mediators.")];
    const output = formatDiffText(diffReports(before, after).changes, {
      fromLabel: "HEAD~1",
      toLabel: "HEAD",
      root: "/repo",
      cwd: "/repo",
    });
    expect(output).toBe(
      "Comparing HEAD~1 with HEAD: 1 change (1 changed).\n\n" +
        "changed paragraph 2 · I Introduction · UNICEF contributions/2004/unicef.md:7\n" +
        "  ~ UNICEF trained [-30-]{+40+} mediators.\n",
    );
    expect(
      formatDiffText([], {
        fromLabel: "HEAD",
        toLabel: "the working tree",
        root: "/",
        cwd: "/",
      }),
    ).toBe("Comparing HEAD with the working tree: no changes to the draft.\n");
  });
});
