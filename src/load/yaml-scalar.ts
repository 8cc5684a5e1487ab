import type { PositionedYaml, YamlNodeAt } from "./yaml-document.js";

/**
 * Where the Markdown inside a YAML scalar starts in the file: a block
 * scalar's text begins on the line after `|` and is indented; a flow scalar
 * sits on its own line (a quote mark before it).
 */
export function scalarPlacement(
  yaml: PositionedYaml,
  source: string,
  node: YamlNodeAt,
): { lineOffset: number; columnOffset: number } {
  const { line, column } = yaml.positionOf(node.start);
  if (node.style !== "block") {
    return {
      lineOffset: line - 1,
      columnOffset: column - 1 + (node.style === "quoted" ? 1 : 0),
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
