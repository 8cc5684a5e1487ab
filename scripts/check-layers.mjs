// The layer check (run by .ci/run and `npm run lint:layers`): a module of
// src/ imports only from its own layer or a lower one, and no modules
// import each other in a circle. Reads import and export ... from
// statements and import() calls of every .ts file under src/ (type-only
// imports count for the layers, as they couple the code as much, but not
// for cycles, which they cannot cause at run time). Exit 1 with the
// offending imports listed.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SRC = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../src",
);

/**
 * Lowest first. A folder of src/ (or a file at its top) belongs to one
 * layer; a new folder must be placed here before it can be imported.
 */
export const LAYERS = [
  // Small helpers with distinct names: numbers and plurals, dates, paths, closest match, appending.
  ["shared"],
  // Shared vocabulary: no knowledge of the pipeline.
  ["model", "diagnostics", "mdast-walk", "outline", "schema", "fs"],
  // Reading: files, git revisions.
  ["load", "git"],
  // Combining: the merged report, word counts.
  ["merge", "words"],
  // The rules; the renderers and the DOCX reader.
  ["validate", "render", "textconv"],
  // Speed around the pure stages.
  ["engine"],
  // Composition: the one place that runs the rules.
  ["build-report", "skip-invalid", "build-summary"],
  // Features built on a whole build.
  ["diff", "status", "create", "init", "fix", "circulate", "review"],
  // Entry points.
  ["index", "cli"],
];

const rank = new Map(
  LAYERS.flatMap((units, index) => units.map((unit) => [unit, index])),
);

function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The folder under src/ (or the file's stem at src/'s top) a module belongs to. */
function unitOf(src, file) {
  const [first, ...rest] = path.relative(src, file).split(path.sep);
  return rest.length === 0 ? first.replace(/\.ts$/, "") : first;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s(type\s)?[^;]*?\sfrom\s+"(\.[^"]+)"|\bimport\(\s*"(\.[^"]+)"\s*\)/g;

/** What a module imports; `typeOnly` when the whole statement is `import type` (erased at run time). */
function importsOf(file) {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((match) => ({
    target: path
      .resolve(path.dirname(file), match[2] ?? match[3])
      .replace(/\.js$/, ".ts"),
    typeOnly: match[1] !== undefined,
  }));
}

/** Every upward import and every cycle among the modules under `src`, as sentences. */
export function checkLayers(src = SRC) {
  const problems = [];
  const graph = new Map();
  for (const file of sourceFiles(src)) {
    const from = unitOf(src, file);
    if (!rank.has(from))
      problems.push(
        `${path.relative(src, file)}: src/${from} is in no layer (add it to LAYERS in scripts/check-layers.mjs)`,
      );
    const imports = importsOf(file);
    // Cycles through `import type` alone vanish at run time; the layers hold for types too.
    graph.set(
      file,
      imports.filter((i) => !i.typeOnly).map((i) => i.target),
    );
    for (const { target } of imports) {
      const to = unitOf(src, target);
      if ((rank.get(to) ?? -1) > (rank.get(from) ?? Infinity))
        problems.push(
          `${path.relative(src, file)} imports ${path.relative(src, target)}: src/${from} is below src/${to}`,
        );
    }
  }
  for (const cycle of cycles(graph))
    problems.push(
      `import cycle: ${cycle.map((f) => path.relative(src, f)).join(" -> ")}`,
    );
  return problems;
}

/** Strongly connected components of more than one module (Tarjan), each as one path round it. */
function cycles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node), low.get(target)));
      } else if (onStack.has(target))
        low.set(node, Math.min(low.get(node), index.get(target)));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = checkLayers();
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(
      `\n${problems.length} layer problem(s); lower layers never import higher ones (scripts/check-layers.mjs).`,
    );
    process.exit(1);
  }
  console.log(`layers: ${LAYERS.length} layers, no upward imports, no cycles.`);
}
