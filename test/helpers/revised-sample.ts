// The sample report with a change of every kind (edited, moved, removed,
// added paragraphs, notes, a table, a heading): what a redline shows.
import type { Report, ReportBlock } from "../../src/model.js";
import { footnote, makeReport, paragraph, source, text } from "./report.js";
import { sampleReport } from "./sample-report.js";

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
export function revisedSample(): Report {
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
