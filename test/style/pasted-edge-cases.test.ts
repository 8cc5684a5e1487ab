import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { runInProcess } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { styleFindings } from "../helpers/style.js";
import { diagnosticsFor } from "../helpers/validate.js";
import { parseContribution } from "../../src/load/load-contribution.js";

// Front matter: lines 1-5; the heading is line 6, the first paragraph line 8.
const findings = (text: string, rule: string) =>
  styleFindings(
    {
      "report.yaml": reportYaml(),
      "dpko.md": contribution(
        "DPKO",
        `## Peacekeeping operations\n\n${text}\n`,
      ),
    },
    rule,
  );

describe("style/pasted-bullet", () => {
  it("leaves a bullet in a code span, in fenced code and mid-line alone", async () => {
    expect(
      await findings(
        "Write `• item` like this.\n\n```\n• fenced\n```\n\nA list • inside a line.",
        "style/pasted-bullet",
      ),
    ).toEqual([]);
  });

  it("takes a dash for a bullet only at a paragraph's start or when two lines start with it", async () => {
    expect(
      await findings(
        "The programme\n– which began in 2003 – grew.\n\nIt covered:\n– police;\n– courts.\n\n— one item",
        "style/pasted-bullet",
      ),
    ).toEqual([
      'dpko.md:12:1 style/pasted-bullet Unexpected `–` at the start of a line: a bullet pasted from Word is a plain character here, so the list would run on as one paragraph in the draft; expected `- ` => "- " (2 chars)',
      'dpko.md:13:1 style/pasted-bullet Unexpected `–` at the start of a line: a bullet pasted from Word is a plain character here, so the list would run on as one paragraph in the draft; expected `- ` => "- " (2 chars)',
      'dpko.md:15:1 style/pasted-bullet Unexpected `—` at the start of a line: a bullet pasted from Word is a plain character here, so the list would run on as one paragraph in the draft; expected `- ` => "- " (2 chars)',
    ]);
  });

  it("nests Word's second level under the first, takes the tab with the sign, and gives no fix inside a list", async () => {
    const found = await findings(
      "It covered:\n•\tpolice;\no\tcommunity police;\n◦ courts.\n\n- a real item\n  ▪ pasted inside it",
      "style/pasted-bullet",
    );
    expect(found.map((f) => f.replace(/ Unexpected.*=>/, " =>"))).toEqual([
      'dpko.md:9:1 style/pasted-bullet => "- " (2 chars)',
      'dpko.md:10:1 style/pasted-bullet => "  - " (2 chars)',
      'dpko.md:11:1 style/pasted-bullet => "  - " (2 chars)',
      "dpko.md:14:3 style/pasted-bullet Unexpected `▪` at the start of a line: a bullet pasted from Word is a plain character here, so the list would run on as one paragraph in the draft; expected `- `",
    ]);
  });

  it("reports a bullet in a table cell or a quotation with no fix, and in YAML's terms outside a `|` text", async () => {
    const md = await findings(
      "| Area | Work |\n| --- | --- |\n| Police | • training |\n\n> • quoted item",
      "style/pasted-bullet",
    );
    expect(md.map((f) => f.replace(/ Unexpected.*/, ""))).toEqual([
      "dpko.md:10:12 style/pasted-bullet",
      "dpko.md:12:3 style/pasted-bullet",
    ]);
    expect(md.every((f) => !f.includes("=>"))).toBe(true);
    const { root, dir } = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.yaml":
        'entity: UNICEF\nyear: 2004\nsections:\n  Peacekeeping operations: "• one item"\n',
    });
    const { diagnostics } = await buildReport(root, dir);
    const bullet = diagnostics.find((d) => d.ruleId === "style/pasted-bullet");
    expect(bullet?.fix).toBeUndefined();
    expect(bullet?.hint).toContain(
      "on its own line of the text under `Peacekeeping operations:`, written as `key: |`",
    );
  });

  it("--fix mends a bullet followed by a non-breaking space once, whichever rule's fix lands", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "dpko.md": contribution(
        "DPKO",
        "## Peacekeeping operations\n\nIt covered:\n•\u00a0police;\n(a)\u00a0courts;\n(b)\tprisons.\n",
      ),
    });
    await runInProcess(["validate", "--fix"], { cwd: edition.root });
    expect(
      readFileSync(path.join(edition.editionPath, "dpko.md"), "utf8"),
    ).toContain("It covered:\n- police;\n- courts;\n- prisons.\n");
  });

  it("the fixed lines are a list with a nested item", () => {
    const fixed = contribution(
      "DPKO",
      "## Peacekeeping operations\n\nIt covered:\n- police;\n  - community police;\n- courts.\n",
    );
    const parsed = parseContribution(new TextEncoder().encode(fixed), "x.md");
    const blocks = parsed.contribution?.sections[0]?.blocks ?? [];
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "list"]);
    const list = blocks[1];
    expect(list?.type === "list" ? list.children.length : 0).toBe(2);
  });
});

describe("style/pasted-note-mark", () => {
  it("leaves a raised number in a code span and a unit's exponent alone", async () => {
    expect(
      await findings(
        "Type `¹` for a note. The camp covers 4 km² and holds 300 m³ of water.",
        "style/pasted-note-mark",
      ),
    ).toEqual([]);
  });

  it("moves the mark behind punctuation when the note exists, and fixes nothing without a note or inside one", async () => {
    expect(
      await findings(
        "Violence against women¹. Others²³.\n\n[^1]: A note with a raised ⁴ in it.",
        "style/pasted-note-mark",
      ),
    ).toEqual([
      'dpko.md:8:23 style/pasted-note-mark Unexpected raised number `¹`: a note mark pasted from Word is a plain character here, so the draft would print no footnote; expected `[^1]` => ".[^1]" (2 chars)',
      "dpko.md:8:32 style/pasted-note-mark Unexpected raised number `²³`: a note mark pasted from Word is a plain character here, so the draft would print no footnote; expected `[^23]`",
      "dpko.md:10:28 style/pasted-note-mark Unexpected raised number `⁴`: a note mark pasted from Word is a plain character here, so the draft would print no footnote; expected `[^4]`",
    ]);
  });

  it("keeps the space after a raised number that opens a list item's line: a mark there, not a note", async () => {
    const found = await findings(
      "The Council:\n\n- ¹ noted.\n\n[^1]: The note.",
      "style/pasted-note-mark",
    );
    expect(found.map((f) => f.replace(/ Unexpected.*?(=>|$)/, " $1"))).toEqual([
      'dpko.md:10:3 style/pasted-note-mark => "[^1] " (2 chars)',
    ]);
  });

  it("does not turn a pasted note into `[^1]:` when the file already has note 1", async () => {
    const found = await findings(
      "Text.[^1]\n\n¹ Pasted again.\n\n[^1]: The note.",
      "style/pasted-note-mark",
    );
    expect(found).toEqual([
      "dpko.md:10:1 style/pasted-note-mark Unexpected `¹` at the start of a line: this reads as a note pasted from Word, which the draft would print as an ordinary paragraph; expected `[^1]: `",
    ]);
  });
});

describe("style/typed-numbering", () => {
  it("fixes a run from (a) but not a lone (a), roman numerals or a broken run", async () => {
    const found = await findings(
      "(a) alone.\n\nThe Council:\na) first;\nb) second.\n\n(i) one;\n(ii) two.\n\n(a) one;\n(c) three.",
      "style/typed-numbering",
    );
    expect(found.map((f) => f.replace(/ Unexpected.*?(=>|$)/, " $1"))).toEqual([
      "dpko.md:8:1 style/typed-numbering ",
      'dpko.md:11:1 style/typed-numbering => "- " (3 chars)',
      'dpko.md:12:1 style/typed-numbering => "- " (3 chars)',
      "dpko.md:14:1 style/typed-numbering ",
      "dpko.md:15:1 style/typed-numbering ",
      "dpko.md:17:1 style/typed-numbering ",
      "dpko.md:18:1 style/typed-numbering ",
    ]);
  });

  it("leaves a list typed the Markdown way, and `(a)` inside a sentence, alone", async () => {
    expect(
      await findings(
        "The Council:\n\n1. first;\n2. second.\n\nAs in (a) above.",
        "style/typed-numbering",
      ),
    ).toEqual([]);
  });
});

describe("style/indented-paragraph and markdown/code-block", () => {
  it("takes an indented paragraph of sentences from markdown/code-block, and leaves code to it", async () => {
    const found = await diagnosticsFor(
      {
        "report.yaml": reportYaml(),
        "dpko.md": contribution(
          "DPKO",
          [
            "## Peacekeeping operations", // 6
            "",
            "    The missions trained women police officers in the field.", // 8
            "",
            "Between them, a paragraph.", // 10
            "",
            "    const x = { a: 1 };", // 12
            "",
            "```", // 14
            "Fenced text is meant as code, whatever it says.",
            "```",
            "",
          ].join("\n"),
        ),
      },
      { only: "" },
    );
    expect(
      found.filter((f) => /code-block|indented-paragraph/.test(f)),
    ).toEqual([
      "dpko.md:8:1 error style/indented-paragraph This paragraph starts with 4 spaces, so the draft would print it as computer code; expected it to start at the beginning of the line",
      "dpko.md:12:1 error markdown/code-block Unexpected code block, expected paragraphs of report text",
      "dpko.md:14:1 error markdown/code-block Unexpected code block, expected paragraphs of report text",
    ]);
  });

  it("fixes each paragraph of an indented block, and none whose text would start a list", async () => {
    expect(
      await findings(
        "\tFirst pasted paragraph, indented.\n\tIts second line.\n\n\tSecond pasted paragraph.\n\nText.\n\n\t- looks like a list item here",
        "style/indented-paragraph",
      ).then((found) => found.map((f) => f.replace(/ This.*?(=>|$)/, " $1"))),
    ).toEqual([
      'dpko.md:8:1 style/indented-paragraph => "" (1 chars)',
      'dpko.md:11:1 style/indented-paragraph => "" (1 chars)',
      "dpko.md:15:1 style/indented-paragraph ",
    ]);
  });
});

describe("style/invisible-character", () => {
  it("keeps the spaces United Nations style puts next to numbers and the joiners other scripts need", async () => {
    expect(
      await findings(
        "Resolution\u00a01325\u00a0(2000), 15\u202fper cent, in Persian \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645, and \u{1F469}\u200d\u{1F4BB}.",
        "style/invisible-character",
      ),
    ).toEqual([]);
  });

  it("replaces a non-breaking space between words, removes zero-width characters, and only advises on 10\u202f000", async () => {
    expect(
      (
        await findings(
          "Women\u00a0and peace\u200b and se\u00adcurity, \ufeffjoined\u2060, 10\u202f000 women.",
          "style/invisible-character",
        )
      ).map((f) => f.replace(/ Unexpected.*?(=>|$)/, " $1")),
    ).toEqual([
      'dpko.md:8:6 style/invisible-character => " " (1 chars)',
      'dpko.md:8:16 style/invisible-character => "" (1 chars)',
      'dpko.md:8:24 style/invisible-character => "" (1 chars)',
      'dpko.md:8:33 style/invisible-character => "" (1 chars)',
      'dpko.md:8:40 style/invisible-character => "" (1 chars)',
      "dpko.md:8:45 style/invisible-character ",
    ]);
  });
});

describe("style/link-without-scheme", () => {
  it("adds the scheme only where the address is certainly a web or e-mail address", async () => {
    expect(
      (
        await findings(
          "See [a](https://www.un.org), [b](mailto:x@un.org), [c](#top), [d](report.pdf), [e](//www.un.org/sc), [f](women@un.org), [g](unwomen.org/en?x=1).",
          "style/link-without-scheme",
        )
      ).map((f) => f.replace(/ Unexpected.*?(=>|$)/, " $1")),
    ).toEqual([
      'dpko.md:8:84 style/link-without-scheme => "https:" (0 chars)',
      'dpko.md:8:106 style/link-without-scheme => "mailto:" (0 chars)',
      'dpko.md:8:125 style/link-without-scheme => "https://" (0 chars)',
    ]);
  });
});
