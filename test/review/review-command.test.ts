import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strToU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileDocxCases } from "../../scripts/bench/hostile-docx.mjs";
import { minimalDocx, p } from "../helpers/minimal-docx.js";
import { LINES, rx, sampleProject, type Project } from "./project.js";
import {
  addComment,
  ALICE,
  closeDocx,
  openDocx,
  trackBold,
  trackDeleteParagraph,
  trackMove,
  trackNewParagraphAfter,
  trackReplace,
  xmlPart,
} from "./word-markup.js";

let project: Project;

beforeAll(async () => {
  project = await sampleProject("wps-review-");
}, 60_000);

afterAll(() => rmSync(project.dir, { recursive: true, force: true }));

/** The draft with Word-like tracked changes and a comment thread in it. */
function reviewedInWord(): Uint8Array {
  const parts = openDocx(project.draft);
  let document = xmlPart(parts, "word/document.xml");
  document = trackReplace(
    document,
    "Women and peace and security",
    "Women, peace and security",
  );
  document = trackReplace(
    document,
    "adolescent girls",
    "girls and young women",
  );
  document = trackMove(document, "as much as one third", "The temporary");
  document = trackBold(document, "Education in emergencies");
  document = trackDeleteParagraph(document, "Drawing on that experience");
  document = trackNewParagraphAfter(
    document,
    "can be identified early.",
    "Reviewers added this paragraph.",
  );
  parts.set("word/document.xml", document);
  parts.set(
    "word/footnotes.xml",
    trackReplace(
      xmlPart(parts, "word/footnotes.xml"),
      "available from the Division",
      "available on request from the Division",
    ),
  );
  addComment(parts, "back-to-school campaign", "Which source?", {
    author: "Ben Focal",
    text: "The 2004 UNICEF annual report.",
  });
  return closeDocx(parts);
}

async function review(bytes: Uint8Array, ...args: string[]) {
  const file = path.join(project.dir, "reviewed.docx");
  writeFileSync(file, bytes);
  return project.run(["review", "reviewed.docx", ...args]);
}

describe("review lists what reviewers did in Word", () => {
  it("prints each change with author, date, paragraph and contribution file:line, grouped by entity in report order", async () => {
    const result = await review(reviewedInWord());
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(
      "Review of S/2004/814 (2004): 8 tracked changes, 1 comment",
    );
    // Masthead title: report.yaml's, at the line that holds it.
    expect(result.stdout).toContain(
      `masthead (contributions/2004/report.yaml:${LINES.title}), Alice Editor, 2004-10-20: replaced "Women and peace and security" with "Women, peace and security"`,
    );
    expect(result.stdout).toMatch(
      rx`para\. \d+ \(contributions\/2004\/unicef\.md:${LINES.unicefAdolescent}\), Alice Editor, 2004-10-20: replaced "adolescent girls" with "girls and young women"`,
    );
    expect(result.stdout).toMatch(
      rx`unicef\.md:${LINES.unicefOneThird}\), Alice Editor, 2004-10-20: moved text away: "as much as one third"`,
    );
    expect(result.stdout).toMatch(
      rx`unicef\.md:${LINES.unicefEducation}\), Alice Editor, 2004-10-20: moved text here: "as much as one third"`,
    );
    expect(result.stdout).toMatch(
      rx`unicef\.md:${LINES.unicefEducation}\), Alice Editor, 2004-10-20: changed the formatting of "Education in emergencies"`,
    );
    expect(result.stdout).toMatch(
      rx`unicef\.md:${LINES.unicefDrawing}\), Alice Editor, 2004-10-20: deleted the paragraph: "Drawing on that experience`,
    );
    expect(result.stdout).toMatch(
      rx`after para\. \d+ \(contributions\/2004\/unicef\.md:${LINES.unicefEducation}\), Alice Editor, 2004-10-20: added a paragraph: "Reviewers added this paragraph\."`,
    );
    expect(result.stdout).toMatch(
      rx`note \d+ \(contributions\/2004\/daw\.md:${LINES.dawNote}\), Alice Editor, 2004-10-20: replaced "available from the Division" with "available on request from the Division"`,
    );
    expect(result.stdout).toMatch(
      rx`comment on para\. \d+ \(contributions\/2004\/unicef\.md:${LINES.unicefAfghanistan}\), Alice Editor, 2004-10-20: "Which source\?"\n {4}reply, Ben Focal, 2004-10-20: "The 2004 UNICEF annual report\."`,
    );
    // Groups in report order: the masthead, then DAW (chapter II) before UNICEF.
    const groups = lines.filter((line) => /^\S/.test(line)).slice(1);
    expect(groups).toEqual(["report.yaml", "DAW", "UNICEF"]);
  });

  it("--json gives the same, with places and wordings as fields", async () => {
    const result = await review(reviewedInWord(), "--json");
    expect(result.code).toBe(0);
    const listing = JSON.parse(result.stdout) as {
      year: number;
      groups: {
        name: string;
        changes: {
          kind: string;
          author: string;
          date: string;
          old: string;
          new: string;
          place: { file: string; line: number; entity?: string };
        }[];
        comments: { text: string; replies: { author: string }[] }[];
      }[];
    };
    expect(listing.year).toBe(2004);
    const unicef = listing.groups.find((g) => g.name === "UNICEF");
    expect(unicef?.changes[0]).toMatchObject({
      kind: "replacement",
      author: "Alice Editor",
      date: "2004-10-20T09:00:00Z",
      old: "adolescent girls",
      new: "girls and young women",
      place: {
        file: "contributions/2004/unicef.md",
        line: LINES.unicefAdolescent,
        entity: "UNICEF",
      },
    });
    expect(unicef?.comments[0]?.replies[0]?.author).toBe("Ben Focal");
  });

  it("--format github puts each change and comment on its source line", async () => {
    const result = await review(reviewedInWord(), "--format", "github");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `::notice file=contributions/2004/unicef.md,line=${LINES.unicefAdolescent},title=Review (para. `,
    );
    expect(result.stdout).toMatch(
      rx`^::notice file=contributions\/2004\/unicef\.md,line=${LINES.unicefAfghanistan},title=Review comment .*::Which source\?%0AReply by Ben Focal, 2004-10-20: The 2004 UNICEF annual report\.$`,
    );
    expect(result.stdout.trim().split("\n")).toHaveLength(9);
  });
});

describe("review attributes generated text to report.yaml and the outline", () => {
  it("headings and boilerplate to the outline, the contributors footnote to report.yaml's roster", async () => {
    const parts = openDocx(project.draft);
    let document = xmlPart(parts, "word/document.xml");
    document = trackReplace(
      document,
      "Introduction",
      "Introduction and background",
      ALICE,
      'w:val="Heading1"',
    );
    document = trackReplace(document, "pursuant to", "in response to");
    parts.set("word/document.xml", document);
    parts.set(
      "word/footnotes.xml",
      trackReplace(
        xmlPart(parts, "word/footnotes.xml"),
        "Department of Peacekeeping Operations",
        "Department of Peace Operations",
      ),
    );
    const result = await review(closeDocx(parts), "--json");
    expect(result.code).toBe(0);
    const listing = JSON.parse(result.stdout) as {
      groups: {
        name: string;
        changes: { where: string; place: { file: string; line: number } }[];
      }[];
    };
    const where = listing.groups.flatMap((g) =>
      g.changes.map((c) => [
        g.name,
        c.where,
        `${c.place.file}:${c.place.line}`,
      ]),
    );
    expect(where).toEqual([
      [
        "outline",
        "heading I.",
        `templates/sg-report.yaml:${LINES.introduction}`,
      ],
      ["outline", "para. 1", `templates/sg-report.yaml:${LINES.pursuant}`],
      [
        "report.yaml",
        "note 1",
        `contributions/2004/report.yaml:${LINES.entities}`,
      ],
    ]);
  });
});

describe("review refuses files it cannot trace, and writes nothing", () => {
  const refused = async (bytes: Uint8Array, message: RegExp) => {
    for (const args of [[], ["--apply"]]) {
      const result = await review(bytes, ...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
      expect(project.changes()).toBe("");
    }
  };

  it("a file that is not a DOCX", async () => {
    await refused(
      strToU8("just text"),
      /expected a DOCX: it is not a ZIP archive/,
    );
  });

  it("a DOCX that wps-report did not build", async () => {
    await refused(
      minimalDocx({ body: p("Hello") }),
      /it was not built by wps-report/,
    );
  });

  it("a draft whose bookmarks were stripped", async () => {
    const parts = openDocx(reviewedInWord());
    for (const name of ["word/document.xml", "word/footnotes.xml"])
      parts.set(
        name,
        xmlPart(parts, name).replace(/<w:bookmark(Start|End) [^>]*\/>/g, ""),
      );
    await refused(closeDocx(parts), /lost the hidden bookmarks/);
  });

  it("a draft of another edition", async () => {
    const parts = openDocx(reviewedInWord());
    parts.set(
      "docProps/custom.xml",
      xmlPart(parts, "docProps/custom.xml").replace(
        "&quot;year&quot;:2004",
        "&quot;year&quot;:2005",
      ),
    );
    await refused(
      closeDocx(parts),
      /a draft of the 2005 report \(S\/2004\/814\), and the edition here is 2004/,
    );
  });

  it("a draft whose anchor map was cut short", async () => {
    const parts = openDocx(reviewedInWord());
    parts.set(
      "docProps/custom.xml",
      xmlPart(parts, "docProps/custom.xml").replace(
        /<property [^>]*name="wps-report\.anchors\.0002">.*?<\/property>/,
        "",
      ),
    );
    await refused(closeDocx(parts), /were changed or cut short/);
  });

  // The DOCX readers' hostile files (scripts/bench/hostile-docx.mjs): the
  // package and XML ones, refused within the readers' limits or as not ours.
  const PACKAGE_CASES = new Set([
    "zip-bomb",
    "empty-paragraphs-100mb",
    "parts-too-large-together",
    "elements-48mb",
    "many-entries",
    "deep-nesting",
    "doctype",
  ]);
  for (const hostile of hostileDocxCases().filter((c) =>
    PACKAGE_CASES.has(c.name),
  ))
    it(`a hostile DOCX: ${hostile.what}`, async () => {
      const result = await review(hostile.bytes(), "--apply");
      expect(result.code).toBe(2);
      // Past a limit (review reads parts whole, so it may stop at another
      // limit than textconv does), or not a draft of ours.
      expect(result.stderr).toMatch(
        hostile.name === "zip-bomb" && hostile.stderr !== undefined
          ? rx`${hostile.stderr}`
          : /Cannot read reviewed\.docx: .*(more than|deeper)|expected a DOCX|not built by wps-report/,
      );
      expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
      expect(project.changes()).toBe("");
    }, 60_000);
});
