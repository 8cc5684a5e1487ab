// The United Nations emblem in the masthead, from the image report.yaml's
// `emblem` names (the project ships none: the tests draw their own). It
// stands left of the organ's name, under "United Nations", as Security
// Council documents print it.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../../../src/render/docx/index.js";
import { renderHtml } from "../../../src/render/html/index.js";
import { renderJson } from "../../../src/render/json.js";
import { buildReport } from "../../../src/build-report.js";
import { runInProcess } from "../../helpers/cli.js";
import { part, unzipDocx } from "../../helpers/docx.js";
import {
  contribution,
  makeEdition,
  reportYaml,
  type TempEdition,
} from "../../helpers/edition.js";
import {
  docxToPdf,
  libreOfficeMissing,
  pdfFirstPageToPng,
  pdfText,
} from "../../helpers/libreoffice.js";
import { countPixels, readPng } from "../../helpers/png.js";
import { makePng } from "../../helpers/report.js";
import { validateDocx, validatorMissing } from "../../helpers/validate-docx.js";

/** A stand-in for the emblem: a blue disc on white, 120 × 100 pixels. */
function blueDisc(): Uint8Array {
  return makePng(120, 100, (x, y) =>
    (x - 60) ** 2 + (y - 50) ** 2 < 45 ** 2 ? [20, 60, 200] : [255, 255, 255],
  );
}

function edition(emblem: string | undefined, files = {}): TempEdition {
  return makeEdition({
    "report.yaml": reportYaml({
      extra: emblem === undefined ? "" : `emblem: ${emblem}`,
    }),
    "unicef.md": contribution(
      "UNICEF",
      "## Peacekeeping operations\n\nUNICEF trained child protection advisers.\n",
    ),
    "/assets/un-emblem.png": blueDisc(),
    ...files,
  });
}

async function build(project: TempEdition): Promise<Uint8Array> {
  const { report } = await buildReport(project.root, project.dir, {
    cache: false,
  });
  return renderDocx(report);
}

describe("the emblem in the masthead", () => {
  it("stands in its own column left of the organ's name, under United Nations", async () => {
    const parts = unzipDocx(await build(edition("../../assets/un-emblem.png")));
    const document = part(parts, "word/document.xml");
    const masthead = document.slice(0, document.indexOf("</w:tbl>"));
    // Three columns: emblem, organ, symbol and distribution; "United Nations" spans the first two.
    expect(masthead.match(/<w:gridCol /g)).toHaveLength(3);
    expect(masthead).toMatch(/<w:gridSpan w:val="2"\/>[\s\S]*United Nations/);
    const secondRow = masthead.slice(masthead.lastIndexOf("<w:tr>"));
    expect(secondRow.indexOf("<w:drawing>")).toBeGreaterThan(0);
    expect(secondRow.indexOf("<w:drawing>")).toBeLessThan(
      secondRow.indexOf("Security Council"),
    );
    expect(secondRow).toContain('descr="United Nations emblem"');
    // The image is the file's own bytes.
    const media = [...parts.keys()].filter((name) =>
      name.startsWith("word/media/"),
    );
    expect(media).toHaveLength(1);
  });

  it("is in the HTML draft as an inline image beside the organ, and named (not dumped) in JSON", async () => {
    const project = edition("../../assets/un-emblem.png");
    const { report } = await buildReport(project.root, project.dir, {
      cache: false,
    });
    const html = renderHtml(report);
    expect(html).toContain('<header class="masthead with-emblem">');
    expect(html).toMatch(
      /<div class="symbol">S\/2004\/814<\/div>\n<div class="emblem"><img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="United Nations emblem"><\/div>\n<div class="organ">Security Council<\/div>/,
    );
    const json = JSON.parse(renderJson(report)) as {
      meta: { emblem?: Record<string, unknown> };
    };
    expect(json.meta.emblem).toEqual({
      file: "assets/un-emblem.png",
      type: "png",
      width: 120,
      height: 100,
    });
  });

  it("leaves the two-column masthead as it was without an emblem", async () => {
    const document = part(
      unzipDocx(await build(edition(undefined))),
      "word/document.xml",
    );
    const masthead = document.slice(0, document.indexOf("</w:tbl>"));
    expect(masthead.match(/<w:gridCol /g)).toHaveLength(2);
    expect(masthead).not.toContain("<w:drawing>");
  });

  it("gives the same bytes every build, in one process and after another draft", async () => {
    const project = edition("../../assets/un-emblem.png");
    const first = await build(project);
    await build(edition(undefined));
    const again = await build(project);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it.skipIf(validatorMissing !== undefined)(
    `passes validate-docx${validatorMissing === undefined ? "" : ` (skipped: ${validatorMissing})`}`,
    async () => {
      const project = edition("../../assets/un-emblem.png");
      const file = path.join(project.root, "emblem.docx");
      writeFileSync(file, await build(project));
      const { status, findings } = validateDocx([file]);
      expect(findings).toEqual([]);
      expect(status).toBe(0);
    },
  );

  it("may sit in the edition folder without being reported as an unused image", async () => {
    const project = edition("images/un-emblem.png", {
      "images/un-emblem.png": blueDisc(),
    });
    const result = await runInProcess(["validate"], { cwd: project.root });
    expect(result.stdout + result.stderr).not.toContain("file/unused-image");
    expect(result.code).toBe(0);
  });
});

describe("a missing or unreadable emblem", () => {
  const cases: [string, string, Record<string, string | Uint8Array>, RegExp][] =
    [
      [
        "a file that does not exist",
        "../../assets/missing.png",
        {},
        /The emblem file assets\/missing\.png does not exist/,
      ],
      [
        "a file that is not an image",
        "../../assets/fake.png",
        { "/assets/fake.png": "not a picture" },
        /The emblem file assets\/fake\.png is not a PNG or JPEG image/,
      ],
      [
        "a path out of the project",
        "../../../emblem.png",
        {},
        /The emblem \.\.\/\.\.\/\.\.\/emblem\.png lies outside the project/,
      ],
      [
        "a file that is not a PNG or JPEG by its name",
        "../../assets/emblem.svg",
        {},
        /`emblem` is `\.\.\/\.\.\/assets\/emblem\.svg`, expected the path of a \.png or \.jpg file/,
      ],
    ];
  for (const [what, value, files, message] of cases)
    it(`is a configuration error at the emblem key: ${what}`, async () => {
      const project = edition(value, files);
      const result = await runInProcess(["build"], { cwd: project.root });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      // report.yaml's `emblem:` is its last line (after the roster), column 9.
      const line =
        readFileSync(path.join(project.editionPath, "report.yaml"), "utf8")
          .split("\n")
          .findIndex((l) => l.startsWith("emblem:")) + 1;
      expect(result.stderr).toContain(`report.yaml:${line}:9`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
});

describe.skipIf(libreOfficeMissing !== undefined)(
  `page 1 printed with an emblem${libreOfficeMissing === undefined ? "" : ` (skipped: ${libreOfficeMissing})`}`,
  () => {
    /** Page 1 at 50 dpi, and its text. */
    async function printed(project: TempEdition, name: string) {
      const docx = path.join(project.root, `${name}.docx`);
      writeFileSync(docx, await build(project));
      const pdf = docxToPdf(docx);
      return {
        png: readPng(pdfFirstPageToPng(pdf, name)),
        text: pdfText(pdf, ["-layout", "-f", "1", "-l", "1"]),
      };
    }
    const blue = (r: number, g: number, b: number) => b - r > 80 && b - g > 60;

    it("shows the emblem at the left of the masthead, and the title on the same page", async () => {
      const withEmblem = await printed(
        edition("../../assets/un-emblem.png"),
        "with",
      );
      const without = await printed(edition(undefined), "without");
      // A4 at 50 dpi; the masthead's second band, left of the organ's name:
      // from the left margin (2.5 cm, 49 px) 1.8 cm across, from 2.5 cm to 6 cm down.
      expect(withEmblem.png.width).toBeGreaterThanOrEqual(413);
      expect(withEmblem.png.width).toBeLessThanOrEqual(414);
      const emblemArea = { x: 49, y: 49, width: 36, height: 70 };
      expect(countPixels(withEmblem.png, emblemArea, blue)).toBeGreaterThan(
        200,
      );
      // Nothing blue anywhere on the page without it (text and rules are black).
      const page = { x: 0, y: 0, width: 414, height: 585 };
      expect(countPixels(without.png, page, blue)).toBe(0);
      // All the blue is in that area: the emblem is nowhere else.
      expect(countPixels(withEmblem.png, page, blue)).toBe(
        countPixels(withEmblem.png, emblemArea, blue),
      );
      for (const seen of [
        "United Nations",
        "Security Council",
        "Women and peace and security",
        "Report of the Secretary-General",
      ])
        expect(withEmblem.text).toContain(seen);
    });
  },
);
