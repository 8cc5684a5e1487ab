import { isScalar, Scalar } from "yaml";
import type { PositionedYaml } from "./yaml-document.js";

export function isBlockScalar(node: unknown): node is Scalar {
  return (
    isScalar(node) &&
    (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED)
  );
}

/**
 * Where the Markdown inside a YAML scalar starts in the file: a block
 * scalar's text begins on the line after `|` and is indented; a flow scalar
 * sits on its own line (a quote mark before it).
 */
export function scalarPlacement(
  yaml: PositionedYaml,
  source: string,
  node: Scalar,
): { lineOffset: number; columnOffset: number } {
  const start = node.range?.[0] ?? 0;
  const { line } = yaml.positionOf(start);
  if (node.type !== Scalar.BLOCK_LITERAL && node.type !== Scalar.BLOCK_FOLDED) {
    const quoted =
      node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
    return {
      lineOffset: line - 1,
      columnOffset: yaml.positionOf(start).column - 1 + (quoted ? 1 : 0),
    };
  }
  const lines = source.split("\n");
  // Indentation of the first non-blank content line after the header line.
  let indent = 0;
  for (let i = line; i < lines.length; i++) {
    const content = lines[i] ?? "";
    if (content.trim() === "") continue;
    indent = content.length - content.trimStart().length;
    break;
  }
  return { lineOffset: line, columnOffset: indent };
}
