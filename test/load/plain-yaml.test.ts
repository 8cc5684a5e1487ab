import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededRandom, type SeededRandom } from "../helpers/seeded-random.js";
import { readPlainYaml } from "../../src/load/plain-yaml.js";
import { splitFrontMatter } from "../../src/load/front-matter.js";
import {
  parseYamlWithPositions,
  readYaml,
  type PositionedYaml,
} from "../../src/load/yaml-document.js";

const root = path.resolve(import.meta.dirname, "../..");

// Scalars whose meaning the core schema decides (numbers, null, booleans),
// near-misses of them, and text with YAML's indicators in every place.
const SCALARS = [
  ...["women", "Peace and security", "S/2004/814", "2004-10-13", "ENT-0001"],
  ...["1325", "-5", "+1", "-0", "007", "0o17", "0o8", "0x1F", "0xg", "1_000"],
  ...["1e3", "1E-2", ".5", "1.", "-.5e+3", ".inf", "-.Inf", "+.INF", ".nan"],
  ...[".NaN", ".NAN", "null", "~", "Null", "NULL", "nULL", "true", "FALSE"],
  ...["True", "tRue", "yes", "no", "on", "12:30", "a: b", "a:b", "a:", "a #b"],
  ...["a#b", "# x", "- x", "-x", "--x", "? x", "?x", ": x", ":x", "@x", "`x"],
  ...["a, b", "[x]", "{x}", "x]", "x}", "'q'", '"q"', "it's", 'say "hi"'],
  ...["back\\slash", "\\n", "é", "日本", "\u00a0x", "x ", " x", "", "a\tb"],
  ...["%x", "&a", "*a", "!t", "|", ">", "---", "...", "a  b", "x\u2028y"],
  ...["line one\nline two\n", "a\n\nb\n", "  indented\nx\n", "x\n\n"],
  ...["# not a comment\n", "tail\n  more\n", "x\ny", "\nlead\n", "a \n"],
];
// What our files mostly hold: the reader must take these.
const COMMON = [
  ...["women", "Peace and security", "S/2004/814", "2004-10-13", "ENT-0001"],
  ...["1325", "2004", "true", "Synthetic entity number 1", "member"],
  ...["Resolution 1325 (2000), women's participation", "a\n\nb\n", "x.\n"],
];
const KEYS = [
  ...["a", "b", "title", "id", "x-y", "_k", "key", "sections", "text"],
  ...["null", "true", "1", "a b", "__proto__", "k:", "-k", "é"],
];

function scalar(r: SeededRandom): string {
  return r.chance(0.6) ? r.pick(COMMON) : r.pick(SCALARS);
}

function scalarText(r: SeededRandom, value: string, indent: number): string {
  const style = r.int(10);
  if (style < 5 && !value.includes("\n")) return value;
  if (style < 7 && !value.includes("\n"))
    return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  if (style < 8 && !value.includes("\n"))
    return `'${value.replace(/'/g, "''")}'`;
  const pad = " ".repeat(indent + 1 + r.int(3));
  const lines = value
    .split("\n")
    .map((line) => (line === "" ? "" : pad + line));
  return `${r.pick(["|", "|-", "| ", "|+", ">"])}\n${lines.join("\n")}`;
}

function flow(r: SeededRandom): string {
  const count = r.int(4);
  const space = r.pick(["", " ", "  "]);
  if (r.chance(0.5)) {
    const items = Array.from({ length: count }, () =>
      scalarText(r, scalar(r).split("\n")[0] ?? "", 0),
    );
    return `[${space}${items.join(`,${space}`)}${space}]`;
  }
  const items = Array.from(
    { length: count },
    () =>
      `${r.pick(KEYS)}:${r.pick([" ", "  ", ""])}${scalarText(r, scalar(r).split("\n")[0] ?? "", 0)}`,
  );
  return `{${space}${items.join(`,${space}`)}${space}}`;
}

function noise(r: SeededRandom, indent: number): string {
  if (!r.chance(0.15)) return "";
  return r.pick([
    "\n",
    "\n\n",
    `\n${" ".repeat(indent)}# a comment`,
    `\n${" ".repeat(r.int(6))}# a comment`,
    `\n${" ".repeat(r.int(6))}`,
  ]);
}

function endOfValue(r: SeededRandom): string {
  return r.pick(["", "", "", " ", "  # note", " #x", "#x"]);
}

/** A value written after `key:` or `- ` at `indent`, starting with its separator. */
function valueAfter(r: SeededRandom, indent: number, depth: number): string {
  const kind = depth > 2 ? r.int(3) : r.int(6);
  if (kind < 2) {
    const text = scalarText(r, scalar(r), indent);
    return `${r.pick([" ", " ", "  "])}${text}${text.includes("\n") ? "" : endOfValue(r)}`;
  }
  if (kind === 2) return ` ${flow(r)}${endOfValue(r)}`;
  const inner = indent + r.pick([0, 1, 2, 2, 4]);
  return `${r.pick(["", " ", " # c"])}\n${block(r, inner, depth + 1)}`;
}

function block(r: SeededRandom, indent: number, depth: number): string {
  return r.chance(0.4) ? sequence(r, indent, depth) : mapping(r, indent, depth);
}

function sequence(r: SeededRandom, indent: number, depth: number): string {
  const pad = " ".repeat(indent);
  const count = 1 + r.int(3);
  const lines: string[] = [];
  {
    for (let i = 0; i < count; i++) {
      const gap = r.pick([" ", " ", "  ", ""]);
      if (r.chance(0.3) && depth < 3) {
        // `- key: value` and more keys under it
        const column = indent + 1 + gap.length;
        const map = block(r, column, depth + 1).slice(column);
        lines.push(`${pad}-${gap || " "}${map}`);
      } else lines.push(`${pad}-${valueAfter(r, indent, depth)}`);
      lines.push(noise(r, indent));
    }
  }
  return lines
    .filter((line) => line !== "")
    .join("\n")
    .replace(/\n\n+(?=\S)/g, "\n\n");
}

function mapping(r: SeededRandom, indent: number, depth: number): string {
  const pad = " ".repeat(indent);
  const count = 1 + r.int(3);
  const lines: string[] = [];
  {
    for (let i = 0; i < count; i++) {
      const key = r.chance(0.7) ? `k${i}` : r.pick(KEYS);
      lines.push(`${pad}${key}:${valueAfter(r, indent, depth)}`);
      lines.push(noise(r, indent));
    }
  }
  return lines
    .filter((line) => line !== "")
    .join("\n")
    .replace(/\n\n+(?=\S)/g, "\n\n");
}

function mutate(r: SeededRandom, text: string): string {
  if (!r.chance(0.2)) return text;
  const at = r.int(text.length + 1);
  if (r.chance(0.5)) return text.slice(0, at) + text.slice(at + 1);
  return (
    text.slice(0, at) +
    r.pick([" ", ":", "#", "-", "\n", "'", '"', "|", "{", ",", "\t"]) +
    text.slice(at)
  );
}

function document(seed: number): string {
  const r = seededRandom(seed);
  const text = mutate(r, r.chance(0.8) ? mapping(r, 0, 0) : block(r, 0, 0));
  return r.chance(0.5) ? `${text}\n` : text;
}

/** Every key path of a piece of YAML data. */
function pathsOf(
  data: unknown,
  prefix: (string | number)[] = [],
): (string | number)[][] {
  if (Array.isArray(data))
    return [
      prefix,
      ...data.flatMap((item, index) => pathsOf(item, [...prefix, index])),
    ];
  if (data !== null && typeof data === "object")
    return [
      prefix,
      ...Object.entries(data).flatMap(([key, value]) =>
        pathsOf(value, [...prefix, key]),
      ),
    ];
  return [prefix];
}

function positionsOf(yaml: PositionedYaml, data: unknown) {
  return pathsOf(data).map((at) => ({ at, node: yaml.nodeAt(at) }));
}

describe("reading YAML without the yaml package", () => {
  it("gives the yaml package's data and node positions, or leaves the text to it", () => {
    let read = 0;
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const text = document(seed);
        const plain = readPlainYaml(text);
        if (plain === undefined) return;
        read++;
        const library = parseYamlWithPositions(text, 3);
        const fast = readYaml(text, 3);
        expect(library.errors, text).toEqual([]);
        expect(fast.data, text).toStrictEqual(library.data);
        expect(positionsOf(fast, library.data), text).toEqual(
          positionsOf(library, library.data),
        );
        expect(fast.topLevelEntries(), text).toEqual(library.topLevelEntries());
        for (const { node } of positionsOf(library, library.data))
          if (node !== undefined)
            expect(fast.positionOf(node.start), text).toEqual(
              library.positionOf(node.start),
            );
      }),
      { numRuns: Number(process.env.PLAIN_YAML_RUNS ?? 60000) },
    );
    // The comparison means something only if the generator's documents are often in the reader's shapes.
    expect(read).toBeGreaterThan(500);
  });

  it("reads the YAML the product ships and a build reads, so the yaml package is not needed", () => {
    const files = [
      ...readdirSync(path.join(root, "templates"))
        .filter((name) => name.endsWith(".yaml"))
        .map((name) => path.join(root, "templates", name)),
      // Contributions written wholly in YAML (headings as keys) go to the yaml package anyway.
      ...readdirSync(path.join(root, "contributions", "2004"))
        .filter((name) => name.endsWith(".md") || name === "report.yaml")
        .map((name) => path.join(root, "contributions", "2004", name)),
    ];
    const refused: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const yaml = file.endsWith(".md") ? splitFrontMatter(text).yaml : text;
      if (yaml !== undefined && readPlainYaml(yaml) === undefined)
        refused.push(path.relative(root, file));
    }
    expect(refused).toEqual([]);
  });

  it("leaves what it does not take to the yaml package, which says what is wrong", () => {
    for (const text of [
      "entity: ENT-0001\nentity: ENT-0002\n",
      "entity:\nyear: 2004\n",
      "title: &t Women\nagain: *t\n",
      "title: >\n  folded\n  text\n",
      'title: "two\n  lines"\n',
      "title: Women\n  and peace\n",
      "\tentity: ENT-0001\n",
    ]) {
      expect(readPlainYaml(text), text).toBeUndefined();
      expect(readYaml(text).data ?? readYaml(text).errors).toEqual(
        parseYamlWithPositions(text).data ??
          parseYamlWithPositions(text).errors,
      );
    }
  });
});
