import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
} from "yaml";

export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

/** A parsed YAML text that can say where each of its nodes stands. */
export interface PositionedYaml {
  document: Document.Parsed;
  /** The data, or undefined when the text could not be turned into data. */
  data: unknown;
  errors: YamlProblem[];
  /** 1-based line/column of a source offset, shifted by the text's place in its file. */
  positionOf(offset: number): { line: number; column: number };
  /** Position of a node (its start), or of the document start when the node has no range. */
  nodePosition(node: Node | null | undefined): { line: number; column: number };
}

// Alias bombs ("billion laughs") expand exponentially; refuse them early.
const MAX_ALIAS_COUNT = 100;

/**
 * Parse YAML keeping positions. `lineOffset` is the number of file lines
 * before the text (front matter starts after its `---` line).
 */
export function parseYamlWithPositions(
  text: string,
  lineOffset = 0,
): PositionedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    // The package would print its warnings (a list used as a key) on stderr, around our own diagnostics.
    logLevel: "error",
  });
  const positionOf = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const errors: YamlProblem[] = document.errors.map((error) => ({
    ...positionOf(error.pos[0]),
    message: plainYamlMessage(error.message),
  }));
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      errors.push({
        ...positionOf(0),
        message: plainYamlMessage(
          error instanceof Error ? error.message : String(error),
        ),
      });
    }
  }
  return {
    document,
    data,
    errors,
    positionOf,
    nodePosition: (node) => positionOf(node?.range?.[0] ?? 0),
  };
}

/** The yaml package's words for the two hostile cases, in a focal point's. */
function plainYamlMessage(message: string): string {
  if (message.includes("Maximum call stack size exceeded"))
    return "it nests `[`, `{` or indentation too deeply to read";
  if (message.includes("Excessive alias count"))
    return `it repeats \`*aliases\` more than ${MAX_ALIAS_COUNT} times; write the values out instead`;
  return firstLine(message);
}

/** Top-level keys of a mapping document with where each key and value stands. */
export function topLevelPositions(yaml: PositionedYaml): {
  keys: Map<string, { line: number; column: number }>;
  values: Map<string, { line: number; column: number }>;
} {
  const keys = new Map<string, { line: number; column: number }>();
  const values = new Map<string, { line: number; column: number }>();
  const contents = yaml.document.contents;
  if (!isMap(contents)) return { keys, values };
  for (const item of contents.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const key = String(item.key.value);
    keys.set(key, yaml.nodePosition(item.key));
    values.set(key, yaml.nodePosition(item.value ?? item.key));
  }
  return { keys, values };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/** Where the node at a key path stands (falls back to the nearest ancestor that exists). */
export function positionOfPath(
  yaml: PositionedYaml,
  path: (string | number)[],
): { line: number; column: number } {
  let node: unknown = yaml.document.contents;
  let best: Node | null = yaml.document.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => (p.key as { value?: unknown } | null)?.value === key,
      );
      if (pair === undefined) break;
      node = pair.value ?? pair.key;
      best = (pair.value ?? pair.key) as Node;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
      if (node === undefined) break;
      best = node as Node;
    } else break;
  }
  return yaml.nodePosition(best);
}
