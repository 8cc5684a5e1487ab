// An asterisk note on the title or symbol ("Reissued for technical
// reasons"; "Submitted late ..."), printed as UN documents print it: the
// mark `*` after the title or symbol, the note at the foot of page 1 with
// `*` as its mark, and the numbered notes still starting at 1.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { diffReports } from "../../src/diff/index.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { renderHtml } from "../../src/render/html/index.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderText } from "../../src/render/text.js";
import { docxToText } from "../../src/textconv/index.js";
import { runInProcess } from "../helpers/cli.js";
import { part, unzipDocx } from "../helpers/docx.js";
import {
  contribution,
  makeEdition,
  reportYaml,
  type TempEdition,
} from "../helpers/edition.js";
import { libreOfficeMissing } from "../helpers/libreoffice.js";
import { validateDocx, validatorMissing } from "../helpers/validate-docx.js";

const LATE =
  "The present report was submitted late so as to include the most recent information.";
/** The first numbered note: the United Nations entities the introduction acknowledges. */
const UNICEF = "United Nations Children’s Fund.";
const REISSUED = "Reissued for technical reasons on 20 October 2004.";

function edition(extra: string, symbol = "S/2004/814"): TempEdition {
  return makeEdition({
    "report.yaml": reportYaml({ extra }).replace(
      "symbol: S/2004/814",
      `symbol: ${symbol}`,
    ),
    "unicef.md": contribution(
      "UNICEF",
      "## Peacekeeping operations\n\nUNICEF trained child protection advisers.[^1]\n\n[^1]: In 2004.\n",
    ),
  });
}

async function report(project: TempEdition) {
  return (await buildReport(project.root, project.dir, { cache: false }))
    .report;
}

describe("an asterisk note on the title", () => {
  it("is a custom-mark footnote in the DOCX: the reference marked *, the note first, the numbered notes after it", async () => {
    const parts = unzipDocx(
      await renderDocx(await report(edition(`title_note: ${LATE}`))),
    );
    const document = part(parts, "word/document.xml");
    const title = /<w:pStyle w:val="Title"\/>[\s\S]*?<\/w:p>/.exec(
      document,
    )?.[0];
    expect(title).toContain(
      '<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t xml:space="preserve">*</w:t>',
    );
    // The numbered notes' references moved up one: UNICEF's note and the generated ones.
    const ids = [
      ...document.matchAll(
        /<w:footnoteReference (?:w:customMarkFollows="1" )?w:id="(\d+)"/g,
      ),
    ].map((m) => Number(m[1]));
    expect(ids[0]).toBe(1);
    expect(ids.slice(1).every((id) => id >= 2)).toBe(true);
    expect(ids).toContain(2);
    const footnotes = part(parts, "word/footnotes.xml");
    const notes = [
      ...footnotes.matchAll(
        /<w:footnote\b[^>]*w:id="(-?\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g,
      ),
    ];
    // File order = id order = reading order: LibreOffice pairs them so.
    expect(notes.map((m) => Number(m[1]))).toEqual(
      [...notes.map((m) => Number(m[1]))].sort((a, b) => a - b),
    );
    const first = notes.find((m) => m[1] === "1")?.[2] ?? "";
    expect(first).toContain('<w:t xml:space="preserve">*</w:t>');
    expect(first).not.toContain("<w:footnoteRef/>");
    expect(first).toContain(LATE);
  });

  it("reads back as the canonical text: the mark after the title, `* note` before [1]", async () => {
    const built = await report(edition(`title_note: ${LATE}`));
    const text = renderText(built);
    expect(text).toContain("\nWomen and peace and security*\n");
    expect(text).toMatch(
      new RegExp(
        `\\nNotes\\n\\n\\* ${LATE.replace(/\./g, "\\.")}\\n\\[1\\] ${UNICEF}\\n`,
      ),
    );
    expect(docxToText(await renderDocx(built))).toBe(text);
  });

  it("is in the Markdown and HTML drafts, before the numbered notes", async () => {
    const built = await report(edition(`title_note: ${LATE}`));
    const markdown = renderMarkdown(built);
    expect(markdown).toContain("# Women and peace and security\\*\n");
    expect(markdown.indexOf(`\\* ${LATE}`)).toBeLessThan(
      markdown.indexOf("[^1]: "),
    );
    const html = renderHtml(built);
    expect(html).toContain(
      '<h1 class="title">Women and peace and security<sup class="fnref"><a href="#note-title" id="noteref-title">*</a></sup></h1>',
    );
    expect(html).toMatch(
      /<li id="note-title" class="asterisk">.*?>\*<\/a><p>The present report was submitted late/,
    );
    expect(html.indexOf('id="note-title"')).toBeLessThan(
      html.indexOf('id="fn-1"'),
    );
  });

  it("is a change the diff names, and leaves note 1 alone", async () => {
    const before = await report(edition(""));
    const after = await report(edition(`title_note: ${LATE}`));
    expect(
      diffReports(before, after).changes.map((c) => `${c.type} ${c.place}`),
    ).toEqual(["changed masthead (title note)"]);
  });

  it.skipIf(validatorMissing !== undefined)(
    `passes validate-docx${validatorMissing === undefined ? "" : ` (skipped: ${validatorMissing})`}`,
    async () => {
      const project = edition(`title_note: ${LATE}`);
      const file = path.join(project.root, "late.docx");
      writeFileSync(file, await renderDocx(await report(project)));
      const { status, findings } = validateDocx([file]);
      expect(findings).toEqual([]);
      expect(status).toBe(0);
    },
  );
});

describe("an asterisk note on a reissued symbol", () => {
  it("takes the symbol's own * as its mark", async () => {
    const built = await report(
      edition(`symbol_note: ${REISSUED}`, "S/2004/814*"),
    );
    const text = renderText(built);
    expect(text).toContain("\nS/2004/814*\n");
    expect(text).toContain(`\nNotes\n\n* ${REISSUED}\n[1] ${UNICEF}\n`);
    const docx = await renderDocx(built);
    expect(docxToText(docx)).toBe(text);
    const document = part(unzipDocx(docx), "word/document.xml");
    expect(document).toContain(
      '<w:t xml:space="preserve">S/2004/814</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t xml:space="preserve">*</w:t>',
    );
  });

  it("and a second note are refused at the key, as a draft has one asterisk note", async () => {
    for (const [extra, symbol] of [
      [`symbol_note: ${REISSUED}\ntitle_note: ${LATE}`, "S/2004/814*"],
      [`title_note: ${LATE}`, "S/2004/814*"],
    ] as const) {
      const project = edition(extra, symbol);
      const result = await runInProcess(["build"], { cwd: project.root });
      expect(result.code).toBe(2);
      const line =
        readFileSync(path.join(project.editionPath, "report.yaml"), "utf8")
          .split("\n")
          .findIndex((l) => l.startsWith("title_note:")) + 1;
      expect(result.stderr).toContain(`report.yaml:${line}:13`);
      expect(result.stderr).toContain("a draft has one asterisk note");
    }
  });
});

describe.skipIf(libreOfficeMissing !== undefined)(
  `read by LibreOffice and pandoc${libreOfficeMissing === undefined ? "" : ` (skipped: ${libreOfficeMissing})`}`,
  () => {
    it("LibreOffice shows * with the note and 1 with the first numbered note; pandoc reads both notes", async () => {
      const project = edition(`title_note: ${LATE}`);
      const docx = path.join(project.root, "late.docx");
      writeFileSync(docx, await renderDocx(await report(project)));
      const converted = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${path.join(project.root, "lo-profile")}`,
          "--headless",
          "--convert-to",
          "fodt",
          "--outdir",
          project.root,
          docx,
        ],
        { encoding: "utf8", timeout: 170_000 },
      );
      expect(converted.status, converted.stderr).toBe(0);
      const fodt = readFileSync(path.join(project.root, "late.fodt"), "utf8");
      const notes = [
        ...fodt.matchAll(
          /<text:note-citation(?: text:label="([^"]*)")?>([^<]*)<\/text:note-citation><text:note-body>([\s\S]*?)<\/text:note-body>/g,
        ),
      ].map(
        (m) =>
          `${m[2]} ${(m[3] ?? "")
            .replace(/<[^>]+>/g, "")
            .replace(/\s+/g, " ")
            .trim()}`,
      );
      expect(notes[0]).toBe(`* ${LATE}`);
      expect(notes[1]).toBe(`1 ${UNICEF}`);
      // The title carries the mark once, as LibreOffice prints it.
      expect(fodt).toMatch(
        /<text:p text:style-name="Title">Women and peace and security<text:note [^>]*><text:note-citation text:label="\*">\*<\/text:note-citation><text:note-body>[\s\S]*?<\/text:note-body><\/text:note><\/text:p>/,
      );
      const pandoc = spawnSync("pandoc", [docx, "-t", "plain", "--wrap=none"], {
        encoding: "utf8",
        timeout: 60_000,
      });
      if (pandoc.error === undefined) {
        expect(pandoc.stdout).toContain("Women and peace and security");
        expect(pandoc.stdout).toContain(LATE);
        expect(pandoc.stdout).toContain("In 2004.");
      }
    });
  },
);
