import { ConfigError } from "../diagnostics/errors.js";
import type {
  Outline,
  OutlineAnnex,
  OutlineChapter,
  OutlineSection,
} from "../model.js";
import {
  headingKey,
  outlineParts,
  outlineTargets,
  type OutlineTarget,
} from "../outline.js";
import type { outlineSectionSpec } from "../schema/specs.js";
import { outlineSpec } from "../schema/specs.js";
import type { SpecType } from "../schema/field-spec.js";
import { readConfigYaml } from "./config-yaml.js";
import { parseMarkdown } from "./markdown.js";
import { positionOfPath, type PositionedYaml } from "./yaml-document.js";
import { scalarPlacement } from "./yaml-scalar.js";

type OutlineSectionYaml = SpecType<typeof outlineSectionSpec>;

/** templates/<name>.yaml -> Outline. Problems are configuration errors (exit 2). */
export function parseOutline(bytes: Uint8Array, file: string): Outline {
  const { yaml, text, data } = readConfigYaml(bytes, file, {
    name: "The outline",
    expected: "a mapping with `chapters:`",
    spec: outlineSpec,
  });
  const rawChapters = data.chapters;
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
        "Give every chapter, annex and section its own id.",
      );
    ids.set(id, id);
  };
  /** The sections of the chapter or annex at `path`, their ids claimed. */
  const sectionsAt = (
    raw: { readonly sections?: readonly OutlineSectionYaml[] },
    path: (string | number)[],
  ): OutlineSection[] =>
    (raw.sections ?? []).map((section, sectionIndex): OutlineSection => {
      const at = [...path, "sections", sectionIndex];
      claim(section.id, [...at, "id"]);
      const style = section.style;
      return {
        id: section.id,
        title: section.title,
        ...(style === undefined ? {} : { style }),
        position: { file, ...positionOfPath(yaml, at) },
      };
    });
  const chapters = rawChapters.map((raw, index): OutlineChapter => {
    claim(raw.id, ["chapters", index, "id"]);
    const sections = sectionsAt(raw, ["chapters", index]);
    const chapter: OutlineChapter = {
      id: raw.id,
      title: raw.title,
      style: raw.style ?? "normal",
      sections,
      position: { file, ...positionOfPath(yaml, ["chapters", index]) },
    };
    if (raw.text !== undefined)
      chapter.text = parseBoilerplate(
        yaml,
        text,
        file,
        ["chapters", index, "text"],
        raw.text,
      );
    return chapter;
  });
  const outline: Outline = {
    name: data["name"] ?? file,
    file,
    chapters,
  };
  if (data["annexes"] !== undefined)
    outline.annexes = data["annexes"].map((raw, index): OutlineAnnex => {
      claim(raw.id, ["annexes", index, "id"]);
      const language = raw.original_language;
      return {
        id: raw.id,
        title: raw.title,
        ...(language === undefined ? {} : { originalLanguage: language }),
        sections: sectionsAt(raw, ["annexes", index]),
        position: { file, ...positionOfPath(yaml, ["annexes", index]) },
      };
    });
  if (Array.isArray(data["order"])) outline.order = data["order"];
  checkHeadingsApart(outline);
  return outline;
}

/**
 * Contributions name a place by id or title, case aside: two places the
 * same heading could name (an annex section "Prevention" beside a chapter
 * section "Prevention") would send text to the wrong one.
 */
function checkHeadingsApart(outline: Outline): void {
  const named = new Map<string, OutlineTarget>();
  for (const target of outlineTargets(outline))
    for (const name of new Set([
      headingKey(target.id),
      headingKey(target.title),
    ])) {
      const other = named.get(name);
      if (other !== undefined)
        throw new ConfigError(
          `The heading \`${target.title}\` could name two places of the outline: \`${other.id}\` and \`${target.id}\``,
          targetPosition(outline, target),
          'Give every section (and every chapter or annex without sections) a title and id no other one has, e.g. "Prevention indicators".',
        );
      named.set(name, target);
    }
}

function targetPosition(outline: Outline, target: OutlineTarget) {
  const part = outlineParts(outline).find((p) => p.id === target.chapterId);
  const section = part?.sections.find((s) => s.id === target.sectionId);
  return (
    (section ?? part)?.position ?? { file: outline.file, line: 1, column: 1 }
  );
}

function parseBoilerplate(
  yaml: PositionedYaml,
  source: string,
  file: string,
  path: (string | number)[],
  text: string,
) {
  const node = yaml.nodeAt(path);
  const placement =
    node?.style === "block"
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

/** Footnotes the build writes: the contributing entities, all or by kind (see GeneratedFootnoteKind). */
export const GENERATED_FOOTNOTES = [
  "contributors",
  "un-entities",
  "observers",
  "member-states",
] as const;
