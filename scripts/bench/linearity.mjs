// Parsing takes time in proportion to the text: the same body repeated 64
// times (as many paragraphs) costs about 8 times the body repeated 8 times
// (at most 16), so nothing in the loader is quadratic in a file's length.
// 8 copies, not one, as the base: one copy parses in about a millisecond,
// where a collection or a compilation swamps the measurement. Timed, so it
// lives here and not in the tests (a busy machine would fail it now and
// then). Inputs: each sample contribution, and each with a piece of
// Markdown syntax that has made parsers slow dropped into every line.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const BASE = 8;
const COPIES = 64;
export const LINEARITY_LIMIT = 16;
const PIECES = ["", "*", "[", "](", "`", "> ", "[^1]", "<div>"];

/** The worst ratio of time(64 copies) / time(8 copies) over the inputs, with the input it came from. */
export async function measureLinearity(repo) {
  const { parseContribution } = await import(
    new URL("dist/load/load-contribution.js", `file://${repo}/`).href
  );
  const edition = path.join(repo, "contributions", "2004");
  const bodies = readdirSync(edition)
    .filter((name) => name.endsWith(".md"))
    .map((name) => ({
      name,
      body: readFileSync(path.join(edition, name), "utf8").replace(
        /^---[\s\S]*?---\n/,
        "",
      ),
    }));
  const file = "contributions/2004/unicef.md";
  const encode = (body, copies) =>
    new TextEncoder().encode(
      `---\nentity: UNICEF\nyear: 2004\n---\n\n${`${body}\n\n`.repeat(copies)}`,
    );
  const time = (bytes) => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const start = process.hrtime.bigint();
      parseContribution(bytes, file);
      runs.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return runs.sort((a, b) => a - b)[2];
  };
  let worst = { ratio: 0, input: "" };
  for (const { name, body } of bodies) {
    for (const piece of PIECES) {
      const text = body
        .split("\n")
        .map((line) => (line === "" ? line : `${piece}${line}`))
        .join("\n");
      const base = time(encode(text, BASE));
      const ratio = time(encode(text, COPIES)) / base;
      if (ratio > worst.ratio)
        worst = {
          ratio,
          input: `${name}${piece === "" ? "" : ` with "${piece}"`}`,
        };
    }
  }
  return { base: BASE, copies: COPIES, limit: LINEARITY_LIMIT, ...worst };
}
