import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { commitAll } from "../helpers/git-repo.js";
import { LINES, rx, sampleProject, type Project } from "./project.js";
import {
  addComment,
  ALICE,
  closeDocx,
  openDocx,
  trackBold,
  trackDeleteParagraph,
  trackInsertAfterRun,
  trackMove,
  trackNewParagraphAfter,
  trackReplace,
  xmlPart,
} from "./word-markup.js";

const projects: Project[] = [];
afterEach(() => {
  for (const project of projects.splice(0))
    rmSync(project.dir, { recursive: true, force: true });
});

async function project(): Promise<Project> {
  const made = await sampleProject("wps-review-apply-");
  projects.push(made);
  return made;
}

/** Edit the draft's parts as Word would, and write it as reviewed.docx. */
function reviewed(
  project: Project,
  edit: (document: string) => string,
  more: (parts: Map<string, string | Uint8Array>) => void = () => undefined,
): void {
  const parts = openDocx(project.draft);
  parts.set("word/document.xml", edit(xmlPart(parts, "word/document.xml")));
  more(parts);
  writeFileSync(path.join(project.dir, "reviewed.docx"), closeDocx(parts));
}

async function textOf(project: Project, file: string): Promise<string> {
  const result = await project.run(["textconv", file]);
  expect(result.code).toBe(0);
  return result.stdout;
}

describe("review --apply", () => {
  it("writes the accepted wording into the right files and places, and a rebuild reads as the reviewed draft", async () => {
    const p = await project();
    reviewed(
      p,
      (d) => {
        d = trackReplace(
          d,
          "Women and peace and security",
          "Women, peace and security",
        );
        d = trackReplace(d, "adolescent girls", "girls and young women");
        d = trackReplace(d, "The report builds on", "The report draws on");
        d = trackInsertAfterRun(
          d,
          "Women, Peace and Security",
          " (2002)",
          ALICE,
          "The report draws on",
        );
        d = trackReplace(
          d,
          "and on the report of the Secretary-General",
          "and on the earlier report of the Secretary-General",
        );
        d = trackReplace(d, "on an equal footing", "as equals");
        d = trackReplace(
          d,
          "Liberia",
          "Liberia (UNMIL)",
          ALICE,
          "Mission area",
        );
        d = trackBold(d, "Education in emergencies");
        d = trackDeleteParagraph(d, "Drawing on that experience");
        d = trackNewParagraphAfter(
          d,
          "can be identified early.",
          "Reviewers added this paragraph.",
        );
        return d;
      },
      (parts) => {
        parts.set(
          "word/footnotes.xml",
          trackReplace(
            xmlPart(parts, "word/footnotes.xml"),
            "available from the Division",
            "available on request from the Division",
          ),
        );
        addComment(
          parts,
          "back-to-school campaign",
          "Which source?",
          undefined,
        );
      },
    );
    const before = p.read("contributions/2004/unicef.md");
    const result = await p.run(["review", "reviewed.docx", "--apply"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);

    const unicef = p.read("contributions/2004/unicef.md");
    expect(unicef).toContain(
      "where women and girls and young women can obtain",
    );
    expect(unicef).not.toContain("Drawing on that experience");
    expect(unicef).toContain(
      "risks to girls can be identified early.\n\nReviewers added this paragraph.\n\n## Disarmament",
    );
    // Only the reviewed words changed: the rest of the file is as it was.
    expect(unicef.split("\n").length).toBe(before.split("\n").length);
    const osagi = p.read("contributions/2004/osagi.md");
    // Emphasis and the footnote reference stay around the changed words.
    expect(osagi).toContain(
      "The report draws on the study of the Secretary-General, *Women, Peace and Security* (2002),[^study] and on the earlier report of the Secretary-General",
    );
    const daw = p.read("contributions/2004/daw.md");
    expect(daw).toContain("1. Ensure that women take part as equals at all");
    expect(daw).toContain(
      "[^1]: The report of the meeting is available on request from the Division.",
    );
    expect(p.read("contributions/2004/dpko.md")).toContain(
      "| Liberia (UNMIL) | 4 | 29 | 5 |",
    );
    // report.yaml is never rewritten; the title change is reported instead.
    expect(p.read("contributions/2004/report.yaml")).toContain(
      "title: Women and peace and security",
    );
    expect(result.stdout).toMatch(
      rx`Not applied \(2\):\n {2}masthead \(contributions\/2004\/report\.yaml:${LINES.title}\), Alice Editor: replaced "Women and peace and security" with "Women, peace and security" — generated text: change contributions\/2004\/report\.yaml by hand\n {2}para\. \d+ \(contributions\/2004\/unicef\.md:${LINES.unicefEducation}\), Alice Editor: changed the formatting of "Education in emergencies" — formatting comes from the template`,
    );
    expect(result.stdout).toMatch(
      rx`Open comments \(1\), never applied:\n {2}para\. \d+ \(contributions\/2004\/unicef\.md:${LINES.unicefAfghanistan}\), Alice Editor: "Which source\?"`,
    );

    const build = await p.run(["build", "--out", "rebuilt.docx"]);
    expect(build.code).toBe(0);
    const rebuilt = (await textOf(p, "rebuilt.docx")).split("\n");
    const wanted = (await textOf(p, "reviewed.docx")).split("\n");
    // Line by line the same, except the masthead title that was not applied.
    const differ = wanted
      .map((line, i) => [line, rebuilt[i]])
      .filter(([a, b]) => a !== b);
    expect(differ).toEqual([
      ["Women, peace and security", "Women and peace and security"],
    ]);
    expect(rebuilt.length).toBe(wanted.length);
  }, 60_000);

  it("reports moved text instead of guessing, and applies the rest", async () => {
    const p = await project();
    reviewed(p, (d) =>
      trackReplace(
        trackMove(d, "as much as one third", "The temporary"),
        "adolescent girls",
        "girls",
      ),
    );
    const result = await p.run(["review", "reviewed.docx", "--apply"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /moved text away: "as much as one third" — moved text is not applied/,
    );
    const unicef = p.read("contributions/2004/unicef.md");
    expect(unicef).toContain("made up as much as one third of the children");
    expect(unicef).toContain("where women and girls can obtain");
  }, 60_000);

  it("merges three-way with a commit made after the draft was built", async () => {
    const p = await project();
    reviewed(p, (d) =>
      trackReplace(d, "adolescent girls", "girls and young women"),
    );
    const file = "contributions/2004/unicef.md";
    p.write(
      file,
      p.read(file).replace("some 40,000 children", "some 41,000 children"),
    );
    commitAll(p.dir, "Newer figure from UNICEF");
    const result = await p.run(["review", "reviewed.docx", "--apply"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const merged = p.read(file);
    expect(merged).toContain("some 41,000 children");
    expect(merged).toContain("where women and girls and young women can");
  }, 60_000);

  it("reports a conflict with both wordings and writes nothing", async () => {
    const p = await project();
    reviewed(
      p,
      (d) => trackReplace(d, "adolescent girls", "girls and young women"),
      (parts) =>
        parts.set(
          "word/footnotes.xml",
          trackReplace(
            xmlPart(parts, "word/footnotes.xml"),
            "available from the Division",
            "available on request",
          ),
        ),
    );
    const file = "contributions/2004/unicef.md";
    p.write(file, p.read(file).replace("adolescent girls", "teenage girls"));
    commitAll(p.dir, "UNICEF rewords");
    const committed = p.read(file);
    const daw = p.read("contributions/2004/daw.md");
    const result = await p.run(["review", "reviewed.docx", "--apply"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "Nothing was written: the reviewed wording cannot be merged",
    );
    expect(result.stdout).toMatch(/now: +".*where women and teenage girls can/);
    expect(result.stdout).toMatch(
      /reviewed: +".*where women and girls and young women can/,
    );
    expect(p.read(file)).toBe(committed);
    // All or none: DAW's footnote, which alone would merge, is not written either.
    expect(p.read("contributions/2004/daw.md")).toBe(daw);
  }, 60_000);
});
