export interface SplitFrontMatter {
  /** The YAML between the fences, or undefined when the file has none. */
  yaml: string | undefined;
  /** Line number of the first YAML line (the line after the opening `---`). */
  yamlLine: number;
  /** The Markdown body with the front matter replaced by blank lines, so positions are file positions. */
  body: string;
  /** True when an opening `---` has no closing fence. */
  unterminated: boolean;
}

/** Split `---\n yaml \n---\n markdown`. */
export function splitFrontMatter(text: string): SplitFrontMatter {
  const lines = text.split("\n");
  if ((lines[0] ?? "").trimEnd() !== "---")
    return { yaml: undefined, yamlLine: 1, body: text, unterminated: false };
  const close = lines.findIndex(
    (line, index) =>
      index > 0 && (line.trimEnd() === "---" || line.trimEnd() === "..."),
  );
  if (close === -1)
    return { yaml: undefined, yamlLine: 2, body: text, unterminated: true };
  const yaml = lines.slice(1, close).join("\n");
  const body = "\n".repeat(close + 1) + lines.slice(close + 1).join("\n");
  return { yaml, yamlLine: 2, body, unterminated: false };
}
