import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../helpers/seeded-random.js";
import { markdownProcessor } from "../../src/load/markdown.js";
import { readPlainMarkdown } from "../../src/load/plain-markdown.js";
import { splitFrontMatter } from "../../src/load/front-matter.js";

const root = path.resolve(import.meta.dirname, "../..");

// Prose, and the near-misses of every construct the reader leaves to micromark.
const WORDS = [
  ...[
    "women",
    "Peace",
    "S/2004/814",
    "per cent",
    "UN-HABITAT",
    "1325",
    "(2000)",
  ],
  ...[
    "e.g.",
    "a:",
    "x^2",
    "^",
    "[",
    "]",
    "[x]",
    "[^1]",
    "[^2]",
    "[^a]",
    "[^A]",
  ],
  ...[
    "[^undefined]",
    "[^1]:",
    "*",
    "_",
    "`",
    "<",
    ">",
    "!",
    "&",
    "\\",
    "~",
    "|",
  ],
  ...["#", "##", "-", "--", "---", "+", "=", "1.", "2)", "10.", "www.un.org"],
  ...[
    "http",
    "a@b.org",
    "“quoted”",
    "é",
    "\u00a0",
    "\u2028",
    "'",
    '"',
    "%",
    "$",
  ],
];
const LINE_STARTS = [
  ...[
    "",
    "",
    "",
    "",
    "",
    "## ",
    "# ",
    "###### ",
    "####### ",
    "#",
    "- ",
    "- ",
    "-",
  ],
  ...[
    "+ ",
    "* ",
    "1. ",
    "2. ",
    "1) ",
    "> ",
    " ",
    "  ",
    "    ",
    "\t",
    "=",
    "[^1]: ",
  ],
  ...["[^2]: ", "[^a]: ", "[^1]:", "[^x]: ", "--- ", "## #"],
];

/** A document of lines: mostly plain prose, headings, items and notes, with near-misses mixed in. */
function document(seed: number): string {
  const r = seededRandom(seed);
  const lines: string[] = [];
  const count = 1 + r.int(12);
  for (let i = 0; i < count; i++) {
    if (r.chance(0.3)) {
      lines.push("");
      continue;
    }
    const words = Array.from({ length: r.int(6) }, () =>
      r.chance(0.95) ? r.pick(WORDS.slice(0, 7)) : r.pick(WORDS),
    );
    const start = r.chance(0.4)
      ? ""
      : r.pick(LINE_STARTS.slice(0, r.chance(0.8) ? 12 : undefined));
    const end = r.pick(["", "", "", "", ".", "[^1]", " ", "  ", "[^2]."]);
    lines.push(start + words.join(r.pick([" ", " ", "", "  "])) + end);
  }
  if (r.chance(0.5)) lines.push(r.pick(["", "", "x"]), "[^1]: See S/2004/814.");
  if (r.chance(0.3)) lines.push(r.pick(["", "", "x"]), "[^2]: See [^1].");
  const text = lines.join("\n");
  return r.chance(0.5) ? `${text}\n` : text;
}

describe("reading plain prose without micromark", () => {
  it("builds the tree micromark builds, positions and all, or leaves the text to it", () => {
    let read = 0;
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const text = document(seed);
        const plain = readPlainMarkdown(text);
        if (plain === undefined) return;
        read++;
        expect(JSON.stringify(plain, null, 1), text).toBe(
          JSON.stringify(markdownProcessor.parse(text), null, 1),
        );
      }),
      { numRuns: Number(process.env.PLAIN_MARKDOWN_RUNS ?? 20000) },
    );
    // The comparison means something only if many documents are in the reader's shapes.
    expect(read).toBeGreaterThan(1000);
  });

  it("reads the plain contributions of the sample edition itself", () => {
    const folder = path.join(root, "contributions", "2004");
    const read = readdirSync(folder)
      .filter((name) => name.endsWith(".md"))
      .filter((name) => {
        const { body } = splitFrontMatter(
          readFileSync(path.join(folder, name), "utf8"),
        );
        const plain = readPlainMarkdown(body);
        if (plain !== undefined)
          expect(JSON.stringify(plain)).toBe(
            JSON.stringify(markdownProcessor.parse(body)),
          );
        return plain !== undefined;
      });
    // Those without emphasis, links, tables, images or comments (see the module's header).
    expect(read).toEqual(
      expect.arrayContaining([
        "dda.md",
        "ilo.md",
        "iom.md",
        "ocha.md",
        "unhcr.md",
      ]),
    );
  });
});
