import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  type Document,
  type Node,
} from "yaml";
import {
  readPlainYaml,
  type PlainYamlNode,
  type YamlNodeStyle,
} from "./plain-yaml.js";

export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

/** Where a node starts, and how it is written. */
export interface YamlNodeAt {
  start: number;
  style: YamlNodeStyle;
}

/** A parsed YAML text that can say where each of its nodes stands. */
export interface PositionedYaml {
  /** The data, or undefined when the text could not be turned into data. */
  data: unknown;
  errors: YamlProblem[];
  /** 1-based line/column of a source offset, shifted by the text's place in its file. */
  positionOf(offset: number): { line: number; column: number };
  /** The node at a key path (a mapping's value, a sequence's item), or undefined. */
  nodeAt(path: readonly (string | number)[]): YamlNodeAt | undefined;
  /** The top-level mapping's scalar keys, with where each key and its value start. */
  topLevelEntries(): { key: string; keyStart: number; valueStart: number }[];
}

/** The same, read by the yaml package, with its document. */
export interface YamlDocument extends PositionedYaml {
  document: Document.Parsed;
  /** Position of a node (its start), or of the document start when the node has no range. */
  nodePosition(node: Node | null | undefined): { line: number; column: number };
}

// Alias bombs ("billion laughs") expand exponentially; refuse them early.
const MAX_ALIAS_COUNT = 100;

/**
 * Read YAML keeping positions. `lineOffset` is the number of file lines
 * before the text (front matter starts after its `---` line). The shapes
 * our files are written in are read without the yaml package
 * (plain-yaml.ts); anything else, and so every error, goes to it.
 */
export function readYaml(text: string, lineOffset = 0): PositionedYaml {
  const root = readPlainYaml(text);
  return root === undefined
    ? parseYamlWithPositions(text, lineOffset)
    : plainPositioned(text, root, lineOffset);
}

function plainPositioned(
  text: string,
  root: PlainYamlNode,
  lineOffset: number,
): PositionedYaml {
  const lineStarts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1))
    lineStarts.push(at + 1);
  return {
    data: root.value,
    errors: [],
    positionOf: (offset) => {
      const { line, col } = linePosition(lineStarts, offset);
      return { line: line + lineOffset, column: col };
    },
    nodeAt: (path) => {
      let node: PlainYamlNode | undefined = root;
      for (const key of path)
        node =
          typeof key === "number"
            ? node?.items?.[key]
            : node?.entries?.get(key)?.node;
      return node && { start: node.start, style: node.style };
    },
    topLevelEntries: () =>
      [...(root.entries ?? [])].map(([key, { keyStart, node }]) => ({
        key,
        keyStart,
        valueStart: node.start,
      })),
  };
}

/** LineCounter#linePos of the yaml package, so both readers place nodes alike. */
function linePosition(
  lineStarts: readonly number[],
  offset: number,
): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lineStarts[mid] < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - lineStarts[low - 1] + 1 };
}

/** Parse YAML with the yaml package, keeping positions and the document. */
export function parseYamlWithPositions(
  text: string,
  lineOffset = 0,
): YamlDocument {
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
    nodeAt: (path) => {
      let node: unknown = document.contents;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find(
            (p) => (p.key as { value?: unknown } | null)?.value === key,
          );
          if (pair === undefined) return undefined;
          node = pair.value ?? pair.key;
        } else if (isSeq(node) && typeof key === "number") {
          node = node.items[key];
        } else return undefined;
      }
      return node === null || node === undefined
        ? undefined
        : nodeAtOf(node as Node);
    },
    topLevelEntries: () => {
      const contents = document.contents;
      if (!isMap(contents)) return [];
      return contents.items.flatMap((item) =>
        isPair(item) && isScalar(item.key)
          ? [
              {
                key: String(item.key.value),
                keyStart: item.key.range?.[0] ?? 0,
                valueStart:
                  (item.value as Node | null)?.range?.[0] ??
                  item.key.range?.[0] ??
                  0,
              },
            ]
          : [],
      );
    },
  };
}

/** Where a node of the yaml package starts, and how it is written. */
export function nodeAtOf(node: Node): YamlNodeAt {
  return { start: node.range?.[0] ?? 0, style: styleOf(node) };
}

function styleOf(node: Node): YamlNodeStyle {
  if (!isScalar(node)) return "collection";
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED)
    return "block";
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE)
    return "quoted";
  return "plain";
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
  for (const { key, keyStart, valueStart } of yaml.topLevelEntries()) {
    keys.set(key, yaml.positionOf(keyStart));
    values.set(key, yaml.positionOf(valueStart));
  }
  return { keys, values };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/** Where the node at a key path stands (falls back to the nearest ancestor that exists). */
export function positionOfPath(
  yaml: PositionedYaml,
  path: readonly (string | number)[],
): { line: number; column: number } {
  for (let length = path.length; length >= 0; length--) {
    const node = yaml.nodeAt(path.slice(0, length));
    if (node !== undefined) return yaml.positionOf(node.start);
  }
  return yaml.positionOf(0);
}
