import type { RootContent } from "mdast";
import { normalizeLabel } from "../load/markdown.js";
import { walkMarkdown } from "../mdast-walk.js";
import type {
  Contribution,
  Edition,
  GeneratedFootnoteKind,
  Inline,
  OutlineSection,
  Report,
  ReportBlock,
  ReportChapter,
  ReportSection,
  SourcePosition,
} from "../model.js";
import { headingKey, targetIndex } from "../outline.js";
import { convertBlocks, type NumberingState } from "./blocks.js";
import { numberCaptions } from "./captions.js";
import { contributorsFootnote } from "./contributors.js";
import { FootnoteNumberer, type FootnoteScope } from "./footnotes.js";
import { entityRank } from "./order-entities.js";
import { imagesIn } from "./images.js";
import { mergeAnnexes } from "./annexes.js";
import { romanNumeral, sectionLetter } from "./labels.js";
import { append } from "../shared/append.js";

interface SectionText {
  entity: string | undefined;
  contribution: Contribution;
  blocks: RootContent[];
}

export type { SectionText };

/** What the merge had to leave out of the draft, for the rules to report (see validate/rules/merge.ts). */
export type LeftOut =
  | {
      kind: "section" | "chapter" | "annex";
      title: string;
      position: SourcePosition;
    }
  | { kind: "generated-footnote"; label: string; position: SourcePosition };

export interface MergeResult {
  report: Report;
  /** Outline sections with no text, generated footnotes with nothing to list. */
  leftOut: LeftOut[];
}

/**
 * Edition -> Report: chapters and sections in outline order, each section's
 * texts in entity order, paragraphs numbered 1..N and footnotes 1..F
 * through the whole report; then the annexes, each numbering its own
 * paragraphs from 1 (as UN annexes do) while footnotes number on. Pure;
 * assumes the edition validated (anything the validator refuses is left
 * out, never thrown on).
 */
export function mergeContributions(edition: Edition): MergeResult {
  const leftOut: LeftOut[] = [];
  const texts = collectSectionTexts(edition);
  const rank = entityRank(edition);
  for (const list of texts.values())
    list.sort(
      (a, b) =>
        rank(a.entity) - rank(b.entity) ||
        (a.contribution.file < b.contribution.file ? -1 : 1),
    );

  const contributing = new Set([...texts.values()].flat().map((t) => t.entity));
  const contributors = edition.config.entities.filter((e) =>
    contributing.has(e.code),
  );
  const generated = new Map<string, GeneratedFootnote | null>([
    [
      "contributors",
      wrap(
        contributorsFootnote(contributors, [
          "member",
          "observer",
          "task-manager",
        ]),
        "contributors",
      ),
    ],
    [
      "un-entities",
      wrap(
        contributorsFootnote(contributors, ["member", "task-manager"]),
        "un-entities",
      ),
    ],
    [
      "observers",
      wrap(contributorsFootnote(contributors, ["observer"]), "observers"),
    ],
    [
      "member-states",
      wrap(
        contributorsFootnote(contributors, ["member-state"]),
        "member-states",
      ),
    ],
  ]);
  const scopes = new Map<string, FootnoteScope>();
  for (const c of edition.contributions)
    scopes.set(c.file, {
      ...(c.entity === undefined ? {} : { entity: c.entity }),
      definitions: c.footnotes,
    });
  for (const chapter of edition.outline.chapters)
    if (chapter.text !== undefined)
      scopes.set(chapter.text.file, { definitions: chapter.text.footnotes });
  const footnotes = new FootnoteNumberer(scopes, generated);
  const numbering: NumberingState = { lastNumber: 0 };

  const convertWith =
    (state: NumberingState) =>
    (text: SectionText): ReportBlock[] =>
      convertBlocks(
        text.blocks,
        text.entity,
        { file: text.contribution.file, footnotes },
        state,
      );
  const convert = convertWith(numbering);
  /** The sections of a chapter or annex that have text, lettered A, B...; the others left out. */
  const sectionsOf = (
    part: { sections: readonly OutlineSection[] },
    convertText: (text: SectionText) => ReportBlock[],
  ): ReportSection[] => {
    const sections: ReportSection[] = [];
    for (const section of part.sections) {
      const sectionBlocks = (texts.get(section.id) ?? []).flatMap(convertText);
      if (sectionBlocks.length === 0) {
        leftOut.push({
          kind: "section",
          title: section.title,
          position: section.position,
        });
        continue;
      }
      sections.push({
        id: section.id,
        letter: sectionLetter(sections.length),
        title: section.title,
        ...(section.style === undefined ? {} : { style: section.style }),
        blocks: sectionBlocks,
      });
    }
    return sections;
  };
  const chapters: ReportChapter[] = [];
  for (const chapter of edition.outline.chapters) {
    const blocks =
      chapter.text === undefined
        ? []
        : convertBlocks(
            chapter.text.blocks,
            undefined,
            { file: chapter.text.file, footnotes },
            numbering,
          );
    if (chapter.sections.length === 0)
      append(blocks, (texts.get(chapter.id) ?? []).flatMap(convert));
    const sections = sectionsOf(chapter, convert);
    if (blocks.length === 0 && sections.length === 0) {
      if (chapter.sections.length === 0)
        leftOut.push({
          kind: "chapter",
          title: chapter.title,
          position: chapter.position,
        });
      continue;
    }
    chapters.push({
      id: chapter.id,
      numeral: romanNumeral(chapters.length + 1),
      title: chapter.title,
      style: chapter.style,
      blocks,
      sections,
    });
  }
  const annexes = mergeAnnexes(
    edition,
    texts,
    convertWith,
    sectionsOf,
    leftOut,
  );
  for (const [label, value] of generated) {
    if (value === null && referencesLabel(edition, label)) {
      const chapter = edition.outline.chapters.find(
        (c) => c.text !== undefined && hasReference(c.text.blocks, label),
      );
      leftOut.push({
        kind: "generated-footnote",
        label,
        position: chapter?.position ?? {
          file: edition.outline.file,
          line: 1,
          column: 1,
        },
      });
    }
  }

  numberCaptions([...chapters, ...annexes]);
  const used = imagesIn([...chapters, ...annexes], footnotes.footnotes);
  const usedImages = new Map(
    [...edition.images].filter(([file]) => used.has(file)),
  );
  const { config } = edition;
  const report: Report = {
    meta: {
      year: config.year,
      symbol: config.symbol,
      title: config.title,
      subtitle: config.subtitle ?? "Report of the Secretary-General",
      date: config.date,
      organ: config.organ,
      distribution: config.distribution,
      originalLanguage: config.originalLanguage,
      ...(config.jobNumber === undefined
        ? {}
        : { jobNumber: config.jobNumber }),
      paper: config.paper,
      ...(config.barCode === true && config.jobNumber !== undefined
        ? { barCode: true }
        : {}),
      ...(edition.emblem === undefined ? {} : { emblem: edition.emblem }),
      ...(config.titleNote === undefined
        ? {}
        : { titleNote: config.titleNote }),
      ...(config.symbolNote === undefined
        ? {}
        : { symbolNote: config.symbolNote }),
    },
    chapters,
    ...(annexes.length === 0 ? {} : { annexes }),
    footnotes: footnotes.footnotes,
    images: usedImages,
    contributors: contributors.map((e) => e.code),
  };
  return { report, leftOut };
}

/** Section (or section-less chapter) id -> the texts written for it. Unknown headings are skipped (the validator reports them). */
function collectSectionTexts(edition: Edition): Map<string, SectionText[]> {
  const index = targetIndex(edition.outline);
  const texts = new Map<string, SectionText[]>();
  for (const contribution of edition.contributions) {
    for (const section of contribution.sections) {
      const target = index.get(headingKey(section.heading));
      const blocks = section.blocks.filter(
        (b) => b.type !== "html" && b.type !== "footnoteDefinition",
      );
      if (target === undefined || blocks.length === 0) continue;
      const list = texts.get(target.id) ?? [];
      list.push({ entity: contribution.entity, contribution, blocks });
      texts.set(target.id, list);
    }
  }
  return texts;
}

type GeneratedFootnote = {
  paragraphs: Inline[][];
  kind: GeneratedFootnoteKind;
};

function wrap(
  paragraphs: Inline[][] | null,
  kind: GeneratedFootnote["kind"],
): GeneratedFootnote | null {
  return paragraphs === null ? null : { paragraphs, kind };
}

function referencesLabel(edition: Edition, label: string): boolean {
  return edition.outline.chapters.some(
    (c) =>
      c.text !== undefined &&
      !c.text.footnotes.has(label) &&
      hasReference(c.text.blocks, label),
  );
}

function hasReference(blocks: readonly RootContent[], label: string): boolean {
  let found = false;
  walkMarkdown(blocks, (node) => {
    if (
      node.type === "footnoteReference" &&
      normalizeLabel(node.identifier) === label
    )
      found = true;
  });
  return found;
}
