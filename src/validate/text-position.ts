import type { Text } from "mdast";

/**
 * The file position of character `offset` inside a text node. Soft line
 * breaks stay in the node's value, so count them; exact unless the source
 * used escapes or character references before the offset.
 */
export function positionInText(
  node: Text,
  offset: number,
  file: string,
): { file: string; line: number; column: number } {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = node.value.slice(0, offset);
  const lastBreak = before.lastIndexOf("\n");
  if (lastBreak === -1)
    return { file, line: start.line, column: start.column + offset };
  const line = start.line + before.split("\n").length - 1;
  // Continuation lines of a paragraph lose their indentation in the value; this assumes none, as in most contributions.
  return { file, line, column: offset - lastBreak };
}
