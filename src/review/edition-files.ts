import type { Edition } from "../model.js";
import { outlineParts } from "../outline.js";
import type { EditionFiles } from "./listing.js";

function normalize(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * The edition's report.yaml and outline, for attributing generated text:
 * headings to their outline entry, masthead lines to the report.yaml line
 * that holds their words.
 */
export function editionFiles(
  edition: Edition,
  configText: string,
): EditionFiles {
  const headings = new Map<string, number>();
  for (const chapter of outlineParts(edition.outline)) {
    headings.set(normalize(chapter.title), chapter.position.line);
    for (const section of chapter.sections)
      headings.set(normalize(section.title), section.position.line);
  }
  const lines = configText.split("\n");
  return {
    config: edition.config.file,
    outline: edition.outline.file,
    headingLine: (title) => headings.get(normalize(title)) ?? 1,
    configLine: (text) => {
      // A key ("entities:") is found by its name, anything else by the value it shows.
      if (/^[\w-]+:$/.test(text)) {
        const index = lines.findIndex((line) => line.startsWith(text));
        return index === -1 ? 1 : index + 1;
      }
      const wanted = normalize(text);
      if (wanted === "") return 1;
      const index = lines.findIndex((line) => {
        const value = normalize(line.replace(/^\s*[\w-]+:\s*/, ""));
        return (
          value.length >= 4 && (value === wanted || wanted.includes(value))
        );
      });
      return index === -1 ? 1 : index + 1;
    },
  };
}
