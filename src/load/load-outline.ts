import { ConfigError } from "../diagnostics/errors.js";
import type { Outline, OutlineChapter, OutlineSection } from "../model.js";
import { outlineSpec } from "../schema/specs.js";
import { readConfigYaml } from "./config-yaml.js";
import { parseMarkdown } from "./markdown.js";
import { positionOfPath, type PositionedYaml } from "./yaml-document.js";
import { isBlockScalar, scalarPlacement } from "./yaml-scalar.js";

/** templates/<name>.yaml -> Outline. Problems are configuration errors (exit 2). */
export function parseOutline(bytes: Uint8Array, file: string): Outline {
  const { yaml, text, data } = readConfigYaml(bytes, file, {
    name: "The outline",
    expected: "a mapping with `chapters:`",
    spec: outlineSpec,
  });
  const rawChapters = data["chapters"] as Record<string, unknown>[];
  if (rawChapters.length === 0)
    throw new ConfigError("The outline has no chapters", {
      file,
      ...positionOfPath(yaml, ["chapters"]),
    });
  const ids = new Map<string, string>();
  const claim = (id: string, path: (string | number)[]) => {
    const where = { file, ...positionOfPath(yaml, path) };
    if (ids.has(id))
      throw new ConfigError(
        `The id \`${id}\` is used twice in the outline`,
        where,
        "Give every chapter and section its own id.",
      );
    ids.set(id, id);
  };
  const chapters = rawChapters.map((raw, index): OutlineChapter => {
    claim(raw["id"] as string, ["chapters", index, "id"]);
    const sections = (
      (raw["sections"] as Record<string, unknown>[] | undefined) ?? []
    ).map((section, sectionIndex): OutlineSection => {
      claim(section["id"] as string, [
        "chapters",
        index,
        "sections",
        sectionIndex,
        "id",
      ]);
      const style = section["style"];
      return {
        id: section["id"] as string,
        title: section["title"] as string,
        ...(style === "recommendations" || style === "normal" ? { style } : {}),
        position: {
          file,
          ...positionOfPath(yaml, [
            "chapters",
            index,
            "sections",
            sectionIndex,
          ]),
        },
      };
    });
    const chapter: OutlineChapter = {
      id: raw["id"] as string,
      title: raw["title"] as string,
      style: raw["style"] === "recommendations" ? "recommendations" : "normal",
      sections,
      position: { file, ...positionOfPath(yaml, ["chapters", index]) },
    };
    if (typeof raw["text"] === "string")
      chapter.text = parseBoilerplate(
        yaml,
        text,
        file,
        ["chapters", index, "text"],
        raw["text"],
      );
    return chapter;
  });
  const outline: Outline = {
    name: data["name"] ?? file,
    file,
    chapters,
  };
  if (Array.isArray(data["order"])) outline.order = data["order"];
  return outline;
}

function parseBoilerplate(
  yaml: PositionedYaml,
  source: string,
  file: string,
  path: (string | number)[],
  text: string,
) {
  const node = nodeAtPath(yaml, path);
  const placement =
    node !== undefined && isBlockScalar(node)
      ? scalarPlacement(yaml, source, node)
      : { lineOffset: positionOfPath(yaml, path).line - 1, columnOffset: 0 };
  // micromark only reads `[^label]` as a reference when a definition exists; the build defines these itself.
  const placeholders = GENERATED_FOOTNOTES.filter(
    (label) => !new RegExp(`^\\[\\^${label}\\]:`, "mi").test(text),
  );
  const body = parseMarkdown(
    `${text}\n\n${placeholders.map((label) => `[^${label}]: generated`).join("\n")}\n`,
    { file, ...placement },
  );
  for (const label of placeholders) body.footnotes.delete(label);
  return body;
}

/** Footnotes the build writes: the list of contributing entities and of Member States. */
export const GENERATED_FOOTNOTES = ["contributors", "member-states"] as const;

function nodeAtPath(yaml: PositionedYaml, path: (string | number)[]) {
  const node = yaml.document.getIn(path, true);
  return node === undefined || node === null ? undefined : node;
}
