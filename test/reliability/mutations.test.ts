import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { parseContribution } from "../../src/load/load-contribution.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderText } from "../../src/render/text.js";
import { repoRoot } from "../helpers/cli.js";
import { memorySource } from "../helpers/memory-source.js";

/**
 * Whatever a pull request does to a contribution (bytes inserted, deleted
 * or flipped, lines shuffled, the file cut short, Markdown punctuation
 * dropped in), load -> validate -> merge -> render never throws: it gives
 * a draft or diagnostics. fast-check prints the seed and the shrunk input
 * of a failure; FC_SEED=<seed> replays it.
 */

const DIR = "contributions/2004";
const edition = path.join(repoRoot, DIR);
const reportYaml = readFileSync(path.join(edition, "report.yaml"));
const image = readFileSync(path.join(edition, "unfpa-training.png"));
const samples = readdirSync(edition)
  .filter((name) => /\.(md|yaml)$/.test(name) && name !== "report.yaml")
  .map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(path.join(edition, name))),
  }));

/** Pieces of Markdown and YAML syntax: random bytes alone rarely reach the parsers' corners. */
const SYNTAX = [
  "\n",
  "\n\n",
  "## ",
  "### ",
  "# ",
  "- ",
  "1. ",
  "> ",
  "    ",
  "\t",
  "---\n",
  "```\n",
  "|",
  "| a | b |\n|---|---|\n",
  "[^1]",
  "[^1]: note\n",
  "[^contributors]",
  "*",
  "**",
  "_",
  "~~",
  "`",
  "[",
  "](",
  ")",
  "![x](unfpa-training.png)",
  "![x](../report.yaml)",
  "<div>",
  "<!-- wps-report-disable style/per-cent -- a reason -->",
  "<!-- wps-report-disable",
  "&amp;",
  "\\",
  "https://un.org",
  "a@b.org",
  ": ",
  "&a ",
  "*a",
  "{",
  "entity: ",
  "year: 2004\n",
  "sections:\n  ",
  "\uFEFF",
  "\u00A0",
  "\u200B",
  "\r\n",
  "\u0000",
  "é",
  "😀",
].map((text) => new TextEncoder().encode(text));

type Mutation = (bytes: Uint8Array) => Uint8Array;

const at = (bytes: Uint8Array, fraction: number) =>
  Math.floor(fraction * (bytes.length + 1));

/**
 * Where in the file, as a fraction, uniformly (fc.double is uniform over
 * representable doubles, nearly all of them close to 0, which would put
 * almost every change in the front matter).
 */
const where = fc
  .noBias(fc.integer({ min: 0, max: 1_000_000 }))
  .map((n) => n / 1_000_000);

const insert =
  (inserted: Uint8Array, fraction: number) => (bytes: Uint8Array) => {
    const i = at(bytes, fraction);
    return Buffer.concat([bytes.subarray(0, i), inserted, bytes.subarray(i)]);
  };

/** Lines in a seeded random order: from `from` on (the body), or all of them. */
const shuffleLines =
  (seed: number, bodyOnly: boolean) => (bytes: Uint8Array) => {
    const lines = new TextDecoder().decode(bytes).split("\n");
    const from = bodyOnly ? Math.min(lines.length, 6) : 0;
    let state = seed || 1;
    for (let i = lines.length - 1; i > from; i--) {
      state = (state * 48271) % 2147483647;
      const j = from + (state % (i - from + 1));
      [lines[i], lines[j]] = [lines[j] ?? "", lines[i] ?? ""];
    }
    return new TextEncoder().encode(lines.join("\n"));
  };

/**
 * Weighted so that many mutated files stay close enough to valid to reach
 * merge and the renderers, while every kind of damage still happens often.
 */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(where, fc.constantFrom(...SYNTAX))
      .map(([w, text]) => insert(text, w)),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(where, fc.string({ unit: "grapheme", maxLength: 12 }))
      .map(([w, text]) => insert(new TextEncoder().encode(text), w)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(where, fc.uint8Array({ minLength: 1, maxLength: 8 }))
      .map(([w, bytes]) => insert(bytes, w)),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(where, fc.integer({ min: 1, max: 64 }))
      .map(([w, length]) => (bytes: Uint8Array) => {
        const i = at(bytes, w);
        return Buffer.concat([
          bytes.subarray(0, i),
          bytes.subarray(i + length),
        ]);
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(where, fc.integer({ min: 1, max: 255 }))
      .map(([w, mask]) => (bytes: Uint8Array) => {
        const copy = bytes.slice();
        const i = Math.min(at(bytes, w), copy.length - 1);
        if (i >= 0) copy[i] = (copy[i] ?? 0) ^ mask;
        return copy;
      }),
  },
  {
    weight: 1,
    arbitrary: where.map(
      (w) => (bytes: Uint8Array) => bytes.slice(0, at(bytes, w)),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.boolean())
      .map(([seed, bodyOnly]) => shuffleLines(seed, bodyOnly)),
  },
);

const mutatedContribution = fc.record({
  sample: fc.constantFrom(...samples),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
});

/** How many mutated editions were clean enough to render, per test: shown, so a property that never reaches the renderers is noticed. */
const rendered = { text: 0, docx: 0 };

async function buildMutated(
  name: string,
  bytes: Uint8Array,
  docx: boolean,
): Promise<void> {
  const files = new Map<string, Uint8Array>([
    [`${DIR}/report.yaml`, reportYaml],
    [`${DIR}/unfpa-training.png`, image],
    [`${DIR}/${name}`, bytes],
  ]);
  const result = await buildReport(repoRoot, DIR, {
    source: memorySource(files, repoRoot),
    cache: false,
  });
  for (const d of result.diagnostics) {
    // Every diagnostic points at a real place a focal point can open.
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
  if (result.diagnostics.some((d) => d.severity === "error")) return;
  renderText(result.report);
  renderMarkdown(result.report);
  rendered.text++;
  if (docx) {
    await renderDocx(result.report, { annotate: true });
    rendered.docx++;
  }
}

const seed = process.env["FC_SEED"];
const options = (numRuns: number) => ({
  numRuns,
  ...(seed === undefined ? {} : { seed: Number(seed) }),
});

describe("mutated contributions", () => {
  it("5,000 mutations: validate, merge and the text renderers never throw", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedContribution, async ({ sample, mutations }) => {
        const bytes = mutations.reduce<Uint8Array>(
          (b, mutate) => mutate(b),
          sample.bytes,
        );
        await buildMutated(sample.name, bytes, false);
      }),
      options(5_000),
    );
    console.info(`${rendered.text} of 5,000 mutated editions built a draft`);
    expect(rendered.text).toBeGreaterThan(1_000);
  }, 600_000);

  it("300 mutations go all the way to an annotated DOCX without a throw", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedContribution, async ({ sample, mutations }) => {
        const bytes = mutations.reduce<Uint8Array>(
          (b, mutate) => mutate(b),
          sample.bytes,
        );
        await buildMutated(sample.name, bytes, true);
      }),
      options(300),
    );
    console.info(`${rendered.docx} of 300 mutated editions rendered a DOCX`);
    expect(rendered.docx).toBeGreaterThan(50);
  }, 600_000);
});

describe("keys that are JavaScript's own", () => {
  it("__proto__ in front matter is data, never the prototype of anything", () => {
    const loaded = parseContribution(
      new TextEncoder().encode(
        "---\nentity: UNICEF\nyear: 2004\n__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\n---\n\n## Introduction\n\nText.\n",
      ),
      `${DIR}/unicef.md`,
    );
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    const data = loaded.contribution?.frontMatter.data ?? {};
    expect(Object.getPrototypeOf(data)).not.toHaveProperty("polluted");
    expect(Object.hasOwn(data, "__proto__")).toBe(true);
  });
});
